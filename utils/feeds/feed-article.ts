/**
 * A feed item becomes an article like any other: its id stable across fetches (the same guid or
 * link always gives the same article, so an item seen again updates its article), its link
 * without tracking parameters (so the page, when the reader opens it, is known as this article),
 * its outlet named from the feed.
 */
import { outletName } from '../article/outlets';
import { articleLang } from '../text/detect-lang';
import { fnv1a } from '../text/hash';
import { articleUrlKey } from '../coverage/urls';
import type { Article } from '../types';
import type { FeedItem, ParsedFeed } from './types';

/** The source a feed article belongs to, as far as turning items into articles needs. */
export interface ItemSource {
  id: string;
  feedUrl: string;
  siteUrl: string | null;
  title: string | null;
}

/** The article id of a feed item: the same source and item id always give the same article. */
export function feedArticleId(sourceId: string, itemId: string): string {
  return `feed-${fnv1a(`${sourceId}\u0000${itemId}`).toString(36)}-${fnv1a(`${itemId}\u0000${sourceId}`).toString(36)}`;
}

/** Separators outlets put between their name and a section ("BBC News - World", "World news | The Guardian"). */
const SEPARATOR = /\s+[-–—|:>»·]\s+/u;

/**
 * The outlet a feed speaks for: the part of its title that names the site (by the site's host),
 * else the title's first part, else the site's host ("BBC News - World" → "BBC News").
 */
export function outletOfFeed(title: string | null, siteUrl: string | null, feedUrl: string): string | null {
  const host = hostOf(siteUrl) ?? hostOf(feedUrl);
  const parts = (title ?? '').split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (host) {
    const stem = host.split('.').filter((p) => !/^(?:www|rss|feeds?|news|m|com|co|org|net|uk|de|fr)$/.test(p))[0] ?? '';
    const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
    const named = stem.length >= 2 ? parts.find((p) => squash(p).includes(squash(stem)) || squash(stem).includes(squash(p))) : undefined;
    if (named) return outletName(named);
  }
  if (parts[0]) return outletName(parts[0]);
  return host ? outletName(host) : null;
}

function hostOf(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  return new URL(url).hostname.replace(/^www\./, '') || null;
}

/** The article a feed item stands for, with the reader's clock as its addition time. */
export function itemArticle(item: FeedItem, feed: Pick<ParsedFeed, 'title' | 'siteUrl' | 'lang'>, source: ItemSource, addedAt: number): Article {
  return {
    id: feedArticleId(source.id, item.id),
    title: item.title,
    source: outletOfFeed(feed.title ?? source.title, feed.siteUrl ?? source.siteUrl, source.feedUrl),
    byline: item.author,
    published: item.date,
    url: articleUrlKey(item.url),
    lang: articleLang(item.lang ?? feed.lang, item.title, item.text),
    text: item.text,
    origin: 'feed',
    addedAt,
    feed: { sourceId: source.id, itemId: item.id, itemHash: itemHash(item) },
  };
}

/** What a feed says about an item, hashed: the same item unchanged gives the same hash on every fetch. */
export function itemHash(item: FeedItem): string {
  return fnv1a([item.title, item.url, item.date, item.author, item.lang, item.text].join('\u0000')).toString(36);
}
