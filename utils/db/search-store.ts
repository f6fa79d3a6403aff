/**
 * The popup's search index in IndexedDB, read in part per query (schema version 7). Every access
 * to its stores is a function here. Writes run inside the corpus's own transactions
 * (corpus.ts calls writeSearch), so the search never disagrees with the corpus it describes, and
 * an add costs one read and one write per term (and, once in BLOCK_POSTINGS adds of a term, the write
 * of a full block), whatever the corpus's size.
 *
 * - `searchKeys`: one row per term (document frequency, the number of its last block, and that last block's
 *   postings, packed), sorted, so a prefix is a key range. The last block lives in the term's row so that
 *   adding a document reads and writes one row per term (not a row and a block), and a rare term — most
 *   terms — is read whole from its row.
 * - `searchBlocks`: [term, block] → the term's full blocks before its last, BLOCK_POSTINGS postings each
 *   at most, packed (utils/search/postings.ts).
 * - `searchDocs`: doc number → kind, article, filter values, length, and which block holds each of its terms (to take it out).
 * - `searchFacets`: [kind, value] → how many documents carry it (outlets, speakers, feeds), so the filters need no scan.
 * - `meta` rows: totals (documents, summed length, next doc number) and the fill's progress over an older corpus.
 */
import { requestList } from './requests';
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SearchDocInput } from '../search/docs';
import { BLOCK_POSTINGS, decodePostings, encodePostings, type Posting } from '../search/postings';
import type { CrossreadDB, Db } from './schema';

/** A term's row: how many documents hold it, the number of the block new postings go to, and that block. */
export interface StoredSearchKey {
  term: string;
  df: number;
  last: number;
  /** The postings of block `last`, packed (the blocks before it are in `searchBlocks`). */
  tail: Uint8Array;
}

/** One full block of a term's postings (any block but its last). */
export interface StoredSearchBlock {
  term: string;
  block: number;
  postings: Uint8Array;
}

/** One indexed document (an article or a quote): what was given to index, less its weights, under its number. */
export interface StoredSearchDoc extends Omit<SearchDocInput, 'weights'> {
  n: number;
  /** Its terms, and parallel to them the block each one's posting went to. */
  terms: string[];
  blocks: number[];
}

export type SearchFacetKind = 'outlet' | 'speaker' | 'feed';

/** How many documents carry one filter value. */
export interface StoredSearchFacet {
  kind: SearchFacetKind;
  value: string;
  count: number;
}

/** The search's totals, kept in `meta`. */
export interface SearchTotals {
  docs: number;
  length: number;
  next: number;
}

/** The fill of a corpus stored before the search was: the last article indexed, and whether it is done. */
export interface SearchFill {
  after: string | null;
  done: boolean;
}

export const SEARCH_STORES = ['searchKeys', 'searchBlocks', 'searchDocs', 'searchFacets'] as const;
export const SEARCH_TOTALS_KEY = 'searchTotals';
export const SEARCH_FILL_KEY = 'searchFill';

/** Schema version 7's step for the search: four empty stores (the engine fills them from the stored corpus, resumably). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createSearchStores(db: IDBPDatabase<any>): void {
  db.createObjectStore('searchKeys', { keyPath: 'term' });
  db.createObjectStore('searchBlocks', { keyPath: ['term', 'block'] });
  const docs = db.createObjectStore('searchDocs', { keyPath: 'n' });
  docs.createIndex('key', 'key', { unique: true });
  for (const field of ['articleId', 'source', 'feed', 'day', 'speaker']) docs.createIndex(field, field);
  db.createObjectStore('searchFacets', { keyPath: ['kind', 'value'] }).createIndex('count', ['kind', 'count']);
}

/** A read-write transaction that spans the search stores and `meta` (the corpus's own, or the fill's). */
export type SearchTx = IDBPTransaction<CrossreadDB, ArrayLike<StoreNames<CrossreadDB>>, 'readwrite'>;

const blockId = (term: string, block: number) => `${block}\u0000${term}`;

/**
 * Takes the documents of `drop` (article ids: the article's and its quotes') out of the search and
 * adds `add`, inside the caller's transaction: the batch's terms aggregated first, then one read
 * and one write per term row and block touched.
 */
export async function writeSearch(tx: SearchTx, drop: readonly string[], add: readonly SearchDocInput[]): Promise<void> {
  if (!drop.length && !add.length) return;
  const keys = tx.objectStore('searchKeys');
  const blocks = tx.objectStore('searchBlocks');
  const docs = tx.objectStore('searchDocs');
  const meta = tx.objectStore('meta');
  const byArticle = docs.index('articleId');
  const [totalsRow, oldLists] = await Promise.all([meta.get(SEARCH_TOTALS_KEY), Promise.all([...new Set(drop)].map((id) => byArticle.getAll(id)))]);
  const totals: SearchTotals = { docs: 0, length: 0, next: 1, ...((totalsRow?.value as SearchTotals | undefined) ?? {}) };
  const old = oldLists.flat();

  // Which (term, block) loses which documents; which term gains which postings.
  const removals = new Map<string, { term: string; block: number; docs: Set<number> }>();
  for (const d of old) {
    d.terms.forEach((term, i) => {
      const id = blockId(term, d.blocks[i]!);
      let r = removals.get(id);
      if (!r) removals.set(id, (r = { term, block: d.blocks[i]!, docs: new Set() }));
      r.docs.add(d.n);
    });
  }
  const numbered = add.map((d) => ({ d, n: totals.next++ }));
  const additions = new Map<string, Posting[]>();
  for (const { d, n } of numbered) for (const [term, weight] of d.weights) (additions.get(term) ?? additions.set(term, []).get(term)!).push({ doc: n, weight, length: d.length });

  const terms = [...new Set([...[...removals.values()].map((r) => r.term), ...additions.keys()])];
  const keyRows = new Map<string, StoredSearchKey>();
  (await Promise.all(terms.map((t) => keys.get(t)))).forEach((row, i) => keyRows.set(terms[i]!, row ?? { term: terms[i]!, df: 0, last: 0, tail: new Uint8Array(0) }));
  // A term's last block is in its row; only a removal from an earlier block reads that block.
  const loaded = new Map<string, { term: string; block: number; postings: Posting[] }>();
  const lastOf = (term: string) => {
    const row = keyRows.get(term)!;
    const id = blockId(term, row.last);
    if (!loaded.has(id)) loaded.set(id, { term, block: row.last, postings: decodePostings(row.tail) });
    return id;
  };
  for (const term of additions.keys()) lastOf(term);
  const full = [...removals].filter(([, r]) => r.block !== keyRows.get(r.term)!.last);
  for (const [, r] of removals) if (r.block === keyRows.get(r.term)!.last) lastOf(r.term);
  const blockRows = await Promise.all(full.map(([, r]) => blocks.get([r.term, r.block])));
  full.forEach(([id, r], i) => loaded.set(id, { term: r.term, block: r.block, postings: blockRows[i] ? decodePostings(blockRows[i].postings) : [] }));
  const changed = new Set<string>();

  for (const [id, r] of removals) {
    const b = loaded.get(id)!;
    const before = b.postings.length;
    b.postings = b.postings.filter((p) => !r.docs.has(p.doc));
    keyRows.get(r.term)!.df -= before - b.postings.length;
    changed.add(id);
  }
  const placed = new Map<number, Map<string, number>>();
  for (const [term, postings] of additions) {
    const row = keyRows.get(term)!;
    let b = loaded.get(blockId(term, row.last))!;
    for (const p of postings) {
      if (b.postings.length >= BLOCK_POSTINGS) {
        // The full last block leaves the row for a block of its own.
        changed.add(blockId(term, row.last));
        row.last++;
        b = { term, block: row.last, postings: [] };
        loaded.set(blockId(term, row.last), b);
      }
      b.postings.push(p);
      (placed.get(p.doc) ?? placed.set(p.doc, new Map()).get(p.doc)!).set(term, row.last);
      changed.add(blockId(term, row.last));
    }
    row.df += postings.length;
  }

  const work = requestList();
  for (const id of changed) {
    const b = loaded.get(id)!;
    const row = keyRows.get(b.term)!;
    // The last block goes back into the term's row; one that filled up (or lost postings) is a block of its own.
    if (b.block === row.last) row.tail = encodePostings(b.postings);
    else work.push(b.postings.length ? blocks.put({ term: b.term, block: b.block, postings: encodePostings(b.postings) }) : blocks.delete([b.term, b.block]));
  }
  for (const row of keyRows.values()) work.push(row.df > 0 ? keys.put(row) : keys.delete(row.term));
  for (const d of old) work.push(docs.delete(d.n));
  for (const { d, n } of numbered) {
    const where = placed.get(n) ?? new Map<string, number>();
    const docTerms = [...where.keys()];
    const { weights: _w, ...rest } = d;
    work.push(docs.put({ ...rest, n, terms: docTerms, blocks: docTerms.map((t) => where.get(t)!) }));
  }
  work.push(changeFacets(tx, [...old.map((d) => ({ d, by: -1 })), ...add.map((d) => ({ d, by: 1 }))]));
  totals.docs += add.length - old.length;
  totals.length += add.reduce((s, d) => s + d.length, 0) - old.reduce((s, d) => s + d.length, 0);
  work.push(meta.put({ key: SEARCH_TOTALS_KEY, value: totals }));
  await Promise.all(work);
}

/** The filter values a document counts for. */
function facetsOf(d: Pick<StoredSearchDoc, 'kind' | 'source' | 'feed' | 'speaker'>): [SearchFacetKind, string][] {
  if (d.kind === 'quote') return d.speaker ? [['speaker', d.speaker]] : [];
  return [...(d.source ? [['outlet', d.source] as [SearchFacetKind, string]] : []), ...(d.feed ? [['feed', d.feed] as [SearchFacetKind, string]] : [])];
}

async function changeFacets(tx: SearchTx, deltas: { d: Pick<StoredSearchDoc, 'kind' | 'source' | 'feed' | 'speaker'>; by: number }[]): Promise<void> {
  const sums = new Map<string, { kind: SearchFacetKind; value: string; by: number }>();
  for (const { d, by } of deltas) {
    for (const [kind, value] of facetsOf(d)) {
      const id = `${kind}\u0000${value}`;
      const s = sums.get(id) ?? sums.set(id, { kind, value, by: 0 }).get(id)!;
      s.by += by;
    }
  }
  const store = tx.objectStore('searchFacets');
  const list = [...sums.values()].filter((s) => s.by !== 0);
  const rows = await Promise.all(list.map((s) => store.get([s.kind, s.value])));
  await Promise.all(
    list.map((s, i) => {
      const count = (rows[i]?.count ?? 0) + s.by;
      return count > 0 ? store.put({ kind: s.kind, value: s.value, count }) : store.delete([s.kind, s.value]);
    }),
  );
}

/** Empties the search inside the caller's transaction (the corpus cleared): nothing left to fill. */
export async function clearSearch(tx: SearchTx): Promise<void> {
  await Promise.all([
    ...SEARCH_STORES.map((s) => tx.objectStore(s).clear()),
    tx.objectStore('meta').put({ key: SEARCH_TOTALS_KEY, value: { docs: 0, length: 0, next: 1 } satisfies SearchTotals }),
    tx.objectStore('meta').put({ key: SEARCH_FILL_KEY, value: { after: null, done: true } satisfies SearchFill }),
  ]);
}

// ---- Reads (each its own short read transaction) ----

/** The search's totals (zeros before anything was indexed). */
export async function searchTotals(db: Db): Promise<SearchTotals> {
  return { docs: 0, length: 0, next: 1, ...(((await db.get('meta', SEARCH_TOTALS_KEY))?.value as SearchTotals | undefined) ?? {}) };
}

/** Up to `count` term rows that begin with `prefix`, in term order: a key range, not a scan. */
export function termsWithPrefix(db: Db, prefix: string, count: number): Promise<StoredSearchKey[]> {
  return db.getAll('searchKeys', IDBKeyRange.bound(prefix, `${prefix}\uffff`), count);
}

/**
 * The postings of these terms, given their rows (as termsWithPrefix read them): the full blocks
 * before each row's last read in one transaction (none for a term of one block, most terms), then
 * the last block from the row itself.
 */
export async function postingsOf(db: Db, rows: readonly StoredSearchKey[]): Promise<Map<string, Posting[]>> {
  const withBlocks = rows.filter((r) => r.last > 0);
  const store = withBlocks.length ? db.transaction('searchBlocks').store : null;
  const full = await Promise.all(withBlocks.map((r) => store!.getAll(IDBKeyRange.bound([r.term, 0], [r.term, r.last], false, true))));
  const before = new Map(withBlocks.map((r, i) => [r.term, full[i]!]));
  return new Map(rows.map((r) => [r.term, [...(before.get(r.term) ?? []).flatMap((b) => decodePostings(b.postings)), ...decodePostings(r.tail)]]));
}

/** Document rows by number, in the order asked (undefined where gone). */
export async function searchDocsByNumber(db: Db, ns: readonly number[]): Promise<(StoredSearchDoc | undefined)[]> {
  if (!ns.length) return [];
  const store = db.transaction('searchDocs').store;
  return Promise.all(ns.map((n) => store.get(n)));
}

/** A filter field of the documents, to walk the documents that carry one value (or a range of days). */
export type SearchDocField = 'source' | 'feed' | 'day' | 'speaker';

/**
 * Up to `count` document rows whose `field` is `value` (or, for `day`, within [from, to]), newest
 * indexed first, that pass `keep`: a walk of one index that stops as soon as it has enough.
 */
export async function searchDocsWhere(db: Db, field: SearchDocField, range: IDBKeyRange, count: number, keep: (d: StoredSearchDoc) => boolean): Promise<StoredSearchDoc[]> {
  const out: StoredSearchDoc[] = [];
  const index = db.transaction('searchDocs').store.index(field);
  for (let c = await index.openCursor(range, 'prev'); c && out.length < count; c = await c.continue()) if (keep(c.value)) out.push(c.value);
  return out;
}

/** Every counted value of one facet kind (outlets and feeds are few), or the `limit` most frequent (speakers). */
export async function facetRows(db: Db, kind: SearchFacetKind, limit?: number): Promise<StoredSearchFacet[]> {
  const range = IDBKeyRange.bound([kind], [kind, []]);
  if (limit === undefined) return db.getAll('searchFacets', range);
  const out: StoredSearchFacet[] = [];
  const index = db.transaction('searchFacets').store.index('count');
  for (let c = await index.openCursor(range, 'prev'); c && out.length < limit; c = await c.continue()) out.push(c.value);
  return out;
}

/** Where the fill of an older corpus stands (not started: from the first article). */
export async function searchFill(db: Db): Promise<SearchFill> {
  return ((await db.get('meta', SEARCH_FILL_KEY))?.value as SearchFill | undefined) ?? { after: null, done: false };
}

/**
 * One batch of the fill, in one transaction with the articles it reads (so an article removed or
 * rewritten meanwhile is indexed as it is now): the next `count` articles after the last one
 * filled, indexed afresh with their quotes, and the progress recorded. Resolves to how many
 * articles it indexed and whether the fill is done.
 */
export async function fillSearchBatch(db: Db, count: number, docsOf: (a: CrossreadDB['articles']['value'], quotes: CrossreadDB['quotes']['value'][]) => SearchDocInput[]): Promise<{ done: boolean; articles: number }> {
  const tx = db.transaction(['articles', 'quotes', 'meta', ...SEARCH_STORES], 'readwrite');
  try {
    const fill = ((await tx.objectStore('meta').get(SEARCH_FILL_KEY))?.value as SearchFill | undefined) ?? { after: null, done: false };
    if (fill.done) {
      await tx.done;
      return { done: true, articles: 0 };
    }
    const articles = await tx.objectStore('articles').getAll(fill.after === null ? null : IDBKeyRange.lowerBound(fill.after, true), count);
    const quotes = await Promise.all(articles.map((a) => tx.objectStore('quotes').index('articleId').getAll(a.id)));
    const docs = articles.flatMap((a, i) => docsOf(a, quotes[i]!));
    await writeSearch(tx as unknown as SearchTx, articles.map((a) => a.id), docs);
    const next: SearchFill = { after: articles.at(-1)?.id ?? fill.after, done: articles.length < count };
    await Promise.all([tx.objectStore('meta').put({ key: SEARCH_FILL_KEY, value: next }), tx.done]);
    return { done: next.done, articles: articles.length };
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw err;
  }
}

/** Stored quotes by key, in the order asked (undefined where gone): the quote hits of one page of results. */
export async function quotesByKey(db: Db, keys: readonly string[]): Promise<(CrossreadDB['quotes']['value'] | undefined)[]> {
  if (!keys.length) return [];
  const store = db.transaction('quotes').store;
  return Promise.all(keys.map((k) => store.get(k)));
}

/** Which of these articles are stored (keys only: no text read). */
export async function articlesPresent(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const store = db.transaction('articles').store;
  const keys = await Promise.all(ids.map((id) => store.getKey(id)));
  return new Set(keys.filter((k): k is string => k !== undefined));
}
