/**
 * `npm run eval`: every quality figure in one run, each printed with the data file it comes from:
 * extraction (Readability test pages), same-story matching (clusters), quotations (PolNeAR dev).
 * `npm run eval -- match` (or extract, quotes) runs one.
 */
const suites: Record<string, () => Promise<{ main(): Promise<void> }>> = {
  extract: () => import('./eval/extract'),
  match: () => import('./eval/match'),
  quotes: () => import('./eval/quotes'),
};

export {};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));

async function run(): Promise<void> {
  process.argv.splice(2); // the suites read their own options from argv: give them none
  const names = wanted.length ? wanted : Object.keys(suites);
  for (const name of names) {
    const load = suites[name];
    if (!load) throw new Error(`unknown eval "${name}" (have: ${Object.keys(suites).join(', ')})`);
    console.log(`\n##### eval: ${name}\n`);
    await (await load()).main();
  }
}

run().catch((err: unknown) => {
  console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
