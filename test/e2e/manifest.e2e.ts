/**
 * The built manifests of both browsers (Chrome MV3, Firefox MV2): every file they name exists in the
 * build (icons, pages, scripts), and the icons are PNGs of the size they are named for — what the
 * stores and the browsers' extension pages check first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/demo/browser';
import { FIREFOX_EXTENSION_DIR } from './firefox-browser';

type Manifest = Record<string, unknown> & {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string>; default_popup?: string };
  browser_action?: { default_icon?: Record<string, string>; default_popup?: string };
  sidebar_action?: { default_icon?: Record<string, string>; default_panel?: string };
  side_panel?: { default_path?: string };
  options_ui?: { page?: string };
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
};

/** Every file path a manifest names. */
function referenced(m: Manifest): string[] {
  const toolbar = m.action ?? m.browser_action;
  return [
    ...Object.values(m.icons ?? {}),
    ...Object.values(toolbar?.default_icon ?? {}),
    ...Object.values(m.sidebar_action?.default_icon ?? {}),
    toolbar?.default_popup,
    m.sidebar_action?.default_panel,
    m.side_panel?.default_path,
    m.options_ui?.page,
    m.background?.service_worker,
    m.background?.page,
    ...(m.background?.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
  ].filter((p): p is string => typeof p === 'string');
}

describe.each([
  ['Chrome (MV3)', EXTENSION_DIR],
  ['Firefox (MV2)', FIREFOX_EXTENSION_DIR],
])('the %s build', (_name, dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

  it('names icons at 16, 32, 48 and 128 for the extension and its toolbar button, each a PNG of that size', () => {
    const toolbar = manifest.action ?? manifest.browser_action;
    for (const icons of [manifest.icons, toolbar?.default_icon]) {
      expect(Object.keys(icons ?? {}).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
      for (const [size, path] of Object.entries(icons!)) {
        const png = readFileSync(join(dir, path));
        expect(png.subarray(1, 4).toString('latin1'), path).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([Number(size), Number(size)]);
      }
    }
  });

  it('names no file the build does not have', () => {
    const files = referenced(manifest);
    expect(files.length).toBeGreaterThan(8);
    expect(files.filter((f) => !existsSync(join(dir, f)))).toEqual([]);
  });
});
