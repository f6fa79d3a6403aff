/**
 * The options page's view of the corpus, a page at a time: rows read from the listing store
 * (utils/db/listing.ts), never the articles, with the filtered count, the corpus count and the
 * filter menus' values; and a delete of everything a filter (or search) matches, handed to the
 * engine's removal path in batches, so quotes, stories, statements, the match index and the search
 * follow as for any removal. What the background receives is checked here: bad input gets a clear
 * error and changes nothing.
 */
import { countArticles } from '../db/corpus';
import { countListing, listingDays, listingFacet, listingIds, listingPage, type ListingCursor, type ListingFilter, type ListingSort, type StoredListingRow } from '../db/listing';
import type { Db } from '../db/schema';
import { allSources } from '../db/sources';
import { english, type I18n } from '../i18n/translate';
import type { ArticleOrigin } from '../types';

export type { ListingCursor, ListingFilter, ListingSort, ListingSortKey } from '../db/listing';

/** Rows on one page of the table: enough to scan, few enough that a page costs the same at any corpus size. */
export const LISTING_PAGE_SIZE = 50;
const MAX_PAGE = 200;
/** Articles removed per write of a bulk delete: each batch all or nothing, and other writes (a feed's) get their turn between. */
export const DELETE_BATCH = 500;

/** What the table asks for: a filter, a sort, where the page starts (null: the first page) and how many rows. */
export interface ListingQuery {
  filter: ListingFilter;
  sort: ListingSort;
  after: ListingCursor | null;
  limit: number;
  /** Send the filter menus' values too (on the first read and after the corpus changed). */
  facets: boolean;
}

/** One row of the table: what it shows and links to. */
export interface ListingRowView {
  id: string;
  title: string | null;
  /** The first words of the text, shown for an article without a title. */
  lead: string | null;
  url: string | null;
  source: string | null;
  origin: ArticleOrigin;
  published: string | null;
  /** The feed it came from (its id), or null. */
  feed: string | null;
  addedAt: number;
}

/** The values the filter menus offer, each with how many articles have it. */
export interface ListingFacets {
  /** Outlets; '' is "no outlet". */
  outlets: { value: string; count: number }[];
  /** Feed sources with the title the reader knows them by ('' is "not from a feed"). */
  feeds: { value: string; title: string | null; count: number }[];
  origins: { value: ArticleOrigin; count: number }[];
  /** The first and last publication days in the corpus, for the date fields' bounds. */
  days: { first: string | null; last: string | null };
}

export interface ListingAnswer {
  rows: ListingRowView[];
  /** Where the next page starts, null on the last page. */
  next: ListingCursor | null;
  /** Articles the filter matches. */
  total: number;
  /** Articles in the corpus. */
  corpus: number;
  facets: ListingFacets | null;
}

const SORT_KEYS = ['added', 'published', 'title'] as const;
const ORIGINS: readonly ArticleOrigin[] = ['bundled', 'import', 'read', 'feed'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A filter from what a page sent: unknown fields ignored, a wrong value refused with what is wrong. */
export function parseFilter(data: unknown): ListingFilter {
  if (data === undefined || data === null) return {};
  if (!isObject(data)) throw new Error('The listing filter must be an object.');
  const text = (k: string): string | null => {
    const v = data[k];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string' || v.length > 500) throw new Error(`The listing filter's ${k} must be a string of 500 characters at most.`);
    return v;
  };
  const day = (k: 'from' | 'to'): string | null => {
    const v = text(k);
    if (v === null || v === '') return null;
    if (!DAY.test(v)) throw new Error(`The listing filter's ${k} must be a day written YYYY-MM-DD, not "${v}".`);
    return v;
  };
  const origin = text('origin');
  if (origin !== null && origin !== '' && !ORIGINS.includes(origin as ArticleOrigin)) throw new Error(`The listing filter's origin must be one of ${ORIGINS.join(', ')}.`);
  const search = text('search')?.trim() || null;
  return { outlet: text('outlet'), feed: text('feed'), origin: (origin || null) as ArticleOrigin | null, from: day('from'), to: day('to'), search };
}

/** A listing query from what a page sent (null: the first page, newest first, no filter). */
export function parseListingQuery(data: unknown): ListingQuery {
  const d = isObject(data) ? data : {};
  if (data !== null && data !== undefined && !isObject(data)) throw new Error('uiListArticles needs an object or null.');
  const sortIn = isObject(d['sort']) ? d['sort'] : {};
  const key = sortIn['key'] ?? 'added';
  if (!SORT_KEYS.includes(key as (typeof SORT_KEYS)[number])) throw new Error(`The listing sort must be one of ${SORT_KEYS.join(', ')}.`);
  const sort: ListingSort = { key: key as ListingSort['key'], descending: sortIn['descending'] === undefined ? key !== 'title' : sortIn['descending'] === true };
  let after: ListingCursor | null = null;
  const a = d['after'];
  if (a !== undefined && a !== null) {
    if (!isObject(a) || typeof a['id'] !== 'string' || (typeof a['key'] !== 'string' && typeof a['key'] !== 'number')) throw new Error('The listing cursor must be { key, id } as a page gave it.');
    after = { key: a['key'], id: a['id'] };
  }
  const limit = d['limit'] === undefined ? LISTING_PAGE_SIZE : Number(d['limit']);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new Error(`The listing limit must be a whole number from 1 to ${MAX_PAGE}.`);
  return { filter: parseFilter(d['filter']), sort, after, limit, facets: d['facets'] === true };
}

function rowView(r: StoredListingRow): ListingRowView {
  return { id: r.id, title: r.title, lead: r.lead, url: r.url, source: r.source, origin: r.origin, published: r.published, feed: r.feed || null, addedAt: r.addedAt };
}

/** The filter menus' values: outlets, feeds (titled from the followed sources), origins, the date bounds. */
export async function listingFacets(db: Db): Promise<ListingFacets> {
  const [outlets, feeds, origins, days, sources] = await Promise.all([listingFacet(db, 'outlet'), listingFacet(db, 'feed'), listingFacet(db, 'origin'), listingDays(db), allSources(db)]);
  const titles = new Map(sources.map((s) => [s.id, s.title ?? s.feedUrl]));
  return {
    outlets,
    feeds: feeds.map((f) => ({ ...f, title: f.value ? (titles.get(f.value) ?? null) : null })),
    origins: origins.map((o) => ({ value: o.value as ArticleOrigin, count: o.count })),
    days,
  };
}

/** One page of the table with its counts (and the menus' values when asked). */
export async function listArticlePage(db: Db, q: ListingQuery): Promise<ListingAnswer> {
  const [page, total, corpus, facets] = await Promise.all([
    listingPage(db, q.filter, q.sort, q.after, q.limit),
    countListing(db, q.filter),
    countArticles(db),
    q.facets ? listingFacets(db) : null,
  ]);
  return { rows: page.rows.map(rowView), next: page.next, total, corpus, facets };
}

/**
 * Removes every article the filter matches, through `remove` (the engine's removal path) in
 * batches. `expected` is the count the reader was shown and confirmed: when the corpus changed
 * since (a feed added a matching article, another page deleted some), nothing is removed and the
 * error says to look again, so a confirmation never covers articles the reader did not see counted.
 * An empty filter is refused: clearing the corpus is its own action.
 */
export async function deleteMatching(db: Db, filter: ListingFilter, expected: number, remove: (ids: readonly string[]) => Promise<void>, i18n: I18n = english): Promise<{ removed: number }> {
  if (!Object.values(filter).some((v) => v !== null && v !== undefined)) throw new Error(i18n.t('opt_bulk_no_filter'));
  const ids = await listingIds(db, filter);
  if (ids.length !== expected) throw new Error(i18n.plural('opt_bulk_changed', ids.length));
  for (let i = 0; i < ids.length; i += DELETE_BATCH) await remove(ids.slice(i, i + DELETE_BATCH));
  return { removed: ids.length };
}
