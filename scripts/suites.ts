/**
 * Runs named suites (eval or bench) one after another: all of them, or those named on the command
 * line. Each suite is a module with `main()` that prints its own figures.
 */
export async function runSuites(kind: string, suites: Record<string, () => Promise<{ main(): Promise<void> }>>): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  process.argv.splice(2); // the suites read their own options from argv: give them none
  const names = wanted.length ? wanted : Object.keys(suites);
  try {
    for (const name of names) {
      const load = suites[name];
      if (!load) throw new Error(`unknown ${kind} "${name}" (have: ${Object.keys(suites).join(', ')})`);
      console.log(`\n##### ${kind}: ${name}\n`);
      await (await load()).main();
    }
  } catch (err) {
    console.error(`${kind}: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
