/**
 * The structure of a page, measured once and cheaply, for telling a story from a page of many
 * things: how much prose sits together in one place (a story's body) against how much is spread
 * over many small blocks (teasers, posts, results); how many headlines link away; how many dates,
 * prices, code blocks, forms and players the page holds. Read by `detect.ts`; every walk is capped
 * so a huge page costs no more than a big one.
 */
import { first, proseLength, storyBody, type StoryBody } from './page-prose';
import { readDeclarations, type Declarations } from './declarations';

/** What `detect.ts` decides on. Counts are capped by the walks, not exact on huge pages. */
export interface PageStructure extends Omit<StoryBody, 'main'> {
  /** Distinct links whose text reads like a headline (four words or more), outside the main group. */
  headlineLinks: number;
  /** Headings that are links (or links that hold a heading): the teasers of a list of stories. */
  linkedHeadings: number;
  /** Characters of all the body's text, and of the text inside links. */
  textChars: number;
  linkChars: number;
  /** `<time>` elements. */
  times: number;
  /** Password fields. */
  passwordFields: number;
  /** Players and embedded players. */
  players: number;
  /** `<pre>` blocks and code. */
  codeBlocks: number;
  /** Price-like strings and "add to cart"-like controls. */
  prices: number;
  cartControls: number;
  /** Containers whose class or id names a post, comment, reply or answer, and their parents' largest count. */
  postBlocks: number;
  /** schema.org microdata types (itemtype), short names. */
  microdataTypes: string[];
  /** Whether the page names an author anywhere: metadata, rel/itemprop author, a byline or author element, JSON-LD. */
  hasAuthor: boolean;
  /** Where the page states when it was published, if anywhere: metadata, a <time>, or a date near the top. */
  dateSource: 'metadata' | 'time element' | 'text' | null;
}

const WORDS = /[\p{L}\p{N}]+/gu;
const PRICE = /(?:[$€£¥₹₩]\s?\d{1,6}(?:[.,]\d{2})?\b|\b\d{1,6}(?:[.,]\d{2})?\s?(?:€|EUR|USD|GBP|£|\$|円|元|원|zł|kr)(?![\p{L}\p{N}]))/gu;
const CART = /\b(?:add to (?:cart|basket|bag|trolley)|buy now|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello|comprar ahora|kaufen|acheter|in winkelwagen|カートに入れる|购买|立即购买)\b/iu;
const POST_CLASS = /(?:^|[\s_-])(?:post|posts|comment|comments|reply|replies|answer|answers|message|postbody|post-body|thing|entry-comment|topic-post)(?:$|[\s_-])/iu;

const DATE_META = [
  'article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'publish-date',
  'parsely-pub-date', 'sailthru.date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'article.published', 'cxenseparse:recs:publishtime',
].map((k) => `meta[property="${k}" i], meta[name="${k}" i], meta[itemprop="${k}" i]`).join(', ');
/** A full date written as people write it: "12 March 2024", "March 12, 2024", "12.03.2024", "2024-03-12", "2024年3月12日". */
const WRITTEN_DATE = /\b(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\.?\s+\p{L}{3,10}\.?\s+(?:19|20)\d{2}|\p{L}{3,10}\.?\s+\d{1,2},?\s+(?:19|20)\d{2})\b|(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}/u;

/** Where the page says when it was published: its metadata, a <time> element, or a written date near the top of its text. */
const AUTHOR = 'meta[name="author" i], meta[property="article:author" i], [rel~="author" i], [itemprop~="author" i], [class*="byline" i], [class*="author" i], [data-testid*="byline" i]';

/** Whether the page names who wrote it, anywhere a page says so. */
function namesAnAuthor(doc: Document, ldText: string): boolean {
  return doc.querySelector(AUTHOR) !== null || /"author"\s*:/u.test(ldText);
}

function publicationDate(doc: Document, ldText: string, hasTime: boolean, bodyText: string): PageStructure['dateSource'] {
  if (doc.querySelector(DATE_META) || doc.querySelector('[itemprop="datePublished" i], [itemprop="dateCreated" i]')) return 'metadata';
  if (/"datePublished"\s*:/u.test(ldText)) return 'metadata';
  if (hasTime) return 'time element';
  return WRITTEN_DATE.test(bodyText.slice(0, 20_000)) ? 'text' : null;
}

/** Measure the page (`declared`: its declarations, when the caller has read them). Bounded: at most a few thousand elements of each kind are looked at. */
export function pageStructure(doc: Document, declared: Declarations = readDeclarations(doc)): PageStructure {
  const s: PageStructure = {
    prose: 0, proseChars: 0, denseChars: 0, mainParagraphs: 0, mainChars: 0, proseGroups: 0,
    headlineLinks: 0, linkedHeadings: 0, textChars: 0, linkChars: 0, times: 0,
    passwordFields: 0, players: 0, codeBlocks: 0, prices: 0, cartControls: 0,
    postBlocks: 0, microdataTypes: [], hasAuthor: false, dateSource: null,
  };
  const body = doc.body;
  if (!body) return s;

  // 1. The story's body, if there is one.
  const { main, ...prose } = storyBody(body);
  Object.assign(s, prose);

  // 2. Links: headline-like ones outside the story's body, and how much of the text is links.
  const seen = new Set<string>();
  for (const a of first(body.querySelectorAll('a[href]'), 3000)) {
    const t = (a.textContent ?? '').replace(/\s+/gu, ' ').trim();
    s.linkChars += t.length;
    if (main && main.contains(a)) continue;
    const words = t.match(WORDS)?.length ?? 0;
    const len = proseLength(t);
    if (len < 25 || len > 220 || (words < 4 && len - t.length < 24)) continue;
    const href = a.getAttribute('href') ?? '';
    if (!href || href.startsWith('#') || /^javascript:/iu.test(href)) continue;
    if (seen.has(href)) continue;
    seen.add(href);
    s.headlineLinks++;
  }
  const bodyText = body.textContent ?? '';
  s.textChars = bodyText.replace(/\s+/gu, ' ').length;
  for (const h of first(body.querySelectorAll('h1, h2, h3, h4, h5'), 800)) {
    const t = (h.textContent ?? '').trim();
    if (!t) continue;
    const a = h.querySelector('a[href]') ?? h.closest('a[href]');
    if (a && (a.textContent ?? '').trim().length >= t.length * 0.8) s.linkedHeadings++;
  }

  // 3. Dates, forms, players, code, navigation trees, prices, posts, declared microdata.
  s.times = body.querySelectorAll('time').length;
  s.passwordFields = body.querySelectorAll('input[type="password" i]').length;
  s.players = body.querySelectorAll('video, audio, iframe[src*="player" i], iframe[src*="embed" i], iframe[src*="youtube" i], iframe[src*="vimeo" i]').length;
  s.codeBlocks = body.querySelectorAll('pre, code').length;
  s.prices = Math.min(500, (bodyText.slice(0, 200_000).match(PRICE) ?? []).length);
  for (const el of first(body.querySelectorAll('button, input[type="submit" i], a[class*="cart" i], a[href*="cart" i], form[action*="cart" i], [class*="add-to-cart" i], [id*="add-to-cart" i], [class*="addtocart" i], [id*="addtocart" i]'), 300)) {
    const label = el.tagName === 'INPUT' ? el.getAttribute('value') ?? '' : (el.textContent ?? '').trim().slice(0, 80);
    if (/cart|basket|warenkorb/iu.test(`${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('action') ?? ''}`) || CART.test(label)) s.cartControls++;
  }
  const postParents = new Map<Element, number>();
  // Only elements whose names contain a post-like word are looked at (the query does the sifting).
  const postLike = ['post', 'comment', 'repl', 'answer', 'message', 'thing'].map((w) => `[class*="${w}" i], [id*="${w}" i]`).join(', ');
  for (const el of first(body.querySelectorAll(postLike), 2000)) {
    const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (!POST_CLASS.test(names)) continue;
    if ((el.textContent ?? '').length < 60) continue;
    const parent = el.parentElement;
    if (parent) postParents.set(parent, (postParents.get(parent) ?? 0) + 1);
  }
  for (const n of postParents.values()) s.postBlocks = Math.max(s.postBlocks, n);
  s.microdataTypes = [...new Set(declared.microdata.flat())];
  s.dateSource = publicationDate(doc, declared.ldText, s.times > 0, bodyText);
  s.hasAuthor = namesAnAuthor(doc, declared.ldText);
  return s;
}
