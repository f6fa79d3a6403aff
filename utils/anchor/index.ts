/**
 * Anchoring of the reader's highlights (W3C Web Annotation selectors) on plain page text: describe
 * a range when highlighting, find it again on a later visit, map it back onto text nodes.
 */
export { describeRange, type Selectors, type TextPositionSelector, type TextQuoteSelector } from './selectors';
export { anchor, type Anchored } from './anchor';
export { buildTextMap, splitRange, type DomTextMap, type NodeRange } from './text-map';
