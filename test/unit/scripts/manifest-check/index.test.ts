import { describe, expect, it } from 'vitest';
import { checkBuild, manifestProblems } from '../../../../scripts/manifest-check/index';
import { memoryBuild } from '../../../../scripts/manifest-check/types';
import { chromeFiles, chromeManifest } from './fixture';

const none = { permissions: [], files: [] };

describe('the manifest check of a build', () => {
  it('passes a complete build and counts what it followed', () => {
    const report = checkBuild(chromeFiles(), 'chrome', none);
    expect(report.problems).toEqual([]);
    expect(report.references).toBeGreaterThan(15);
    expect(report.permissions.map((p) => p.permission)).toEqual(['contextMenus', 'alarms', 'https://*/*']);
  });

  it('reports every kind of problem together, each naming its file or permission', () => {
    const m = { ...chromeManifest(), permissions: ['contextMenus', 'alarms', 'storage'], options_ui: { page: 'settings.html' }, description: '__MSG_d__' };
    const problems = checkBuild(chromeFiles(m), 'chrome', none).problems;
    expect(problems.map((p) => p.check).sort()).toEqual(['files', 'locales', 'permissions']);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/settings\.html[\s\S]*__MSG_d__[\s\S]*"storage"/);
  });

  it('reports a build without a readable manifest', () => {
    expect(checkBuild(memoryBuild({}), 'chrome', none).problems).toEqual([{ check: 'manifest', message: 'the build has no manifest.json' }]);
    expect(checkBuild(memoryBuild({ 'manifest.json': '{' }), 'firefox', none).problems[0]!.message).toMatch(/^manifest\.json is not JSON/);
  });

  it("holds Chrome's build to Manifest V3 and its keys", () => {
    expect(manifestProblems(chromeManifest(), 'chrome')).toEqual([]);
    const mv2 = { ...chromeManifest(), manifest_version: 2, background: { scripts: ['background.js'] }, browser_specific_settings: {}, version: '1.0.0.0.1' };
    expect(manifestProblems(mv2, 'chrome').map((p) => p.message)).toEqual([
      'manifest_version is 2; the Chrome Web Store takes only 3',
      'background.service_worker is missing (Manifest V3 runs the background as a service worker)',
      '"browser_specific_settings" is not a Chrome Manifest V3 key',
      'background.scripts / background.page are not Manifest V3 keys in Chrome',
      'version "1.0.0.0.1" is not 1 to 4 dot-separated numbers',
    ]);
  });

  it("holds Firefox's build to an add-on id and its data collection declaration", () => {
    const ok = { manifest_version: 2, version: '0.1.0', browser_specific_settings: { gecko: { id: 'crossread@example.org', data_collection_permissions: { required: ['none'] } } } };
    expect(manifestProblems(ok, 'firefox')).toEqual([]);
    expect(manifestProblems({ manifest_version: 2, version: '0.1.0', host_permissions: ['https://*/*'] }, 'firefox').map((p) => p.message)).toEqual([
      'browser_specific_settings.gecko.id is missing (AMO signs an add-on by its id)',
      'browser_specific_settings.gecko.data_collection_permissions.required is missing (AMO asks every new add-on to declare it)',
      'host_permissions is a Manifest V3 key; in Manifest V2 host patterns go in permissions',
    ]);
  });
});
