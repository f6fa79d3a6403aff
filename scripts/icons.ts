/**
 * The extension's icons, drawn once (assets/icon/icon.svg, ours) and rendered to every size the
 * manifests and the stores need by resvg (WebAssembly: no native build), at build time: the PNGs
 * are never committed, so they cannot drift from the drawing. wxt.config.ts runs this before each
 * build and hands the files to the output.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** Sizes the manifests name (toolbar 16/32, extensions page 48, stores 128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

const here = dirname(fileURLToPath(import.meta.url));
export const ICON_SOURCE = join(here, '..', 'assets', 'icon', 'icon.svg');
/** Where the rendered PNGs are written (gitignored). */
export const ICON_DIR = join(here, '..', '.cache', 'icons');

let ready: Promise<void> | null = null;

/** Renders the drawing at every size into `dir` as `<size>.png`; answers the files written. */
export async function renderIcons(dir = ICON_DIR, source = ICON_SOURCE): Promise<string[]> {
  ready ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await ready;
  const svg = readFileSync(source, 'utf8');
  mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    const file = join(dir, `${size}.png`);
    writeFileSync(file, png);
    return file;
  });
}

/** The manifest's `icons` (and the toolbar's `default_icon`): size → path in the output. */
export function manifestIcons(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((s) => [String(s), `icon/${s}.png`]));
}
