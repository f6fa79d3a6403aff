/**
 * `npx tsx scripts/check-manifest.ts [chrome|firefox]...`: the manifest check (scripts/manifest-check/)
 * on the built extensions in .output/ (both unless named). Prints, per build, each permission with
 * the code that uses it or the reason it is kept, and every problem; exits 1 on any problem. Run
 * after `npm run build` (CI does, as its own step).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { EXPLAINED } from './manifest-check/explained';
import { checkBuild } from './manifest-check/index';
import type { BuildFiles, Target } from './manifest-check/types';

/** Where each browser's build is. */
export const BUILD_DIRS: Record<Target, string> = {
  chrome: resolve(new URL('../.output/chrome-mv3', import.meta.url).pathname),
  firefox: resolve(new URL('../.output/firefox-mv2', import.meta.url).pathname),
};

/** A build directory on disk as the check's file view. */
export function diskBuild(dir: string): BuildFiles {
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  const list = walk(dir).map((f) => relative(dir, f).split(sep).join('/'));
  const set = new Set(list);
  return { list: () => list, has: (p) => set.has(p), read: (p) => readFileSync(join(dir, p)) };
}

function main(): void {
  const named = process.argv.slice(2) as Target[];
  const targets = named.length ? named : (Object.keys(BUILD_DIRS) as Target[]);
  let failed = 0;
  for (const target of targets) {
    const dir = BUILD_DIRS[target];
    if (!dir) throw new Error(`unknown build "${target}" (have: ${Object.keys(BUILD_DIRS).join(', ')})`);
    console.log(`\n${target}: ${relative(process.cwd(), dir)}`);
    if (!existsSync(dir)) {
      console.log(`  FAIL there is no build: run "npm run build" first`);
      failed++;
      continue;
    }
    const report = checkBuild(diskBuild(dir), target, EXPLAINED);
    console.log(`  ${report.references} file references followed`);
    for (const u of report.permissions) {
      const why = u.evidence ? `used in ${u.evidence.file}: …${u.evidence.snippet}…` : `kept: ${u.explained ?? '(no use found)'}`;
      console.log(`  permission ${u.permission}: ${why}`);
    }
    const mine = (e: { target: string }) => e.target === target || e.target === 'both';
    for (const e of EXPLAINED.permissions.filter((e) => e.kind === 'unrequested' && mine(e))) console.log(`  ${e.permission} not requested, its API referenced: ${e.reason}`);
    for (const e of EXPLAINED.files.filter(mine)) console.log(`  ${e.file} named, left out of this build: ${e.reason}`);
    for (const p of report.problems) console.log(`  FAIL [${p.check}] ${p.message}`);
    console.log(`  ${report.problems.length ? `${report.problems.length} problem(s)` : 'ok'}`);
    failed += report.problems.length;
  }
  if (failed) console.error(`\nmanifest check: ${failed} problem(s)`);
  process.exitCode = failed ? 1 : 0;
}

// Run as a command, not when a test imports BUILD_DIRS and diskBuild.
if (process.argv[1]?.endsWith('check-manifest.ts')) main();
