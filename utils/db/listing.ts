/**
 * The options page's listing: one small row per article (what the table shows and its filters
 * need, never the text), kept in step with `articles` inside the corpus writes (corpus.ts), so a
 * page of rows, a filtered count and the ids of a bulk delete read this store alone, by index,
 * and cost what the page or the matches cost, not the corpus.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { fold } from '../text/normalize';
import type { Article, ArticleOrigin } from '../types';
import type { CrossreadDB, Db } from './schema';

/** One article as the listing keeps it. Keys the indexes need are never null ('' stands for none). */
export interface StoredListingRow {
  id: string;
  title: string | null;
  /** The first words of the text, for an article without a title. */
  lead: string | null;
  url: string | null;
  /** The outlet as stored (null when unknown); `outlet` is its index key. */
  source: string | null;
  outlet: string;
  /** The feed source id (`feed.sourceId`), '' for an article not from a feed. */
  feed: string;
  origin: ArticleOrigin;
  published: string | null;
  /** The day of `published` (YYYY-MM-DD), '' when unknown: the date sort and the date range. */
  day: string;
  addedAt: number;
  /** The title's folded form, the title sort's key. */
  titleKey: string;
  /** Folded words of the title, the outlet and the URL: the search box's index (multiEntry). */
  words: string[];
}

/** How the table can be ordered: by when an article was added, its publication day, or its title. */
export type ListingSortKey = 'added' | 'published' | 'title';
export interface ListingSort {
  key: ListingSortKey;
  descending: boolean;
}

/** What the table can be narrowed to. Every field is optional; all given ones must hold. */
export interface ListingFilter {
  /** An outlet name as stored ('' for articles with no outlet). */
  outlet?: string | null;
  /** A feed source id ('' for articles not from a feed). */
  feed?: string | null;
  origin?: ArticleOrigin | null;
  /** Publication days, inclusive (YYYY-MM-DD); an article with no known date is outside any range. */
  from?: string | null;
  to?: string | null;
  /** Words each of which must begin a word of the title, the outlet or the URL. */
  search?: string | null;
}

/** Where a page ended: the last row's sort value and id. The next page starts right after it. */
export interface ListingCursor {
  key: string | number;
  id: string;
}

export interface ListingPage {
  rows: StoredListingRow[];
  /** Where to start the next page, null when this is the last. */
  next: ListingCursor | null;
}

const SORT_FIELD = { added: 'addedAt', published: 'day', title: 'titleKey' } as const satisfies Record<ListingSortKey, keyof StoredListingRow>;
const EQUALS = ['outlet', 'feed', 'origin'] as const;
type EqualsField = (typeof EQUALS)[number];
/** Index names: the sort alone (`added`…), and each equality filter before the sort (`outlet-added`…). */
export type ListingIndex = ListingSortKey | `${EqualsField}-${ListingSortKey}` | 'words';
/** The indexes' keys: [value, sort value, id] arrays, or a word. */
export type ListingIndexKey = IDBValidKey;

const MAX_WORDS = 64;
const LEAD_CHARS = 100;

/** The search box's words, folded as the listing folds titles (a word is letters and digits). */
export function searchWords(text: string): string[] {
  return [...new Set(fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))];
}

/** The listing row of an article: what the table shows, the keys of its sorts and filters, its search words. */
export function listingRow(a: Article): StoredListingRow {
  const day = a.published && /^\d{4}-\d{2}-\d{2}/.test(a.published) ? a.published.slice(0, 10) : '';
  const words = searchWords([a.title ?? '', a.source ?? '', a.url ?? ''].join(' ')).slice(0, MAX_WORDS);
  return {
    id: a.id,
    title: a.title,
    lead: a.title ? null : a.text.slice(0, LEAD_CHARS),
    url: a.url,
    source: a.source,
    outlet: a.source ?? '',
    feed: a.feed?.sourceId ?? '',
    origin: a.origin,
    published: a.published,
    day,
    addedAt: a.addedAt,
    titleKey: fold(a.title ?? a.text.slice(0, LEAD_CHARS)).trim(),
    words,
  };
}

/**
 * Schema version 7's step for the listing: the store with an index per sort ([value, id], so ties
 * keep one order and a page resumes exactly after its last row), one per equality filter and sort,
 * and the search words; filled from the stored articles by a cursor inside the upgrade's own
 * transaction (a failure aborts the upgrade, and the database stays at its old version).
 */
export function createListingStore(db: IDBPDatabase<CrossreadDB>, tx: IDBPTransaction<CrossreadDB, ArrayLike<StoreNames<CrossreadDB>>, 'versionchange'>): void {
  const store = db.createObjectStore('listing', { keyPath: 'id' });
  for (const [sort, field] of Object.entries(SORT_FIELD)) {
    store.createIndex(sort as ListingSortKey, [field, 'id']);
    for (const eq of EQUALS) store.createIndex(`${eq}-${sort as ListingSortKey}`, [eq, field, 'id']);
  }
  store.createIndex('words', 'words', { multiEntry: true });
  void fillListing(tx).catch(() => {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
  });
}

async function fillListing(tx: IDBPTransaction<CrossreadDB, ArrayLike<StoreNames<CrossreadDB>>, 'versionchange'>): Promise<void> {
  const listing = tx.objectStore('listing');
  for (let c = await tx.objectStore('articles').openCursor(); c; c = await c.continue()) void listing.put(listingRow(c.value));
}

type Key = (string | number)[];
/** An array key sorts after every string and number: the end of a prefix's range. */
const END: Key = [[] as unknown as string];

/** The index range for a prefix (the equality filter's value), a sort-value range and a cursor. */
function rangeOf(prefix: Key, lo: string | null, hi: string | null, after: ListingCursor | null, descending: boolean): IDBKeyRange | null {
  let lower: Key | null = lo !== null ? [...prefix, lo] : prefix.length ? prefix : null;
  let upper: Key | null = hi !== null ? [...prefix, hi, ...END] : prefix.length ? [...prefix, ...END] : null;
  let lowerOpen = false;
  let upperOpen = false;
  if (after && !descending) [lower, lowerOpen] = [[...prefix, after.key, after.id], true];
  if (after && descending) [upper, upperOpen] = [[...prefix, after.key, after.id], true];
  if (lower && upper) return IDBKeyRange.bound(lower, upper, lowerOpen, upperOpen);
  if (lower) return IDBKeyRange.lowerBound(lower, lowerOpen);
  if (upper) return IDBKeyRange.upperBound(upper, upperOpen);
  return null;
}

const given = (v: string | null | undefined): v is string => typeof v === 'string';
/** A date bound: an empty one sets nothing. */
const dated = (v: string | null | undefined): v is string => typeof v === 'string' && v !== '';

/** The equality filters a query sets, as [field, value]. */
function equalities(f: ListingFilter): [EqualsField, string][] {
  return EQUALS.flatMap((k) => (given(f[k]) ? [[k, f[k]] as [EqualsField, string]] : []));
}

/** Whether a row passes every filter (the ones its index did not apply already are checked again; cheap). */
function passes(row: StoredListingRow, f: ListingFilter, words: string[]): boolean {
  for (const [k, v] of equalities(f)) if (row[k] !== v) return false;
  if ((dated(f.from) || dated(f.to)) && (row.day === '' || (dated(f.from) && row.day < f.from) || (dated(f.to) && row.day > f.to))) return false;
  return words.every((w) => row.words.some((rw) => rw.startsWith(w)));
}

/** The range of index entries whose words begin with `w`. */
const prefixRange = (w: string) => IDBKeyRange.bound(w, `${w}\uffff`);

/**
 * How to read a query: the index (the most selective equality filter, when there is one, before
 * the sort; the date range narrows the sort's values when the sort is by date) and its range.
 */
async function plan(db: Db, f: ListingFilter, sort: ListingSort): Promise<{ index: ListingIndex; prefix: Key; lo: string | null; hi: string | null; exact: boolean }> {
  const eqs = equalities(f);
  let chosen: [EqualsField, string] | null = null;
  if (eqs.length > 1) {
    const tx = db.transaction('listing');
    const counts = await Promise.all(eqs.map(([k, v]) => tx.store.index(`${k}-added`).count(IDBKeyRange.bound([v], [v, ...END]))));
    chosen = eqs[counts.indexOf(Math.min(...counts))]!;
  } else chosen = eqs[0] ?? null;
  const inRange = dated(f.from) || dated(f.to);
  const byDay = sort.key === 'published';
  // '0' sorts after '' (no known day) and before every day.
  const lo = byDay && inRange ? (dated(f.from) ? f.from : '0') : null;
  const hi = byDay && dated(f.to) ? f.to : null;
  return {
    index: chosen ? `${chosen[0]}-${sort.key}` : sort.key,
    prefix: chosen ? [chosen[1]] : [],
    lo,
    hi,
    // The index range alone decides: no other filter, no search, no date range left to check.
    exact: eqs.length <= 1 && searchWords(f.search ?? '').length === 0 && (!inRange || byDay),
  };
}

/** The sort value of a row, as its cursor keeps it. */
const sortValue = (row: StoredListingRow, sort: ListingSort): string | number => row[SORT_FIELD[sort.key]];

/** Row order of a sort: its value, then the id (the indexes' own order). */
function compare(a: StoredListingRow, b: StoredListingRow, sort: ListingSort): number {
  const x = sortValue(a, sort);
  const y = sortValue(b, sort);
  const c = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return sort.descending ? -c : c;
}

/**
 * The rows a search's words match, from the index of its rarest word (counted first, so the read
 * costs the matches of that word, not the corpus), the other words and the filters checked on each.
 */
async function searched(db: Db, f: ListingFilter, words: string[]): Promise<StoredListingRow[]> {
  const index = db.transaction('listing').store.index('words');
  const counts = await Promise.all(words.map((w) => index.count(prefixRange(w))));
  const rarest = words[counts.indexOf(Math.min(...counts))]!;
  const seen = new Set<string>();
  const rows: StoredListingRow[] = [];
  for (const row of await db.getAllFromIndex('listing', 'words', prefixRange(rarest))) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    if (passes(row, f, words)) rows.push(row);
  }
  return rows;
}

/** After a cursor in a sort's order. */
function isAfter(row: StoredListingRow, after: ListingCursor, sort: ListingSort): boolean {
  const x = sortValue(row, sort);
  const c = x < after.key ? -1 : x > after.key ? 1 : row.id < after.id ? -1 : row.id > after.id ? 1 : 0;
  return sort.descending ? c < 0 : c > 0;
}

const cursorOf = (row: StoredListingRow, sort: ListingSort): ListingCursor => ({ key: sortValue(row, sort), id: row.id });

/**
 * One page of the listing: up to `limit` rows in the sort's order (ties by id), starting after
 * `after`, that pass the filter; and the cursor of the next page. Reads the rows of this page
 * (and, with filters the index does not apply, the rows it skips), never the articles.
 */
export async function listingPage(db: Db, f: ListingFilter, sort: ListingSort, after: ListingCursor | null, limit: number): Promise<ListingPage> {
  const words = searchWords(f.search ?? '');
  if (words.length) {
    const rows = (await searched(db, f, words)).filter((r) => !after || isAfter(r, after, sort)).sort((a, b) => compare(a, b, sort));
    const page = rows.slice(0, limit);
    return { rows: page, next: rows.length > limit ? cursorOf(page[page.length - 1]!, sort) : null };
  }
  const p = await plan(db, f, sort);
  const rows: StoredListingRow[] = [];
  const tx = db.transaction('listing');
  let more = false;
  for (let c = await tx.store.index(p.index).openCursor(rangeOf(p.prefix, p.lo, p.hi, after, sort.descending), sort.descending ? 'prev' : 'next'); c; c = await c.continue()) {
    if (!passes(c.value, f, [])) continue;
    if (rows.length === limit) {
      more = true;
      break;
    }
    rows.push(c.value);
  }
  return { rows, next: more ? cursorOf(rows[rows.length - 1]!, sort) : null };
}

/**
 * The ids of every row that passes the filter (a bulk delete's, a count's): by the index range
 * alone when it says everything (keys only, no rows read), else by walking the range's rows.
 */
export async function listingIds(db: Db, f: ListingFilter): Promise<string[]> {
  const words = searchWords(f.search ?? '');
  if (words.length) return (await searched(db, f, words)).map((r) => r.id);
  // The date sort's indexes let a date range narrow the walk.
  const p = await plan(db, f, { key: 'published', descending: false });
  const range = rangeOf(p.prefix, p.lo, p.hi, null, false);
  const index = db.transaction('listing').store.index(p.index);
  if (p.exact) return (await index.getAllKeys(range)).map(String);
  const ids: string[] = [];
  for (let c = await index.openCursor(range); c; c = await c.continue()) if (passes(c.value, f, [])) ids.push(c.value.id);
  return ids;
}

/** How many rows pass the filter: an index count when the index range says everything. */
export async function countListing(db: Db, f: ListingFilter): Promise<number> {
  const p = searchWords(f.search ?? '').length ? null : await plan(db, f, { key: 'published', descending: false });
  if (p?.exact) return db.transaction('listing').store.index(p.index).count(rangeOf(p.prefix, p.lo, p.hi, null, false));
  return (await listingIds(db, f)).length;
}

/** The distinct values of one equality field with how many rows hold each (one count per value). */
export async function listingFacet(db: Db, field: EqualsField): Promise<{ value: string; count: number }[]> {
  const index = db.transaction('listing').store.index(`${field}-added`);
  const values: string[] = [];
  // Each distinct value once: jump past a value's entries after reading its first.
  for (let c = await index.openKeyCursor(); c; c = await c.continue([(c.key as Key)[0]!, ...END] as unknown as [string, number, string])) values.push(String((c.key as Key)[0]));
  const counts = await Promise.all(values.map((v) => index.count(IDBKeyRange.bound([v], [v, ...END]))));
  return values.map((value, i) => ({ value, count: counts[i]! }));
}

/** The first and last known publication days (null when none is known). */
export async function listingDays(db: Db): Promise<{ first: string | null; last: string | null }> {
  const index = db.transaction('listing').store.index('published');
  const range = IDBKeyRange.lowerBound(['0']);
  const [first, last] = await Promise.all([index.openKeyCursor(range, 'next'), index.openKeyCursor(range, 'prev')]);
  return { first: first ? String((first.key as Key)[0]) : null, last: last ? String((last.key as Key)[0]) : null };
}
