/**
 * Atom 1.0 (and the Atom 0.3 namespace) to a ParsedFeed: entries with their alternate link, id,
 * published-or-updated date, authors (the feed's when an entry has none, as RFC 4287 says), and
 * content by its type — text, escaped HTML or inline XHTML. Atom links are also read inside RSS
 * (`atom:link rel="self"`), so the link rule lives here.
 */
import { feedDate } from './dates';
import { finishItem, joinAuthors } from './item';
import { MAX_FIELD_CHARS, MAX_ITEMS, MAX_TEXT_CHARS, MAX_TITLE_CHARS } from './limits';
import { bodyText } from './text';
import type { FeedItem, ParsedFeed } from './types';
import {
  attr, baseAt, child, childrenNamed, dateText, descendants, fieldParagraphs, fieldText, is, normLang, rawText,
  resolveUrl, xmlLang, type Ns, type XmlElement,
} from './xml';

/** Atom elements: in the Atom namespace, or unprefixed in a document that forgot to declare it. */
const A: readonly Ns[] = ['atom', ''];

/**
 * The href of the Atom link with relation `rel` among `el`'s children, absolute, or null. For
 * "alternate" a link without rel counts, and an HTML one is preferred.
 */
export function atomLink(el: XmlElement, rel: string, base: string | null, spaces: readonly Ns[] = ['atom']): string | null {
  const links = childrenNamed(el, spaces, 'link').filter((l) => attr(l, 'href') !== null);
  const matching = links.filter((l) => (attr(l, 'rel')?.trim().toLowerCase() || 'alternate') === rel);
  const best = rel === 'alternate' ? (matching.find((l) => /html/iu.test(attr(l, 'type') ?? 'text/html')) ?? matching[0]) : matching[0];
  return best ? resolveUrl(attr(best, 'href'), baseAt(best, base)) : null;
}

function authorsOf(el: XmlElement): string | null {
  return joinAuthors(
    childrenNamed(el, A, 'author').map((a) => fieldText(child(a, A, 'name'), MAX_FIELD_CHARS) ?? fieldText(a, MAX_FIELD_CHARS)),
  );
}

/** Paragraphs of an Atom text construct or content element, by its type; none for out-of-line content. */
function contentParagraphs(el: XmlElement | null): string[] {
  if (!el || attr(el, 'src') !== null) return [];
  const type = (attr(el, 'type') ?? 'text').trim().toLowerCase();
  if (type === 'text' || type.startsWith('text/plain')) return fieldParagraphs(el, MAX_TEXT_CHARS, true);
  if (type === 'html' || type === 'xhtml' || /html|xml/u.test(type)) return fieldParagraphs(el, MAX_TEXT_CHARS);
  return type.startsWith('text/') ? fieldParagraphs(el, MAX_TEXT_CHARS, true) : [];
}

function firstDate(...els: (XmlElement | null)[]): string | null {
  for (const el of els) {
    const d = feedDate(dateText(el));
    if (d) return d;
  }
  return null;
}

function readEntry(entry: XmlElement, base: string | null, feedAuthor: string | null, feedLang: string | null): FeedItem | null {
  let text = '';
  for (const el of [child(entry, A, 'content'), child(entry, A, 'summary'), child(entry, ['media'], 'description')]) {
    text = bodyText(contentParagraphs(el), MAX_TEXT_CHARS);
    if (text) break;
  }
  const source = child(entry, A, 'source');
  return finishItem({
    id: rawText(child(entry, A, 'id')),
    title: fieldText(child(entry, A, 'title'), MAX_TITLE_CHARS) ?? fieldText(child(entry, ['media'], 'title'), MAX_TITLE_CHARS),
    url: atomLink(entry, 'alternate', base, A),
    date: firstDate(child(entry, A, 'published'), child(entry, A, 'updated'), child(entry, ['dc'], 'date'), child(entry, A, 'issued'), child(entry, A, 'modified')),
    author: authorsOf(entry) ?? (source && authorsOf(source)) ?? joinAuthors(childrenNamed(entry, ['dc'], 'creator').map((c) => fieldText(c, MAX_FIELD_CHARS))) ?? feedAuthor,
    lang: normLang(entry.attribs['xml:lang']) ?? feedLang,
    text,
  });
}

/** Read an Atom document whose root element is `root`; `url` is where it came from, for relative links. */
export function readAtom(root: XmlElement, url: string | null): ParsedFeed {
  const site = atomLink(root, 'alternate', url, A);
  const base = site ?? atomLink(root, 'self', url, A) ?? url;
  const lang = xmlLang(root) ?? normLang(rawText(child(root, ['dc'], 'language')));
  const author = authorsOf(root);
  const items: FeedItem[] = [];
  for (const entry of descendants(root, (e) => is(e, A, 'entry'))) {
    if (items.length >= MAX_ITEMS) break;
    const item = readEntry(entry, base, author, lang);
    if (item) items.push(item);
  }
  return { kind: 'feed', format: 'atom', title: fieldText(child(root, A, 'title'), MAX_TITLE_CHARS), siteUrl: site, lang, items };
}
