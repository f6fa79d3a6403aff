/**
 * The per-article features the matcher works from. Plain JSON: the background stores them in
 * IndexedDB and rebuilds the index from them on service-worker start without re-reading text.
 */

/** Bump when featurize() changes what it produces, so stored features are recomputed. */
export const FEATURES_VERSION = 3;

/** Event days kept per article: the distinct days the title and lead state, first first. */
export const MAX_EVENTS = 3;

/** Everything the scorer needs about one article, computed once by featurize(). */
export interface ArticleFeatures {
  v: number;
  id: string;
  lang: string;
  /** Publication day (days since 1970-01-01 UTC), or null when unknown. */
  day: number | null;
  /** Days (since 1970-01-01 UTC) the title and lead state the event happened, resolved against `day` (features v3). */
  events: number[];
  /** Name key → weight before IDF (zone-weighted, sublinear count). */
  names: Record<string, number>;
  /** Stemmed content term → weight before IDF. */
  terms: Record<string, number>;
  /** Title + lead keys ("n:name" / "t:stem") → sublinear count: the first statement of the event. */
  lead: Record<string, number>;
  /** Numbers and dates mentioned ("n160", "y2022", "d3-24"). */
  nums: string[];
  /** Weekdays named in the title and lead ("w4"): the day the event happened, as the report states it. */
  leadDays: string[];
  /** Quantities as "unit=value" ("magnitud=4.6"), first mentions first (../text/numbers.ts extractQuantities). */
  qty: string[];
  /** MinHash signature of word 3-shingles (near-duplicate detection). */
  minhash: number[];
  /** Key → how the article writes it, for explanations (names and terms share the map; terms are prefixed "t:"). */
  surfaces: Record<string, string>;
  /** Words in the article (title + body). */
  words: number;
}
