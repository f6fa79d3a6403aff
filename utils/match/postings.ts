/**
 * Postings and the candidate walk. Only an article's distinctive keys are posted (its names,
 * numbers and POSTED_TERMS best terms), and a query walks the postings of its QUERY_KEYS most
 * distinctive keys, summing partial dot products per article: query time grows with the number of
 * articles sharing rare keys, not with the corpus. The best MAX_CANDIDATES are then scored exactly.
 */
import type { IndexedArticle } from './indexed-article';
import type { PreparedQuery } from './prepared-query';
import type { QueryScratch } from './query-scratch';

/** Query keys whose postings are walked (most distinctive first). */
const QUERY_KEYS = 48;
/** A key in more than this share of the corpus (and more than MIN_LONG_POSTINGS articles) finds no candidates. */
const MAX_POSTINGS_SHARE = 0.1;
const MIN_LONG_POSTINGS = 1000;
/** Candidates scored exactly per query (ranked by the postings walk's partial dot product): 80 gives the same eval figures as 150 on the clusters files and is 25 % faster; the side panel lists at most 50. */
const MAX_CANDIDATES = 80;
/** Terms of an article entered in postings (its most distinctive); all its terms still count in scoring. */
const POSTED_TERMS = 40;

/** Calls `fn` for every key of the article that has a postings entry (the in-memory and the stored index post the same keys). */
export function eachPostedKey(article: Pick<IndexedArticle, 'nameIds' | 'termIds' | 'numIds'>, fn: (id: number) => void): void {
  for (let i = 0; i < article.nameIds.length; i++) fn(article.nameIds[i]!);
  const n = Math.min(POSTED_TERMS, article.termIds.length);
  for (let i = 0; i < n; i++) fn(article.termIds[i]!);
  for (let i = 0; i < article.numIds.length; i++) fn(article.numIds[i]!);
}

/** The k-th largest value of `a` (1-based), by quickselect; reorders `a`. */
export function kthLargest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target]!;
  }
  return a[target]!;
}

/** The slots of the articles that have each key, and the walk that finds a query's candidates. */
export class Postings {
  /** Slots per key id; created on first use (most keys — rare terms, lead-only keys — never get a list). */
  private lists: (number[] | undefined)[] = [];
  /** Per slot: the query's partial dot product during a walk, 0 outside one. */
  private partialScore = new Float64Array(1024);

  /** Makes room for key ids up to `keyCount` (a dense array: the walk reads it for every query key). */
  reserve(keyCount: number): void {
    while (this.lists.length < keyCount) this.lists.push(undefined);
  }

  /** The postings of a key, created on first use. */
  private mutable(id: number): number[] {
    return (this.lists[id] ??= []);
  }

  /** Posts an article's distinctive keys under its slot. */
  addArticle(article: IndexedArticle, slot: number): void {
    eachPostedKey(article, (id) => {
      this.mutable(id).push(slot);
    });
  }

  /**
   * Takes an article's slot out of its keys' postings, keeping the others in the order they were
   * added: the walk meets articles in that order, as the stored index (ascending article numbers)
   * does, so the two break ties alike.
   */
  removeArticle(article: IndexedArticle, slot: number): void {
    eachPostedKey(article, (id) => {
      if (!this.lists[id]) return;
      const p = this.mutable(id);
      const at = p.indexOf(slot);
      if (at >= 0) p.splice(at, 1);
    });
  }

  /**
   * The slots of at most MAX_CANDIDATES articles with the best partial dot products with the query
   * (over its most distinctive posted keys), none of `exclude`. `slotCount` bounds the slots in use.
   */
  candidates(query: PreparedQuery, scratch: QueryScratch, exclude: Set<number>, slotCount: number, corpusSize: number): number[] {
    if (this.partialScore.length < slotCount) this.partialScore = new Float64Array(Math.max(slotCount, this.partialScore.length * 2));
    const walk = keysToWalk(query, scratch, (id) => this.lists[id]?.length ?? 0, corpusSize);
    return bestCandidates(walk, (id) => this.lists[id]!, this.partialScore, exclude);
  }
}

/** A key whose postings the walk sums, with its weight in the query (query weight × IDF). */
export type WalkedKey = readonly [id: number, weight: number];

/**
 * The keys whose postings a query sums, most distinctive first: of the QUERY_KEYS most
 * distinctive keys with postings, those not in more than MAX_POSTINGS_SHARE of the corpus (a
 * long list still counts as walked). Needs only the lengths, so the stored index reads the
 * postings of these keys alone.
 */
export function keysToWalk(query: PreparedQuery, scratch: QueryScratch, postedCount: (id: number) => number, corpusSize: number): WalkedKey[] {
  const { queryWeight, cachedIdf } = scratch;
  const keys = query.knownKeyIds.map((id) => [id, queryWeight[id]! * cachedIdf[id]!] as const).sort((a, b) => b[1] - a[1]);
  const maxLength = Math.max(MIN_LONG_POSTINGS, corpusSize * MAX_POSTINGS_SHARE);
  const out: WalkedKey[] = [];
  let walked = 0;
  for (const key of keys) {
    if (walked >= QUERY_KEYS) break;
    const length = postedCount(key[0]);
    if (length === 0) continue;
    walked++;
    if (length <= maxLength) out.push(key);
  }
  return out;
}

/**
 * The best MAX_CANDIDATES articles (slots or stored article numbers) by the sum of the walked
 * keys' weights, none of `exclude`; ties keep the order the walk met them in. `partialScore` is
 * scratch indexed by slot, all zeros before and after.
 */
export function bestCandidates(walk: readonly WalkedKey[], postingsOf: (id: number) => ArrayLike<number>, partialScore: Float64Array, exclude: Set<number>): number[] {
  const touched: number[] = [];
  for (const [id, weight] of walk) {
    const slots = postingsOf(id);
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      if (partialScore[slot] === 0) touched.push(slot);
      partialScore[slot]! += weight;
    }
  }
  let out = touched;
  const keep = MAX_CANDIDATES + exclude.size;
  if (out.length > keep) {
    // Only the best `keep` partial scores matter: select the cut-off instead of sorting thousands.
    const values = new Float64Array(touched.length);
    for (let i = 0; i < values.length; i++) values[i] = partialScore[touched[i]!]!;
    const cut = kthLargest(values, keep);
    out = touched.filter((s) => partialScore[s]! >= cut);
  }
  out = out.filter((s) => !exclude.has(s));
  if (out.length > MAX_CANDIDATES) {
    out.sort((a, b) => partialScore[b]! - partialScore[a]!);
    out = out.slice(0, MAX_CANDIDATES);
  }
  for (const s of touched) partialScore[s] = 0;
  return out;
}
