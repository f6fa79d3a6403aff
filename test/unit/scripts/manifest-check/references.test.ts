import { describe, expect, it } from 'vitest';
import { manifestReferences, missingFiles, pageReferences, resolveFrom, scriptReferences } from '../../../../scripts/manifest-check/references';
import { chromeFiles, chromeManifest } from './fixture';

describe('the files a build names', () => {
  it('lists every file of the manifest with the key that names it, MV3 and MV2 alike', () => {
    const mv3 = manifestReferences({ ...chromeManifest(), web_accessible_resources: [{ resources: ['annotator.js', 'assets/*.png'] }] });
    expect(mv3.map((r) => r.from)).toEqual(
      expect.arrayContaining(['icons.16', 'icons.128', 'action.default_icon.32', 'action.default_popup', 'side_panel.default_path', 'options_ui.page', 'background.service_worker', 'content_scripts[0].js[0]', 'web_accessible_resources[0].resources[1]']),
    );
    const mv2 = manifestReferences({
      browser_action: { default_icon: 'icon.png', default_popup: 'popup.html' },
      sidebar_action: { default_panel: 'sidepanel.html', default_icon: { 16: 'icon/16.png' } },
      background: { scripts: ['background.js'] },
      web_accessible_resources: ['page.css'],
    });
    expect(mv2).toEqual([
      { path: 'icon.png', from: 'browser_action.default_icon' },
      { path: 'popup.html', from: 'browser_action.default_popup' },
      { path: 'icon/16.png', from: 'sidebar_action.default_icon.16' },
      { path: 'sidepanel.html', from: 'sidebar_action.default_panel' },
      { path: 'background.js', from: 'background.scripts[0]' },
      { path: 'page.css', from: 'web_accessible_resources[0]' },
    ]);
  });

  it('resolves page- and script-relative paths against the file that names them', () => {
    expect(resolveFrom('chunks/a.js', './b.js')).toBe('chunks/b.js');
    expect(resolveFrom('chunks/a.js', '../c.js')).toBe('c.js');
    expect(resolveFrom('pages/x.html', '/chunks/d.js?v=1#top')).toBe('chunks/d.js');
  });

  it("reads a page's scripts and stylesheets, not its remote, data: or anchor links", () => {
    const html = '<script src="/chunks/p.js"></script><link rel="modulepreload" href="./chunks/q.js"><link rel="stylesheet" href="https://cdn.example/x.css"><link rel="icon" href="data:,"><script>1</script>';
    expect(pageReferences('popup.html', html)).toEqual([
      { path: 'chunks/p.js', from: 'popup.html <script>' },
      { path: 'chunks/q.js', from: 'popup.html <link>' },
    ]);
  });

  it("reads a script's imports, injected files and extension URLs given as literals", () => {
    const js = 'import{a}from"./x.js";import"./y.js";const m=import("../z.js");s.executeScript({target:t,files:["/annotator.js"]});r.getURL("/offscreen.html");r.getURL("/");r.getURL(p(n))';
    expect(scriptReferences('chunks/main.js', js).map((r) => r.path)).toEqual(['chunks/x.js', 'chunks/y.js', 'z.js', 'annotator.js', 'offscreen.html']);
  });

  it('passes a build that has every file it names', () => {
    expect(missingFiles(chromeManifest(), chromeFiles(), 'chrome')).toEqual([]);
  });

  it('names each missing file and who named it', () => {
    const m = { ...chromeManifest(), options_ui: { page: 'settings.html' } };
    const files = chromeFiles(m, { 'chunks/popup.js': 'import"./gone.js";r.getURL("/reader.html")' });
    expect(missingFiles(m, files, 'chrome').map((p) => p.message)).toEqual([
      'settings.html is named by options_ui.page but the build has no such file',
      'chunks/gone.js is named by chunks/popup.js import but the build has no such file',
      'reader.html is named by chunks/popup.js getURL() but the build has no such file',
    ]);
  });

  it('accepts a web_accessible_resources glob that matches a file, and fails one that matches none', () => {
    const ok = { ...chromeManifest(), web_accessible_resources: [{ resources: ['icon/*.png'] }] };
    expect(missingFiles(ok, chromeFiles(ok), 'chrome')).toEqual([]);
    const none = { ...chromeManifest(), web_accessible_resources: [{ resources: ['fonts/*.woff2'] }] };
    expect(missingFiles(none, chromeFiles(none), 'chrome').map((p) => p.message)).toEqual(['fonts/*.woff2 is named by web_accessible_resources[0].resources[0] but the build has no such file']);
  });

  it('accepts a file left out of one build on purpose, and fails the explanation once it no longer applies', () => {
    const m = chromeManifest();
    const files = chromeFiles(m, { 'background.js': 'B.contextMenus.create({});B.alarms.get("t");fetch(u,o);r.getURL("/offscreen.html")' });
    const explained = [{ target: 'firefox' as const, file: 'offscreen.html', reason: 'Chrome only' }];
    expect(missingFiles(m, files, 'firefox', explained)).toEqual([]);
    expect(missingFiles(m, files, 'chrome', explained)).toHaveLength(1); // explained for Firefox only
    expect(missingFiles(m, chromeFiles(m), 'firefox', explained).map((p) => p.message)).toEqual(['offscreen.html is explained as left out of this build, but nothing names it any more: remove the explanation']);
    const has = chromeFiles(m, { 'background.js': 'r.getURL("/offscreen.html")', 'offscreen.html': '<html></html>' });
    expect(missingFiles(m, has, 'firefox', explained).map((p) => p.message)).toEqual(['offscreen.html is explained as left out of this build, but the build has it: remove the explanation']);
  });
});
