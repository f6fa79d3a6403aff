/**
 * The match index as IndexedDB keeps it, read in part by a query (./stored-index.ts): one row per
 * key (its id, document frequency and postings count), postings in blocks of at most BLOCK_SIZE
 * article numbers, and one record per article with what scoring needs. Plain values and typed
 * arrays, which IndexedDB stores by structured cloning; no strings are repeated per article except
 * the few its contradictions are shown with.
 */

/** Article numbers per postings block: an add rewrites at most the last block of each of its keys. */
export const BLOCK_SIZE = 512;

/** Format of the stored index: bump when the records below change (the index is then rebuilt from features). */
export const STORED_INDEX_VERSION = 1;

/** One key of the index ("n:biden", "t:shoot", "#:y2022", "u:magnitud", "q:magnitud=4.6"). */
export interface StoredMatchKey {
  /** Kind prefix + bare key, as the features' lead keys write it. */
  key: string;
  /** Dense number, given in the order keys are first seen; never reused. */
  id: number;
  /** Articles that have the key (names, terms and numbers). */
  df: number;
  /** Article numbers posted under the key (an article posts its distinctive keys only). */
  posted: number;
  /** The first article number of the key's last postings block (null: none). */
  last: number | null;
}

/** A run of a key's postings: article numbers in ascending order, the first one `first`. */
export interface StoredMatchBlock {
  keyId: number;
  first: number;
  docs: Int32Array;
}

/** One indexed article as stored: key ids and weights by part, and its contradiction sets. */
export interface StoredMatchDoc {
  /** The article's number: given in the order articles are added, never reused (postings are ascending). */
  docNo: number;
  articleId: string;
  day: number | null;
  /** name, term (most distinctive first), number and lead key ids, concatenated. */
  ids: Int32Array;
  /** Counts of names, terms, numbers and lead keys in `ids`. */
  counts: Int32Array;
  /** name, term and lead weights, concatenated (Float32, as the in-memory index keeps them). */
  weights: Float32Array;
  minhash: Uint32Array;
  leadWeekdays: number;
  events: Int32Array;
  /** The bare keys of its years (a subset of the numbers) and of its quantities ("magnitud=4.6"): contradictions are shown with them. */
  yearKeys: string[];
  qtyKeys: string[];
  /** Norms of the IDF-weighted name, term, number and lead vectors at corpus size `normsAt`. */
  norms: Float64Array;
  normsAt: number;
}

/** The index's own state, kept in `meta` with the corpus it describes (same transaction). */
export interface StoredIndexState {
  v: number;
  /** The features format the index was built from (../match/types.ts FEATURES_VERSION). */
  features: number;
  /** Articles in the index. */
  size: number;
  nextDocNo: number;
  nextKeyId: number;
}
