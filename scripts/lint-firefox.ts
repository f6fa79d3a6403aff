/**
 * `npx tsx scripts/lint-firefox.ts [dir]`: `web-ext lint --self-hosted` on the Firefox build
 * (.output/firefox-mv2 unless named), as AMO's linter sees it, failing on any error or notice and
 * on any warning scripts/web-ext-lint/explained.ts does not explain (or an explanation that no
 * longer matches). web-ext itself passes a build with warnings; CI runs this instead, so a new
 * warning is read by someone before it ships.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { judge, type LintMessage } from './web-ext-lint/explained';

function main(): void {
  const dir = resolve(process.argv[2] ?? '.output/firefox-mv2');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no Firefox build in ${dir}: run "npm run build" first`);
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json', '--no-input'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const out = run.stdout.slice(run.stdout.indexOf('{'));
  let result: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  try {
    result = JSON.parse(out) as typeof result;
  } catch {
    throw new Error(`web-ext lint did not answer JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const messages = [...result.errors, ...result.warnings, ...result.notices];
  const verdict = judge(messages, (file) => {
    const path = join(dir, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  });
  const where = (m: LintMessage) => `${m.file ?? '(build)'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
  console.log(`web-ext lint ${dir}: ${result.errors.length} errors, ${result.warnings.length} warnings, ${result.notices.length} notices`);
  for (const { message, by } of verdict.explained) console.log(`  explained ${message._type} ${message.code} at ${where(message)}: ${by.reason}`);
  for (const m of verdict.unexplained) console.log(`  FAIL ${m._type} ${m.code} at ${where(m)}: ${m.message}${m.description ? ` — ${m.description}` : ''}`);
  for (const s of verdict.stale) console.log(`  FAIL explained ${s.entry.code} (${s.entry.reason.slice(0, 60)}…) is expected ${s.entry.count} time(s), found ${s.found}: update scripts/web-ext-lint/explained.ts`);
  const failed = verdict.unexplained.length + verdict.stale.length;
  console.log(failed ? `web-ext lint: ${failed} unexplained` : 'web-ext lint: every warning explained, no errors');
  process.exitCode = failed ? 1 : 0;
}

try {
  main();
} catch (err) {
  console.error(`lint-firefox: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
