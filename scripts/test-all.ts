/**
 * `npm test`: typecheck, lint, unit tests, a Chrome build, and the end-to-end tests in real
 * Chromium, in that order; every step runs even if an earlier one failed, and the run ends with one
 * line "N passed, N failed" totalling every test and check. Exit code 1 if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
}

const total: Tally = { passed: 0, failed: 0 };
const lines: string[] = [];
mkdirSync('.cache', { recursive: true });

function run(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

/** A check that is one pass or one fail (typecheck, lint, build). */
function check(name: string, cmd: string, args: string[]): boolean {
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const ok = run(cmd, args) === 0;
  if (ok) total.passed++;
  else total.failed++;
  lines.push(`${name}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

/** Every failed test's file and name, so the run's last lines say which failed (a CI log is often read from its end). */
const failedTests: string[] = [];

/** A vitest suite: its own test counts; a suite that crashed before reporting counts as one failure. */
function suite(name: string, config: string | null): void {
  const out = `.cache/${name}.json`;
  console.log(`\n=== ${name}`);
  const args = ['vitest', 'run', ...(config ? ['--config', config] : []), '--reporter=default', '--reporter=json', `--outputFile=${out}`];
  if (existsSync(out)) writeFileSync(out, '');
  const code = run('npx', args);
  let t: Tally = { passed: 0, failed: 0 };
  try {
    const r = JSON.parse(readFileSync(out, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      testResults: { status: string; name: string; message?: string; assertionResults: { status: string; fullName: string; failureMessages?: string[] }[] }[];
    };
    const brokenFiles = r.testResults.filter((f) => f.status === 'failed').length;
    for (const f of r.testResults) {
      const file = f.name.replace(`${process.cwd()}/`, '');
      const failed = f.assertionResults.filter((a) => a.status === 'failed');
      for (const a of failed) failedTests.push(`${name}: ${file} > ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
      if (f.status === 'failed' && failed.length === 0) failedTests.push(`${name}: ${file}: ${firstLine(f.message)}`);
    }
    t = { passed: r.numPassedTests, failed: r.numFailedTests };
    if (code !== 0 && t.failed === 0) {
      t.failed = Math.max(1, brokenFiles);
      // Every test passed, yet the run failed: an error outside the tests (vitest's worker timed out on its main process, an unhandled rejection).
      if (brokenFiles === 0) failedTests.push(`${name}: vitest exited ${code} with no failed test: an error outside the tests (see "Unhandled Error" or "Errors" above)`);
    }
  } catch {
    t = { passed: 0, failed: 1 };
  }
  total.passed += t.passed;
  total.failed += t.failed;
  lines.push(`${name}: ${t.passed} passed, ${t.failed} failed`);
}

/** A failure message's first line, cut short: enough to tell which expectation failed. */
function firstLine(message: string | undefined): string {
  return (message ?? 'no message').split('\n')[0]!.slice(0, 300);
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.']);
suite('unit', null);
// Both builds, so the Firefox end-to-end tests never run an older build.
const built = check('build (chrome)', 'npx', ['wxt', 'build']) && check('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (built) suite('e2e', 'vitest.e2e.config.ts');
else {
  total.failed++;
  lines.push('e2e: not run, the build failed (counted as 1 failed)');
}

console.log('\n=== summary');
for (const l of lines) console.log(`  ${l}`);
for (const f of failedTests) console.log(`  FAILED ${f}`);
writeFileSync('.cache/test-summary.json', JSON.stringify({ ...total, failedTests }));
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;
