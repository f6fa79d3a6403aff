/**
 * Painting marks without touching the page's DOM: the CSS Custom Highlight API styles ranges of
 * text, so no element is inserted into the article and no layout can break. The one style rule is
 * adopted as a constructed stylesheet (no <style> element either).
 */

type HighlightCtor = new (...ranges: Range[]) => unknown;

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

/** Whether this browser can paint marks (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function canPaint(win: Window): boolean {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  return !!w.CSS?.highlights && typeof w.Highlight === 'function';
}

const STYLE = `
::highlight(crossread-quote) { text-decoration: underline dotted 2px #1f5f8b; text-underline-offset: 3px; }
::highlight(crossread-quote-active) { background-color: rgba(31, 95, 139, 0.15); }
::highlight(crossread-note) { background-color: rgba(255, 213, 79, 0.55); }
::highlight(crossread-note-active) { background-color: rgba(255, 179, 0, 0.7); }
`;

let sheetAdded = false;

function ensureStyle(doc: Document): void {
  if (sheetAdded) return;
  const win = doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
  if (!win) return;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(STYLE);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  sheetAdded = true;
}

/** Paints (or, with no ranges, clears) the named mark. */
export function paint(doc: Document, name: 'crossread-quote' | 'crossread-quote-active' | 'crossread-note' | 'crossread-note-active', ranges: Range[]): void {
  const win = doc.defaultView as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor } | null;
  if (!win || !canPaint(win as unknown as Window)) return;
  if (ranges.length === 0) {
    win.CSS!.highlights!.delete(name);
    return;
  }
  ensureStyle(doc);
  win.CSS!.highlights!.set(name, new win.Highlight!(...ranges));
}

/** The first range whose box contains the point, for hover cards. */
export function rangeAt<T extends { range: Range }>(items: T[], x: number, y: number): T | null {
  for (const item of items) {
    for (const r of item.range.getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return item;
    }
  }
  return null;
}
