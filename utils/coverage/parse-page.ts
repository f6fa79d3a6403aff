/**
 * HTML to an extracted page, given a DOM parser. The offscreen document (Chrome) and the
 * background page (Firefox) pass DOMParser; the CLI and tests pass jsdom.
 */
import { detectArticle } from '../article/detect';
import { extractArticle } from '../article/extract';
import type { ExtractedPage } from './ingest';

/** Pages above this size are cut before parsing, so a hostile page cannot stall the parser. */
export const MAX_HTML_CHARS = 5_000_000;

export function parsePage(html: string, url: string, parse: (html: string) => Document): ExtractedPage {
  const doc = parse(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);
  const detection = detectArticle(doc, url);
  try {
    return { detection, article: extractArticle(doc, url) };
  } catch (err) {
    // A pathological page (nesting deeper than a recursive DOM clone can go) is not read, and says why.
    if (!(err instanceof RangeError)) throw err;
    return {
      detection: { isArticle: false, confidence: 0, reasons: ['The page is built too deeply nested to read.', ...detection.reasons] },
      article: { title: null, siteName: null, byline: null, published: null, modified: null, canonicalUrl: null, lang: null, paragraphs: [], excerpt: null },
    };
  }
}
