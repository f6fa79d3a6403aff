/**
 * "Is this page an article?" — asked by the content script on every page the user opens, so it
 * must cost about a millisecond on pages that are not: it reads what the page declares about itself
 * (JSON-LD, OpenGraph), its URL, and counts prose paragraphs, and only when those disagree asks
 * Readability's cheap readerability check. No full Readability parse here.
 */

import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES, ldTypes, readJsonLd } from './jsonld';

/**
 * What kind of page this is, as far as its structure tells: an article, or one of the pages that
 * are not one story (a page of headlines — front, section, tag —, search results, a shop item, a
 * forum or Q&A thread, documentation, a sign-in wall, a video or audio page, a profile or social
 * post, a reference entry) or, when none of those fits but it is still no article, `other`.
 */
export type PageKind =
  | 'article'
  | 'headlines'
  | 'search'
  | 'product'
  | 'forum'
  | 'docs'
  | 'login'
  | 'video'
  | 'audio'
  | 'social'
  | 'reference'
  | 'other';

/** The verdict with its reasons, which the side panel shows as they are. */
export interface ArticleDetection {
  isArticle: boolean;
  /** In [0, 1]: how sure the verdict is that the page is an article. */
  confidence: number;
  kind: PageKind;
  /**
   * The verdict in a phrase a reader understands, e.g. "a list of 42 headlines" or "a forum
   * thread: 23 posts by 11 people"; for an article, "a news article".
   */
  summary: string;
  /** Short human phrases, strongest first. */
  reasons: string[];
}

/** CJK scripts say in one character what alphabets say in three: weigh them so prose counts alike. */
const DENSE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;
function proseLength(t: string): number {
  return t.length + 2 * (t.match(DENSE)?.length ?? 0);
}

/** Declared types that are an explicit "this is not one story" (a shop item or a list of stories). */
const LIST_TYPES = new Set(['Product', 'ProductGroup', 'SearchResultsPage', 'CollectionPage', 'ItemList']);

const LIST_PATH = /\/(?:search|tags?|topics?|category|categories|section|sections|author|authors|archive|archives|page\/\d+|latest|index)(?:\/|$|\.)/iu;
const SEARCH_QUERY = /[?&](?:q|query|search|s|keywords?|term)=/iu;
const DATED_PATH = /\/(?:19|20)\d{2}[/-](?:0?[1-9]|1[0-2])(?:[/-](?:0?[1-9]|[12]\d|3[01]))?(?:\/|$)/u;

function urlSignals(url: string): { score: number; reason: string | null } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { score: 0, reason: null };
  }
  const path = u.pathname.replace(/\/index\.(?:html?|php|aspx?)$/iu, '/');
  if (path === '/' || path === '') return { score: -3, reason: 'home page address' };
  if (SEARCH_QUERY.test(u.search) || /\/search(?:\/|$)/iu.test(path)) return { score: -3, reason: 'search page address' };
  if (LIST_PATH.test(path)) return { score: -2, reason: 'section or tag page address' };
  if (DATED_PATH.test(path)) return { score: 1, reason: 'dated address' };
  const parts = path.split('/').filter(Boolean);
  // "/world/", "/es/", "/sport/football/": short word-only folders are section fronts, not stories.
  if (path.endsWith('/') && parts.length <= 2 && parts.every((p) => /^[\p{L}]{1,20}$/u.test(p))) {
    return { score: -2, reason: 'section front address' };
  }
  const last = parts.pop() ?? '';
  if (last.replace(/\.\w+$/u, '').split(/[-_]/u).filter((w) => /\p{L}/u.test(w)).length >= 4) {
    return { score: 1, reason: 'headline-like address' };
  }
  return { score: 0, reason: null };
}

function metaContent(doc: Document, property: string): string | null {
  return doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content')?.trim() ?? null;
}

/**
 * Decide whether the page is an article. Signals add up (declared type strongest, then the
 * address, then the prose on the page); isProbablyReaderable breaks ties only.
 */
export function detectArticle(doc: Document, url: string): ArticleDetection {
  const reasons: Array<[number, string]> = [];
  const add = (w: number, why: string): void => {
    reasons.push([w, why]);
  };

  // 1. What the page declares.
  const types = readJsonLd(doc).flatMap(ldTypes);
  const articleType = types.find((t) => ARTICLE_TYPES.has(t));
  const otherType = types.find((t) => NON_ARTICLE_TYPES.has(t));
  if (articleType) add(3, `JSON-LD says ${articleType}`);
  else if (otherType) add(LIST_TYPES.has(otherType) ? -4 : -2, `JSON-LD says ${otherType}`);
  const og = metaContent(doc, 'og:type')?.toLowerCase() ?? null;
  if (og === 'article' || og === 'blog' || og === 'news') add(2, `og:type is ${og}`);
  else if (og && /^(?:product|profile|video|music|book|place|business)/u.test(og)) add(-2, `og:type is ${og}`);
  if (metaContent(doc, 'article:published_time')) add(1, 'has a publication time');

  // 2. The address.
  const u = urlSignals(url);
  if (u.reason) add(u.score, u.reason);

  // 3. The prose actually on the page: paragraphs, preformatted text, and text broken by <br>s.
  const body = doc.body;
  let prose = 0;
  let proseChars = 0;
  let denseChars = 0;
  if (body) {
    const blocks = new Set<Element>();
    // Static lists (querySelectorAll): live collections are slow to walk in some DOMs.
    for (const p of Array.from(body.querySelectorAll('p, pre')).slice(0, 400)) blocks.add(p);
    for (const br of Array.from(body.querySelectorAll('br')).slice(0, 400)) {
      const parent = br.parentElement;
      if (parent && parent.tagName !== 'P') blocks.add(parent);
    }
    for (const p of blocks) {
      const t = (p.textContent ?? '').trim();
      const len = proseLength(t);
      if (len < 80 || !/[.!?。！？…]/u.test(t)) continue;
      let linkChars = 0;
      for (const a of Array.from(p.querySelectorAll('a'))) linkChars += (a.textContent ?? '').length;
      if (linkChars > t.length * 0.5) continue;
      prose++;
      proseChars += len;
      denseChars += len - t.length;
    }
  }
  // Some pages (older CMSes, plain documents) write paragraphs as bare text in <div>s. Looked for
  // only when <p>s found little, so article pages with proper markup never pay for the walk.
  if (body && prose < 3) {
    for (const el of Array.from(body.querySelectorAll('div, td, section, article')).slice(0, 1500)) {
      let own = '';
      for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += c.nodeValue ?? '';
      own = own.replace(/\s+/gu, ' ').trim();
      const len = proseLength(own);
      if (len < 80 || !/[.!?。！？…]/u.test(own)) continue;
      prose++;
      proseChars += len;
      denseChars += len - own.length;
    }
  }
  if (prose >= 5 && proseChars >= 1500) add(2, `${prose} paragraphs of prose`);
  else if (prose >= 3 && proseChars >= 600) add(1, `${prose} paragraphs of prose`);
  else if (proseChars < 300) add(-2, prose === 0 ? 'no paragraphs of prose' : 'little prose');

  if (body) {
    const articles = body.querySelectorAll('article').length;
    if (articles >= 5) add(-1, `${articles} teaser blocks`);
    else if (articles >= 1 && proseChars >= 800) add(1, 'an <article> with prose');
    // Lists of stories show their headlines as links: a front, a section or a search page.
    let linkedHeads = 0;
    for (const h of Array.from(body.querySelectorAll('h2, h3, h4'))) {
      const t = (h.textContent ?? '').trim();
      const a = h.querySelector('a');
      if (a && t && (a.textContent ?? '').trim().length >= t.length * 0.8) linkedHeads++;
    }
    if (linkedHeads >= 6 && proseChars < 4000) add(-2, `${linkedHeads} linked headlines`);
    if (doc.querySelector('input[type="password"]') && proseChars < 600) add(-6, 'a sign-in wall, no article text');
    // Link density needs all of the page's text: only asked when the prose is short anyway.
    if (proseChars < 3000) {
      const all = (body.textContent ?? '').replace(/\s+/gu, ' ').length;
      let linked = 0;
      for (const a of Array.from(body.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/gu, ' ').length;
      if (all > 200 && linked / all > 0.5) add(-2, 'mostly links');
    }
  }

  // 4. Tie-breaker: Readability's own quick check, only when the cheap signals leave it open.
  let score = reasons.reduce((s, [w]) => s + w, 0);
  if (score > -3 && score < 3 && body) {
    // Its length threshold is made for alphabets; scale it down for CJK prose as proseLength does.
    const dense = denseChars > proseChars * 0.4;
    const ok = isProbablyReaderable(doc, dense ? { minContentLength: 50 } : {});
    add(ok ? 2 : -2, ok ? 'Readability finds enough text' : 'Readability finds too little text');
    score += ok ? 2 : -2;
  }

  const confidence = Math.round((1 / (1 + Math.exp(-0.9 * score))) * 100) / 100;
  return {
    isArticle: score > 0,
    confidence,
    kind: score > 0 ? 'article' : 'other',
    summary: score > 0 ? 'a news article' : 'a page that is not one story',
    reasons: reasons.sort((a, b) => Math.abs(b[0]) - Math.abs(a[0])).map(([, r]) => r),
  };
}
