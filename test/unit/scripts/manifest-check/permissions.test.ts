import { describe, expect, it } from 'vitest';
import { checkPermissions, requested, type Explained } from '../../../../scripts/manifest-check/permissions';
import type { Manifest } from '../../../../scripts/manifest-check/types';

const bg = (text: string) => [{ path: 'background.js', text }];
const USES = 'B.contextMenus.create({});B.alarms.get("t");B.scripting.executeScript({});B.tabs.query({}).then(t=>t[0].url);B.sidePanel.open({});B.offscreen.createDocument({});B.storage.local.get("k");const h={fetcher:(u,o)=>fetch(u,o)}';
const manifest = (permissions: string[], hosts: string[] = ['https://*/*']): Manifest => ({ manifest_version: 3, permissions, host_permissions: hosts });
const problems = (m: Manifest, text: string, explained: Explained[] = [], target: 'chrome' | 'firefox' = 'chrome') => checkPermissions(m, bg(text), target, explained).problems.map((p) => p.message);

describe('permissions', () => {
  it('passes when every permission is used and every API used is requested, and says where each is used', () => {
    const m = manifest(['storage', 'contextMenus', 'alarms', 'scripting', 'tabs', 'sidePanel', 'offscreen']);
    const report = checkPermissions(m, bg(USES), 'chrome', []);
    expect(report.problems).toEqual([]);
    expect(report.used.map((u) => [u.permission, u.evidence?.file])).toEqual([
      ['storage', 'background.js'],
      ['contextMenus', 'background.js'],
      ['alarms', 'background.js'],
      ['scripting', 'background.js'],
      ['tabs', 'background.js'],
      ['sidePanel', 'background.js'],
      ['offscreen', 'background.js'],
      ['https://*/*', 'background.js'],
    ]);
    expect(report.used.find((u) => u.permission === 'https://*/*')?.evidence?.snippet).toContain('fetch(u,o)');
  });

  it('names a permission nothing uses (navigator.storage and a "storage" property are not browser.storage)', () => {
    const text = 'B.contextMenus.create({});const e=await navigator.storage.estimate();this.host.storage?.();fetch(u)';
    expect(problems(manifest(['storage', 'contextMenus']), text)).toEqual(['"storage" is requested but no script uses browser.storage.local/sync/session: remove the permission, or explain why it stays']);
  });

  it('names a permission it does not know, unless explained', () => {
    expect(problems(manifest(['activeTab']), 'fetch(u)')).toEqual(['"activeTab" is requested and the check does not know what uses it: add it to API_USES, or explain why it stays']);
    const why: Explained = { target: 'both', permission: 'activeTab', kind: 'unseen', reason: 'the toolbar click grants the tab' };
    const report = checkPermissions(manifest(['activeTab']), bg('fetch(u)'), 'chrome', [why]);
    expect(report.problems).toEqual([]);
    expect(report.used[0]).toEqual({ permission: 'activeTab', evidence: null, explained: 'the toolbar click grants the tab' });
  });

  it('names an API used without its permission, with the file and the code around it', () => {
    expect(problems(manifest(['contextMenus']), 'B.contextMenus.create({});B.alarms.create("a",{});fetch(u)')).toEqual([
      'background.js uses alarms but the manifest does not request "alarms" (near "extMenus.create({});B.alarms.create("a",{});fetc")',
    ]);
  });

  it("counts Firefox's menus namespace as the context menu, under either permission", () => {
    expect(problems(manifest(['contextMenus']), 'browser.menus.create({});fetch(u)')).toEqual([]);
    expect(problems(manifest(['menus']), 'x.contextMenus.onClicked.addListener(f);fetch(u)')).toEqual([]);
    expect(problems(manifest([]), 'x.menus.create({});fetch(u)')).toEqual(['background.js uses the context menu (contextMenus / menus) but the manifest does not request "contextMenus" or "menus" (near "x.menus.create({});fetch(u)")']);
  });

  it('accepts an API referenced but never reached in one browser when explained, and only there', () => {
    const why: Explained = { target: 'firefox', permission: 'offscreen', kind: 'unrequested', reason: 'Firefox parses in its background page' };
    const text = 'B.offscreen.createDocument({});fetch(u)';
    expect(problems(manifest([]), text, [why], 'firefox')).toEqual([]);
    expect(problems(manifest([]), text, [why], 'chrome')).toHaveLength(1);
  });

  it('fails an explanation that no longer applies, so the list cannot go stale', () => {
    const unseen: Explained = { target: 'both', permission: 'alarms', kind: 'unseen', reason: 'x' };
    expect(problems(manifest(['alarms']), 'B.alarms.get("t");fetch(u)', [unseen])).toEqual(['"alarms" is explained as a permission the check cannot see, but it is used (background.js): remove its explanation']);
    expect(problems(manifest([]), 'fetch(u)', [unseen])).toEqual(['the explanation for "alarms" (unseen) no longer applies (the manifest does not request it): remove it']);
    const unrequested: Explained = { target: 'both', permission: 'offscreen', kind: 'unrequested', reason: 'x' };
    expect(problems(manifest([]), 'fetch(u)', [unrequested])).toEqual(['the explanation for "offscreen" (unrequested) no longer applies (no script uses its API): remove it']);
    expect(problems(manifest(['offscreen']), 'B.offscreen.createDocument({});fetch(u)', [unrequested])).toEqual(['the explanation for "offscreen" (unrequested) no longer applies (the manifest requests it): remove it']);
  });

  it('needs host permissions to be used by a fetch or an injection; a method named fetch is neither', () => {
    expect(problems(manifest([]), 'class C{fetch(a,e){return this.get(a)}}')).toEqual(['host permissions https://*/* are requested but no script fetches a page or injects into one']);
    expect(problems(manifest(['scripting']), 'B.scripting.executeScript({target:{tabId:1},files:["/a.js"]})')).toEqual([]);
    expect(problems(manifest([], []), 'class C{fetch(a,e){}}')).toEqual([]);
  });

  it('reads host patterns from MV2 permissions and MV3 host_permissions alike', () => {
    expect(requested({ permissions: ['tabs', 'http://*/*', '<all_urls>'], optional_permissions: ['bookmarks'] })).toEqual({ api: ['tabs', 'bookmarks'], hosts: ['http://*/*', '<all_urls>'] });
    expect(requested({ permissions: ['alarms'], host_permissions: ['https://*/*'] })).toEqual({ api: ['alarms'], hosts: ['https://*/*'] });
  });
});
