/**
 * The feed parser: the bytes (or text) of an RSS, RDF, Atom, JSON Feed or OPML file to plain data.
 * Pure TypeScript over htmlparser2 — no DOM, no browser API — so it runs in the MV3 service worker,
 * an offscreen document and Node (`cli feed`) alike. Real feeds are broken in many ways; this reads
 * whatever can be read and throws a FeedError, in plain words, only for what is not a feed at all.
 * Bounded: the file, the items, every field and the XML nesting have caps (./limits.ts).
 */
import { parseDocument } from 'htmlparser2';
import { readAtom } from './atom';
import { decodeFeed } from './decode';
import { readJsonFeed } from './json-feed';
import { MAX_DEPTH, MAX_FEED_BYTES } from './limits';
import { readOpml } from './opml';
import { readRss } from './rss';
import { xmlShape } from './tokens';
import { FeedError, type ParsedFeed, type ParsedOpml } from './types';
import { isElement, local, type XmlElement } from './xml';

export { discoverFeeds, type DiscoveredFeed } from './discover';
export * from './limits';
export { opmlText } from './opml';
export { FeedError } from './types';

/** Where a file came from: its URL (for relative links) and its HTTP Content-Type (for the charset). */
export interface ParseOptions {
  url?: string;
  contentType?: string | null;
}

const ROOTS = new Set(['rss', 'rdf', 'feed', 'opml', 'channel']);

function readXml(text: string, url: string | null): ParsedFeed | ParsedOpml {
  const shape = xmlShape(text);
  if (shape.depth > MAX_DEPTH) throw new FeedError({ key: 'feeds_nested', params: { max: MAX_DEPTH } });
  const doc = parseDocument(text, { xmlMode: true });
  const tops = doc.children.filter(isElement);
  const root: XmlElement | undefined = tops.find((e) => ROOTS.has(local(e)));
  if (!root) {
    const first = tops[0] ? local(tops[0]) : null;
    if (/^<!doctype\s+html/iu.test(text) || (first && ['html', 'head', 'body'].includes(first))) {
      throw new FeedError({ key: 'feeds_html_page' });
    }
    if (shape.brokenLine !== null) throw new FeedError({ key: 'feeds_xml_broken', params: { line: String(shape.brokenLine) } });
    throw new FeedError(first ? { key: 'feeds_xml_root', params: { root: first.slice(0, 40) } } : { key: 'feeds_xml_no_element' });
  }
  const kind = local(root);
  const out =
    kind === 'opml' ? readOpml(root) : kind === 'feed' ? readAtom(root, url) : readRss(root, kind === 'rdf' ? 'rss1' : 'rss2', url);
  const empty = out.kind === 'opml' ? out.outlines.length === 0 : out.items.length === 0 && !out.title;
  // A broken document is still read for what it holds; only when that is nothing is the break the answer.
  if (empty && shape.brokenLine !== null) throw new FeedError({ key: 'feeds_xml_broken', params: { line: String(shape.brokenLine) } });
  return out;
}

/**
 * Parse a feed or an OPML list. Bytes are decoded by BOM, XML declaration, `contentType` charset,
 * else UTF-8 (windows-1252 when that is invalid); `url` resolves relative links. Throws FeedError
 * with a plain-words message: "empty file", "the file is too large", "not a feed: this is an HTML
 * page" (try {@link discoverFeeds} on it), "not a feed: the JSON has no items list", "the XML is
 * broken at line N" (only when nothing could be read), and the like.
 */
export function parseFeed(input: Uint8Array | string, opts: ParseOptions = {}): ParsedFeed | ParsedOpml {
  if (input.length > MAX_FEED_BYTES) throw new FeedError({ key: 'feeds_file_too_large', params: { size: MAX_FEED_BYTES / 1024 / 1024 } });
  const text = typeof input === 'string' ? input : decodeFeed(input, opts.contentType);
  const start = text.search(/[^\s\ufeff]/u);
  if (start < 0) throw new FeedError({ key: 'feeds_empty_file' });
  const body = start ? text.slice(start) : text;
  const url = opts.url ?? null;
  if (body[0] === '{' || body[0] === '[') return readJsonFeed(body, url);
  if (body[0] === '<') return readXml(body, url);
  throw new FeedError({ key: 'feeds_neither' });
}
