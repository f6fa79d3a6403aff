/**
 * The page's visible text as the content script sees it, built from the DOM's text nodes in
 * document order (the same way on every visit, so saved selectors keep meaning the same thing),
 * and conversions between DOM ranges and offsets into that text.
 */
import { buildTextMap, splitRange, type DomTextMap } from '../anchor';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'SVG', 'CANVAS', 'IFRAME']);

/** Caps: a page with more text than this is anchored on its first part only. */
export const MAX_TEXT_NODES = 50_000;

/** Every text node under `root` (not in `skip`, scripts or form fields), in document order. */
export function pageTextMap(doc: Document, skip: Node | null = null): DomTextMap {
  const parts: { node: Text; text: string }[] = [];
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIP.has(el.tagName.toUpperCase()) || el === skip) return 2; /* FILTER_REJECT */
      }
      return 1; /* FILTER_ACCEPT */
    },
  });
  for (let n = walker.nextNode(); n && parts.length < MAX_TEXT_NODES; n = walker.nextNode()) {
    const text = (n as Text).data;
    if (text.length) parts.push({ node: n as Text, text });
  }
  return buildTextMap(parts);
}

/** A DOM Range over [start, end) of the map's text, or null when the offsets fall outside it. */
export function rangeOf(doc: Document, map: DomTextMap, start: number, end: number): Range | null {
  const pieces = splitRange(map, start, end);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStart(map.nodes[first.index]!.node as Text, first.start);
  range.setEnd(map.nodes[last.index]!.node as Text, last.end);
  return range;
}

/** The [start, end) offsets in the map's text that a DOM Range (a selection) covers, or null. */
export function offsetsOf(map: DomTextMap, range: Range): [number, number] | null {
  let start = -1;
  let end = -1;
  for (const n of map.nodes) {
    const node = n.node as Text;
    if (!range.intersectsNode(node)) continue;
    const length = n.end - n.start;
    const s = node === range.startContainer ? range.startOffset : 0;
    const e = node === range.endContainer ? range.endOffset : length;
    if (e <= s) continue;
    if (start < 0) start = n.start + s;
    end = n.start + e;
  }
  return start >= 0 && end > start ? [start, end] : null;
}

/**
 * Where `needle` occurs in `text`, ignoring differences in white space (pages wrap lines and
 * indent; extracted article text does not) and quotation marks between words (reported speech is
 * kept without the marks of the words it quotes), as offsets into `text`.
 */
export function findLoosely(text: string, needle: string, from = 0): [number, number] | null {
  const words = needle.trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0 || words.join('').length > 5000) return null;
  const re = new RegExp(words.join('[\\s"“”„‟«»‘’\']*\\s[\\s"“”„‟«»‘’\']*'), 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}
