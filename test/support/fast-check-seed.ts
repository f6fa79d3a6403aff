/**
 * fast-check's failures with their seed and path on their first line. The property tests draw new
 * random inputs on every run (no fixed seed: each CI run tries other inputs), so a failure is only
 * worth something if it can be run again; fast-check prints the seed on the line after
 * "Property failed…", which the one-line summary of a failed test (scripts/test-all.ts, the end of
 * a CI log) cuts off. Imported, for its effect, by every file that runs fc.assert without a seed.
 */
import fc, { type RunDetails } from 'fast-check';

function failure(out: RunDetails<unknown>, report: string | undefined): Error {
  const again = `{ seed: ${out.seed}, path: "${out.counterexamplePath ?? ''}" }`;
  return new Error(`Property failed with seed ${out.seed} (run it again with ${again})\n${report ?? ''}`, { cause: out.errorInstance });
}

fc.configureGlobal({
  ...fc.readConfigureGlobal(),
  // One reporter for sync and async properties alike (fast-check refuses both reporter and asyncReporter).
  reporter: (out) => {
    if (out.failed) throw failure(out, fc.defaultReportMessage(out));
  },
});
