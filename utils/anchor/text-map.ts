/**
 * The page's visible text as the concatenation of its text nodes, with where each node sits in it.
 * The content script builds this from the DOM; these helpers stay pure so that anchoring and the
 * offset arithmetic are tested in Node and never touch the DOM themselves.
 */
import { clampRange } from './selectors';

/**
 * `text` is what selectors are described against; `nodes[i]` covers `text.slice(start, end)`.
 * Nodes are in document order and do not overlap; gaps between them (separators the caller added
 * between blocks) belong to no node. `node` is opaque here (a DOM Text node in the page).
 */
export interface DomTextMap {
  text: string;
  nodes: { node: unknown; start: number; end: number }[];
}

/** A piece of a global range inside one node: `index` into `map.nodes`, offsets within that node. */
export interface NodeRange {
  index: number;
  start: number;
  end: number;
}

/**
 * Builds a map from text pieces in document order, putting `separator` between consecutive pieces
 * (e.g. "\n" between blocks) so words of adjacent paragraphs do not run together in the quote.
 * Building it here keeps the offsets the content script uses identical to those the tests check.
 */
export function buildTextMap(parts: { node: unknown; text: string }[], separator = ''): DomTextMap {
  const chunks: string[] = [];
  const nodes: DomTextMap['nodes'] = [];
  let offset = 0;
  parts.forEach((p, i) => {
    if (i > 0 && separator) {
      chunks.push(separator);
      offset += separator.length;
    }
    chunks.push(p.text);
    nodes.push({ node: p.node, start: offset, end: offset + p.text.length });
    offset += p.text.length;
  });
  return { text: chunks.join(''), nodes };
}

/**
 * Splits a global range into per-node ranges, so a highlight spanning several text nodes can be
 * wrapped node by node. Offsets are clamped into the text (a reversed or non-finite range throws a
 * RangeError, as in describeRange). Nodes the range only touches at an edge, empty nodes and gaps
 * are skipped; an empty range (start === end) gives [].
 */
export function splitRange(map: DomTextMap, start: number, end: number): NodeRange[] {
  const [s, e] = clampRange(map.text.length, start, end);
  if (s === e) return [];
  const { nodes } = map;
  // First node that ends after s (nodes are sorted, so a binary search keeps this cheap on long pages).
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((nodes[mid] as DomTextMap['nodes'][number]).end <= s) lo = mid + 1;
    else hi = mid;
  }
  const out: NodeRange[] = [];
  for (let i = lo; i < nodes.length; i++) {
    const n = nodes[i] as DomTextMap['nodes'][number];
    if (n.start >= e) break;
    const from = Math.max(s, n.start);
    const to = Math.min(e, n.end);
    if (to > from) out.push({ index: i, start: from - n.start, end: to - n.start });
  }
  return out;
}
