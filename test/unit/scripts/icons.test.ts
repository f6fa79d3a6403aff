import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, manifestIcons, renderIcons } from '../../../scripts/icons';

/** Signature, width and height, read from a PNG file's own header. */
function pngSize(file: string): { width: number; height: number; signature: boolean } {
  const b = readFileSync(file);
  return { signature: b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('icons rendered from the one drawing', () => {
  it('renders a PNG of each size the manifests name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossread-icons-'));
    const files = await renderIcons(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(ICON_SIZES.map((s) => `${s}.png`));
    for (const [i, size] of ICON_SIZES.entries()) expect(pngSize(files[i]!)).toEqual({ signature: true, width: size, height: size });
    expect(manifestIcons()).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
  });
});
