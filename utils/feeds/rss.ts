/**
 * RSS 0.9x / 2.0 and RSS 1.0 / RDF (with 0.90) to a ParsedFeed. The formats differ in where items
 * sit (inside `<channel>`, or beside it under `<rdf:RDF>`), so items are found anywhere in the
 * document: that also survives a stray element wrapping the channel. Each item reads its own
 * children only, so an `<item/>` illegally nested inside another is a separate (and, being empty,
 * dropped) item. Namespaces: content:encoded, dc:creator / dc:date / dc:language, media:title /
 * media:description as fallbacks, atom:link.
 */
import { atomLink } from './atom';
import { feedDate } from './dates';
import { finishItem, joinAuthors } from './item';
import { MAX_FIELD_CHARS, MAX_ITEMS, MAX_TEXT_CHARS, MAX_TITLE_CHARS } from './limits';
import { bodyText } from './text';
import type { FeedItem, ParsedFeed } from './types';
import {
  attr, baseAt, child, childrenNamed, dateText, descendants, elements, fieldParagraphs, fieldText, is, normLang, rawText,
  resolveUrl, xmlLang, type Ns, type XmlElement,
} from './xml';

const P: readonly Ns[] = [''];

/** A media:* field of an item, directly or inside its media:group / media:content. */
function media(item: XmlElement, name: string): XmlElement | null {
  const direct = child(item, ['media'], name);
  if (direct) return direct;
  for (const c of elements(item)) {
    if (is(c, ['media'], 'group') || is(c, ['media'], 'content')) {
      const inner = child(c, ['media'], name) ?? media(c, name);
      if (inner) return inner;
    }
  }
  return null;
}

/** "jane@example.com (Jane Doe)" → "Jane Doe"; anything else as written. */
function authorName(el: XmlElement): string | null {
  const s = fieldText(el, MAX_FIELD_CHARS);
  return s?.match(/^\S+@\S+\s*\((.+)\)$/u)?.[1]?.trim() || s;
}

function firstDate(item: XmlElement): string | null {
  const candidates = [
    child(item, P, 'pubdate'), child(item, ['dc'], 'date'), child(item, ['dcterms'], 'issued'), child(item, ['dcterms'], 'created'),
    child(item, ['atom'], 'published'), child(item, ['atom'], 'updated'), child(item, ['dcterms'], 'modified'),
  ];
  for (const el of candidates) {
    const d = feedDate(dateText(el));
    if (d) return d;
  }
  return null;
}

function readItem(item: XmlElement, feedBase: string | null, feedLang: string | null): FeedItem | null {
  const base = baseAt(item, feedBase);
  const link = child(item, P, 'link');
  const guidEl = child(item, P, 'guid');
  const guid = guidEl ? rawText(guidEl).trim() : null;
  const permaAttr = guidEl ? attr(guidEl, 'isPermaLink')?.trim().toLowerCase() : undefined;
  // A guid is the link when it says so, or (isPermaLink defaults to true) when it is an absolute URL.
  const guidUrl = guid ? resolveUrl(guid, permaAttr === 'true' ? base : null) : null;
  let text = '';
  for (const el of [child(item, ['content'], 'encoded'), child(item, P, 'description'), media(item, 'description')]) {
    text = bodyText(fieldParagraphs(el, MAX_TEXT_CHARS), MAX_TEXT_CHARS);
    if (text) break;
  }
  return finishItem({
    id: guid,
    title: fieldText(child(item, P, 'title'), MAX_TITLE_CHARS) ?? fieldText(child(item, ['dc'], 'title'), MAX_TITLE_CHARS) ?? fieldText(media(item, 'title'), MAX_TITLE_CHARS),
    url:
      (link && resolveUrl(rawText(link), baseAt(link, feedBase))) ??
      atomLink(item, 'alternate', feedBase) ??
      (permaAttr === 'false' ? null : guidUrl) ??
      resolveUrl(attr(item, 'rdf:about'), null),
    date: firstDate(item),
    author: joinAuthors([...childrenNamed(item, ['dc'], 'creator'), ...childrenNamed(item, P, 'author')].map(authorName)),
    lang: normLang(item.attribs['xml:lang']) ?? feedLang,
    text,
  });
}

/** Read an RSS or RDF document whose root element is `root`; `url` is where it came from, for relative links. */
export function readRss(root: XmlElement, format: 'rss2' | 'rss1', url: string | null): ParsedFeed {
  const channel = is(root, P, 'channel') ? root : (child(root, P, 'channel') ?? descendants(root, (e) => is(e, P, 'channel'))[0] ?? root);
  const siteEl = child(channel, P, 'link');
  const site = (siteEl && resolveUrl(rawText(siteEl), baseAt(siteEl, url))) ?? atomLink(channel, 'alternate', url);
  const base = site ?? atomLink(channel, 'self', url) ?? url;
  const lang =
    normLang(rawText(child(channel, P, 'language'))) ?? normLang(rawText(child(channel, ['dc'], 'language'))) ?? xmlLang(channel);
  const items: FeedItem[] = [];
  for (const el of descendants(root, (e) => is(e, P, 'item'))) {
    if (items.length >= MAX_ITEMS) break;
    const item = readItem(el, base, lang);
    if (item) items.push(item);
  }
  const title = fieldText(child(channel, P, 'title'), MAX_TITLE_CHARS) ?? fieldText(child(channel, ['dc'], 'title'), MAX_TITLE_CHARS);
  return { kind: 'feed', format, title, siteUrl: site, lang, items };
}
