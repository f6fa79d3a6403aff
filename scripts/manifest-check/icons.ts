/**
 * The icons a manifest names: the extension's and its toolbar button's come at every size the
 * browsers and the stores use, and each file is a PNG of the size it is named for (a store shows a
 * 128 px icon; a wrong or blurry one is what a reviewer sees first).
 */
import { buildPath, type BuildFiles, type Manifest, type Problem } from './types';

/** Sizes the extension's and the toolbar's icons must both have: toolbar 16/32, extensions page 48, stores 128. */
export const REQUIRED_ICON_SIZES = ['16', '32', '48', '128'] as const;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's own header (its IHDR chunk), or null when the bytes are no PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The size → path maps of the icons a manifest names, each with its key. */
function iconMaps(m: Manifest): [string, Record<string, string> | string | undefined][] {
  return [
    ['icons', m.icons],
    ['action.default_icon', m.action?.default_icon],
    ['browser_action.default_icon', m.browser_action?.default_icon],
    ['page_action.default_icon', m.page_action?.default_icon],
    ['sidebar_action.default_icon', m.sidebar_action?.default_icon],
  ];
}

/**
 * Problems with the icons: a required size missing from `icons` or from the toolbar button's
 * `default_icon`, a file that is not a PNG, or one whose pixels are not the size it is named for.
 * Files that are missing altogether are the references check's to report.
 */
export function iconProblems(m: Manifest, files: BuildFiles): Problem[] {
  const problems: Problem[] = [];
  const toolbarKey = m.action ? 'action.default_icon' : m.browser_action ? 'browser_action.default_icon' : null;
  for (const [key, icons] of iconMaps(m)) {
    if (icons === undefined) continue;
    if (typeof icons === 'string') {
      if (key === 'icons' || key === toolbarKey) problems.push({ check: 'icons', message: `${key} names one file (${icons}); it needs one per size: ${REQUIRED_ICON_SIZES.join(', ')}` });
      continue;
    }
    if (key === 'icons' || key === toolbarKey) {
      const missing = REQUIRED_ICON_SIZES.filter((s) => !(s in icons));
      if (missing.length) problems.push({ check: 'icons', message: `${key} has no icon of size ${missing.join(', ')} (needs ${REQUIRED_ICON_SIZES.join(', ')})` });
    }
    for (const [size, ref] of Object.entries(icons)) {
      const path = buildPath(ref);
      if (!files.has(path)) continue;
      const px = pngSize(files.read(path));
      if (!px) problems.push({ check: 'icons', message: `${path} (${key}.${size}) is not a PNG` });
      else if (px.width !== Number(size) || px.height !== Number(size)) problems.push({ check: 'icons', message: `${path} (${key}.${size}) is ${px.width}×${px.height}, not ${size}×${size}` });
    }
  }
  if (!m.icons) problems.push({ check: 'icons', message: `the manifest has no "icons" (needs ${REQUIRED_ICON_SIZES.join(', ')})` });
  if (!toolbarKey) problems.push({ check: 'icons', message: 'the manifest has no toolbar button ("action" or "browser_action")' });
  return problems;
}
