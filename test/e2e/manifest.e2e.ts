/**
 * The manifest check (scripts/manifest-check/, where its rules and their unit tests live) on the
 * real builds of both browsers, so `npm test` holds them to it as CI's own step does: every file
 * the manifests, pages and scripts name exists, the icons are PNGs of 16, 32, 48 and 128, the
 * localisation resolves, and every permission is used (the exceptions explained).
 */
import { describe, expect, it } from 'vitest';
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
});
