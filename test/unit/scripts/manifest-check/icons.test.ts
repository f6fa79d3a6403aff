import { describe, expect, it } from 'vitest';
import { iconProblems, pngSize } from '../../../../scripts/manifest-check/icons';
import { memoryBuild } from '../../../../scripts/manifest-check/types';
import { chromeFiles, chromeManifest, png } from './fixture';

const messages = (m = chromeManifest(), extra: Record<string, string | Uint8Array> = {}) => iconProblems(m, chromeFiles(m, extra)).map((p) => p.message);

describe('icons', () => {
  it("reads a PNG's size from its header, and knows bytes that are not a PNG", () => {
    expect(pngSize(png(48, 32))).toEqual({ width: 48, height: 32 });
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(pngSize(new Uint8Array(4))).toBeNull();
  });

  it('passes icons of 16, 32, 48 and 128 for the extension and its toolbar button, each a PNG of its size', () => {
    expect(messages()).toEqual([]);
  });

  it('names a size missing from the extension or the toolbar button', () => {
    const m = chromeManifest();
    delete m.icons!['48'];
    m.action = { ...m.action, default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } };
    expect(messages(m)).toEqual(['icons has no icon of size 48 (needs 16, 32, 48, 128)', 'action.default_icon has no icon of size 48, 128 (needs 16, 32, 48, 128)']);
  });

  it('names an icon that is not a PNG or not the size it is named for', () => {
    expect(messages(chromeManifest(), { 'icon/32.png': png(64), 'icon/128.png': new TextEncoder().encode('GIF89a...........................') })).toEqual([
      'icon/32.png (icons.32) is 64×64, not 32×32',
      'icon/128.png (icons.128) is not a PNG',
      'icon/32.png (action.default_icon.32) is 64×64, not 32×32',
      'icon/128.png (action.default_icon.128) is not a PNG',
    ]);
  });

  it('needs icons and a toolbar button at all, with one file per size', () => {
    expect(iconProblems({ manifest_version: 3 }, memoryBuild({}))).toEqual([
      { check: 'icons', message: 'the manifest has no "icons" (needs 16, 32, 48, 128)' },
      { check: 'icons', message: 'the manifest has no toolbar button ("action" or "browser_action")' },
    ]);
    const one = { ...chromeManifest(), browser_action: { default_icon: 'icon/16.png' } };
    delete one.action;
    expect(messages(one)).toEqual(['browser_action.default_icon names one file (icon/16.png); it needs one per size: 16, 32, 48, 128']);
  });
});
