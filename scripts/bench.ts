/**
 * `npm run bench`: every speed figure in one run: matching at 1k/10k/100k articles beside MiniSearch
 * and FlexSearch, quotation extraction speed, and the page cost of the content script in real
 * Chromium beside Readability run in the page. `npm run bench -- page` (or match, quotes) runs one.
 */
const suites: Record<string, () => Promise<{ main(): Promise<void> }>> = {
  quotes: () => import('./bench/quotes'),
  page: () => import('./bench/page'),
  match: () => import('./bench/match'),
};

export {};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));

async function run(): Promise<void> {
  process.argv.splice(2); // the suites read their own options from argv: give them none
  const names = wanted.length ? wanted : Object.keys(suites);
  for (const name of names) {
    const load = suites[name];
    if (!load) throw new Error(`unknown bench "${name}" (have: ${Object.keys(suites).join(', ')})`);
    console.log(`\n##### bench: ${name}\n`);
    await (await load()).main();
  }
}

run().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
