/**
 * A small built extension in memory, shaped like Crossread's Chrome build, for the manifest check's
 * tests: each test changes one thing and sees the one problem it makes.
 */
import { memoryBuild, type BuildFiles, type Manifest } from '../../../../scripts/manifest-check/types';

/** The first bytes of a PNG of the given size: signature and IHDR, all the check reads. */
export function png(width: number, height = width): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const v = new DataView(b.buffer);
  v.setUint32(16, width);
  v.setUint32(20, height);
  return b;
}

const icons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

/** A Chrome MV3 manifest that passes every check with chromeFiles(). */
export function chromeManifest(): Manifest {
  return {
    manifest_version: 3,
    name: 'Crossread',
    description: 'Same-story coverage.',
    version: '0.1.0',
    icons: { ...icons },
    permissions: ['contextMenus', 'alarms'],
    host_permissions: ['https://*/*'],
    action: { default_popup: 'popup.html', default_icon: { ...icons } },
    background: { service_worker: 'background.js', type: 'module' } as Manifest['background'],
    content_scripts: [{ js: ['content-scripts/content.js'] }],
    side_panel: { default_path: 'sidepanel.html' },
    options_ui: { page: 'options.html' },
  };
}

/** The files of that build; `manifest` and `extra` replace or add to them. */
export function chromeFiles(manifest: Manifest = chromeManifest(), extra: Record<string, string | Uint8Array> = {}): BuildFiles {
  const page = (chunk: string) => `<!DOCTYPE html><html><head><script type="module" src="/chunks/${chunk}.js"></script><link rel="stylesheet" href="/assets/app.css"></head><body></body></html>`;
  return memoryBuild({
    'manifest.json': JSON.stringify(manifest),
    'icon/16.png': png(16),
    'icon/32.png': png(32),
    'icon/48.png': png(48),
    'icon/128.png': png(128),
    'popup.html': page('popup'),
    'sidepanel.html': page('sidepanel'),
    'options.html': page('options'),
    'assets/app.css': 'body{}',
    'chunks/popup.js': 'import{a}from"./shared.js";a.tabs.create({})',
    'chunks/sidepanel.js': 'import{a}from"./shared.js";',
    'chunks/options.js': 'import{a}from"./shared.js";',
    'chunks/shared.js': 'export const a=globalThis.browser;',
    'background.js': 'B.contextMenus.create({id:"x"});B.alarms.create("t",{periodInMinutes:5});const h={fetcher:(u,o)=>fetch(u,o)};',
    'content-scripts/content.js': 'B.runtime.sendMessage({})',
    ...extra,
  });
}
