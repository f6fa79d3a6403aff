/**
 * The manifest check (scripts/manifest-check/, where its rules and their unit tests live) on the
 * real builds of both browsers, so `npm test` holds them to it as CI's own step does: every file
 * the manifests, pages and scripts name exists, the icons are PNGs of 16, 32, 48 and 128, the
 * localisation resolves, and every permission is used (the exceptions explained).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tables } from '../../utils/i18n/locales/tables';
import { EXPLAINED } from '../../scripts/manifest-check/explained';
import { checkBuild } from '../../scripts/manifest-check/index';
import { BUILD_DIRS, diskBuild } from '../../scripts/check-manifest';

describe.each(['chrome', 'firefox'] as const)('the %s build', (target) => {
  it('passes the manifest check, having followed every file it names', () => {
    const report = checkBuild(diskBuild(BUILD_DIRS[target]), target, EXPLAINED);
    expect(report.problems).toEqual([]);
    expect(report.references).toBeGreaterThan(20);
    expect(report.permissions.length).toBeGreaterThan(3);
  });

  it('bundles no message table but English: the other languages come from _locales', () => {
    const dir = BUILD_DIRS[target];
    const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    // Messages only German or French has (longer than a word, not the same as the English).
    const foreign = (['de', 'fr'] as const).flatMap((l) => Object.entries(tables[l]).filter(([k, v]) => v.length > 40 && v !== tables.en[k]).map(([, v]) => v));
    expect(foreign.length).toBeGreaterThan(100);
    const carrying = scripts.filter((f) => {
      const js = readFileSync(join(dir, f), 'utf8');
      return foreign.some((m) => js.includes(JSON.stringify(m).slice(1, -1)) || js.includes(m));
    });
    expect(carrying).toEqual([]);
    expect(readFileSync(join(dir, '_locales', 'de', 'messages.json'), 'utf8')).toContain(foreign[0]!.slice(0, 20));
  });
});
