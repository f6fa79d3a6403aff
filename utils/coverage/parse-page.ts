/**
 * HTML to an extracted page, given a DOM parser. The offscreen document (Chrome) and the
 * background page (Firefox) pass DOMParser; the CLI and tests pass jsdom.
 */
import { detectArticle } from '../article/detect';
import { extractArticle } from '../article/extract';
import type { ExtractedPage } from './ingest';
import { detectionWords } from '../article/verdict-words';
import type { DetectPhrase } from '../i18n/phrase';
import { analyseText, hasText, pageInput } from './text-analysis';

/**
 * Which pages the parser also analyses (features and quotes, text-analysis.ts): the articles the
 * detector recognises ('articles'), every page with text (the reader asked about it: 'any'), or none.
 */
export type AnalyseWhen = 'articles' | 'any' | 'none';

/** Pages above this size are cut before parsing, so a hostile page cannot stall the parser. */
export const MAX_HTML_CHARS = 5_000_000;

/**
 * Pages nested deeper than this are not read: no real article needs it (Chromium's own parser stops
 * nesting at 512), and extraction time grows steeply with depth in DOMs that clone recursively.
 */
export const MAX_DEPTH = 400;

/** The full detector's time on the last page parsed, as a User Timing measure. */
export const DETECT_MEASURE = 'crossread:detect-full';

const TOO_DEEP: DetectPhrase = { key: 'detect_too_deep' };

function notRead(detection: ExtractedPage['detection']): ExtractedPage {
  return {
    detection: { isArticle: false, confidence: 0, kind: 'other', ...detectionWords({ key: 'detect_kind_too_deep' }, [TOO_DEEP, ...(detection.phrases?.reasons ?? [])]) },
    article: { title: null, siteName: null, byline: null, published: null, modified: null, canonicalUrl: null, lang: null, paragraphs: [], excerpt: null },
  };
}

/** The depth of the deepest element, walked without recursion (bounded by MAX_DEPTH + 1). */
export function domDepth(doc: Document): number {
  let max = 0;
  const walker = doc.createTreeWalker(doc.documentElement ?? doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let d = 0;
    for (let p: Node | null = n; p && d <= MAX_DEPTH; p = p.parentNode) d++;
    if (d > max) max = d;
    if (max > MAX_DEPTH) break;
  }
  return max;
}

/**
 * The full detector's verdict and the extraction of a page's HTML, with its text's analysis when
 * `analyse` asks for it (made here, beside the worker, rather than in it; see text-analysis.ts).
 */
export function parsePage(html: string, url: string, parse: (html: string) => Document, analyse: AnalyseWhen = 'none'): ExtractedPage {
  const doc = parse(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);
  // A User Timing measure (the latest only, so a long-lived document keeps one) lets
  // `npm run bench -- page` read the full detector's time where it runs.
  const t0 = performance.now();
  const detection = detectArticle(doc, url);
  performance.clearMeasures(DETECT_MEASURE);
  performance.measure(DETECT_MEASURE, { start: t0 });
  if (domDepth(doc) > MAX_DEPTH) return notRead(detection);
  let article: ExtractedPage['article'];
  try {
    article = extractArticle(doc, url);
  } catch (err) {
    // A pathological page that still overflows a recursive DOM clone is not read, and says why.
    if (!(err instanceof RangeError)) throw err;
    return notRead(detection);
  }
  const wanted = analyse === 'any' || (analyse === 'articles' && detection.isArticle);
  if (!wanted || !hasText(article)) return { detection, article };
  return { detection, article, analysis: analyseText(pageInput(article)) };
}
