/**
 * Article extraction from a page's DOM: Readability finds the body, the page's own metadata
 * (JSON-LD, OpenGraph, meta tags) supplies the facts, and the one cleaner removes the chrome that
 * Readability keeps. Takes a Document so it runs on the live page (content script, reader view) and
 * in Node through jsdom (CLI, tests); the service worker has no DOM and receives the result.
 */

import { Readability } from '@mozilla/readability';
import type { Article, ArticleOrigin } from '../types';
import { cleanText } from './clean';
import { metaContent } from './meta';
import { toIsoDate } from './dates';
import { ldArticle, ldName, readJsonLd, type LdNode } from './jsonld';

/** What a page says about itself and its body, ready to become an Article. */
export interface ExtractedArticle {
  title: string | null;
  siteName: string | null;
  byline: string | null;
  /** ISO 8601, time zone kept when the page states one. */
  published: string | null;
  modified: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  /** Body paragraphs, cleaned; the Article text is these joined by "\n\n". */
  paragraphs: string[];
  excerpt: string | null;
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return /^https?:$/u.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

const GENERIC_BYLINE = /^(?:staff|admin|administrator|editor|editors|the editors|news desk|web desk|desk|staff writer|staff reporter|reporter|contributor|guest|anonymous|unknown|follow author)$/iu;

/**
 * A byline as names only: "By Erin Cunningham" → "Erin Cunningham", white space collapsed,
 * generic credits ("By Staff") and URLs dropped because they name nobody.
 */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.replace(/\s+/gu, ' ').trim();
  s = s.replace(/^(?:written\s+)?(?:by|par|por|von|di|door|av|od)\s*:?\s+/iu, '').trim();
  s = s.replace(/[|,;:–—-]+$/u, '').trim();
  if (!s || /^https?:\/\//iu.test(s) || GENERIC_BYLINE.test(s) || s.length > 120) return null;
  return s;
}

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH',
  'FIGURE', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'ADDRESS', 'HR', 'CENTER',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'SVG', 'svg', 'MATH', 'math']);
/**
 * Elements that hold a photo credit or a copyright line by their own markup (`class="credit"`,
 * `photo-credit`, `caption__credit`, `copyright`): a caption is kept, its credit is not.
 */
const CREDIT_CLASS = /(?:^|[\s_-])(?:credits?|copyright|photo-?credit|image-?credit|media-?credit)(?:$|[\s_-])/iu;

/** One paragraph of a content element and the share of its characters that sit inside links. */
export interface Block {
  text: string;
  /** 0–1: link text over all text; a related-links list is close to 1, body prose close to 0. */
  linked: number;
  /** Set apart from the running text: in a caption, figure, quote, aside, list or table. */
  boxed: boolean;
}

const BOXES = new Set(['FIGCAPTION', 'FIGURE', 'BLOCKQUOTE', 'ASIDE', 'LI', 'TD', 'TH', 'DD']);
const BOX_CLASS = /caption|quote|summary|highlight|takeaway|excerpt/iu;

/**
 * Paragraphs of a content element with their link share: each block element (p, li, blockquote,
 * h2, figcaption…) closes a paragraph, and so does a <br>; inline text between blocks becomes its
 * own paragraph. Captions are kept (the reference texts of extraction benchmarks keep them); credit
 * elements inside them are not.
 */
export function blocks(root: Node): Block[] {
  const out: Block[] = [];
  let buf = '';
  let linkBuf = '';
  let boxDepth = 0;
  const flush = (): void => {
    const t = buf.replace(/\s+/gu, ' ').trim();
    if (t) {
      const l = linkBuf.replace(/\s+/gu, ' ').trim().length;
      out.push({ text: t, linked: Math.min(1, l / t.length), boxed: boxDepth > 0 });
    }
    buf = '';
    linkBuf = '';
  };
  const walk = (node: Node, inLink: boolean): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        buf += c.nodeValue ?? '';
        if (inLink) linkBuf += c.nodeValue ?? '';
      } else if (c.nodeType === 1) {
        const el = c as Element;
        const tag = el.tagName;
        if (SKIP.has(tag)) continue;
        const upper = tag.toUpperCase();
        const cls = el.getAttribute('class');
        if (cls && CREDIT_CLASS.test(cls)) continue;
        // Links to another place on the same page (a table of contents, footnotes) are not links away.
        const link = inLink || (upper === 'A' && !(el.getAttribute('href') ?? '').startsWith('#'));
        if (tag === 'BR') flush();
        else {
          const boxed = BOXES.has(upper) || (cls !== null && BOX_CLASS.test(cls));
          if (boxed) boxDepth++;
          if (BLOCKS.has(upper) || upper === 'FIGCAPTION') {
            flush();
            walk(c, link);
            flush();
          } else walk(c, link);
          if (boxed) boxDepth--;
        }
      }
    }
  };
  walk(root, false);
  flush();
  return out;
}

/** The paragraph texts of {@link blocks}, for callers that need no link share. */
export function blockTexts(root: Node): string[] {
  return blocks(root).map((b) => b.text);
}

function ldBody(node: LdNode | null): string | null {
  const body = node?.['articleBody'];
  return typeof body === 'string' && body.trim() ? body.trim() : null;
}

/** A body is complete when it does not end in a cut-off mark ("…", "[...]", "Read more"). */
function looksComplete(body: string): boolean {
  return !/(?:\.\.\.|…|\[\.\.\.\]|read more)\s*$/iu.test(body);
}

/**
 * Extract the article of a page. The document is cloned first: Readability rewrites the DOM it
 * parses, and the caller's document may be the live page.
 */
export function extractArticle(doc: Document, url: string): ExtractedArticle {
  const ld = readJsonLd(doc);
  const art = ldArticle(ld);
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(clone, { serializer: (n) => n, keepClasses: true }).parse();
  } catch {
    parsed = null;
  }

  const read = parsed?.content ? blocks(parsed.content) : [];
  const readLen = read.reduce((s, p) => s + p.text.length, 0);
  const body = ldBody(art);
  const cleaned =
    body && looksComplete(body) && body.length > readLen * 1.3
      ? cleanText(body.split(/\n+/u))
      : cleanText(read.map((b) => b.text), { linked: read.map((b) => b.linked), boxed: read.map((b) => b.boxed) });

  const publisher = art ? ldName(art['publisher']) : null;
  const ldLang = art && typeof art['inLanguage'] === 'string' ? (art['inLanguage'] as string) : null;
  const ldUrl = art
    ? typeof art['url'] === 'string'
      ? (art['url'] as string)
      : ldName((art['mainEntityOfPage'] as LdNode | undefined)?.['@id']) ??
        (typeof art['mainEntityOfPage'] === 'string' ? (art['mainEntityOfPage'] as string) : null)
    : null;

  const title =
    parsed?.title?.trim() || (art ? ldName(art['headline']) : null) || metaContent(doc, 'og:title') || doc.title.trim() || null;
  const byline =
    cleanByline(parsed?.byline) ??
    cleanByline(art ? ldName(art['author']) : null) ??
    cleanByline(metaContent(doc, 'author', 'article:author', 'parsely-author', 'dc.creator', 'sailthru.author')) ??
    cleaned.byline;
  const published =
    toIsoDate(parsed?.publishedTime) ??
    toIsoDate(art ? (art['datePublished'] as string | undefined) : null) ??
    toIsoDate(metaContent(doc, 'article:published_time', 'datePublished', 'parsely-pub-date', 'pubdate', 'publishdate', 'dc.date', 'date', 'sailthru.date')) ??
    toIsoDate(
      (doc.querySelector('time[itemprop~="datePublished"], time[pubdate], article time[datetime]') ??
        doc.querySelector('time[datetime]'))?.getAttribute('datetime'),
    ) ??
    cleaned.published;
  const modified =
    toIsoDate(art ? (art['dateModified'] as string | undefined) : null) ??
    toIsoDate(metaContent(doc, 'article:modified_time', 'og:updated_time', 'dateModified', 'last-modified'));
  const canonicalUrl =
    absolute(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), url) ??
    absolute(metaContent(doc, 'og:url'), url) ??
    absolute(ldUrl, url);
  const lang =
    parsed?.lang?.trim() ||
    doc.documentElement?.getAttribute('lang')?.trim() ||
    ldLang ||
    metaContent(doc, 'content-language', 'og:locale')?.replace('_', '-') ||
    null;

  return {
    title,
    siteName: parsed?.siteName?.trim() || publisher || metaContent(doc, 'og:site_name') || cleaned.source || null,
    byline,
    published,
    modified,
    canonicalUrl,
    lang,
    paragraphs: cleaned.paragraphs,
    excerpt: parsed?.excerpt?.trim() || metaContent(doc, 'og:description', 'description') || null,
  };
}

/** Extraction from HTML with the caller's parser (DOMParser in a page, jsdom in Node). */
export function extractFromHtml(html: string, url: string, parse: (html: string) => Document): ExtractedArticle {
  return extractArticle(parse(html), url);
}


/**
 * The stored Article for an extraction: the outlet is the page's site name, the address its
 * canonical one (so the same story read through two tracking links is one article), the text the
 * cleaned paragraphs joined by blank lines, as quote offsets expect.
 */
export function articleFromExtraction(
  x: ExtractedArticle,
  init: { id: string; url: string | null; origin: ArticleOrigin; addedAt: number },
): Article {
  return {
    id: init.id,
    title: x.title,
    source: x.siteName,
    byline: x.byline,
    published: x.published,
    url: x.canonicalUrl ?? init.url,
    lang: x.lang,
    text: x.paragraphs.join('\n\n'),
    origin: init.origin,
    addedAt: init.addedAt,
  };
}
