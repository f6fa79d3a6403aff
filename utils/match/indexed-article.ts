/**
 * What the index keeps of one article: its keys as vocabulary ids with their weights, in typed
 * arrays (the stored index's records read back as the same: ./stored-doc.ts), and the small sets the
 * contradictions are computed from, so a query reads no text.
 */
import type { ArticleFeatures } from './types';
import { KIND_NAME, KIND_NUM, KIND_QTY, KIND_TERM, KIND_UNIT } from './vocabulary';
import { weekdayBits } from './weekday-bits';

/** One indexed article. Terms are ordered most distinctive first, so postings hold a prefix. */
export interface IndexedArticle {
  id: string;
  /** Publication day (days since the epoch), or null when unknown. */
  day: number | null;
  nameIds: Int32Array;
  nameWeights: Float32Array;
  termIds: Int32Array;
  termWeights: Float32Array;
  numIds: Int32Array;
  /** Title + lead keys of every kind (names and terms). */
  leadIds: Int32Array;
  leadWeights: Float32Array;
  minhash: Uint32Array;
  /** Year key ids (a subset of numIds), set when the article takes a slot. */
  yearIds: Int32Array;
  /** Weekdays of the lead as bits 1..7 (0: none). */
  leadWeekdays: number;
  /** Event days the title and lead state (features `events`). */
  events: Int32Array;
  /** Quantities: unit key id and "unit=value" key id, pairwise. */
  unitIds: Int32Array;
  qtyIds: Int32Array;
  /** Norms of the IDF-weighted name, term, number and lead vectors, cached (./pair-signals.ts articleNorms). */
  norms: Float64Array;
  /** The corpus size the norms were computed at (-1: never). */
  normsAt: number;
}

/** Gives keys their ids: the in-memory Vocabulary, or the stored index's key rows (./stored-writes.ts). */
export interface KeyInterner {
  intern(kind: string, key: string): number;
  /** The key's word-frequency prior (./idf.ts priorDocFreq). */
  priorOf(id: number): number;
}

/** An article's features as the index keeps them, interning its keys (in the same order in every index, so ids agree). */
export function indexedArticle(f: ArticleFeatures, vocab: KeyInterner): IndexedArticle {
  const nameKeys = Object.keys(f.names);
  const qty = f.qty ?? [];
  const terms = Object.keys(f.terms).map((k) => [vocab.intern(KIND_TERM, k), f.terms[k]!] as const);
  // Most distinctive first (weight × prior IDF), so the postings take the first POSTED_TERMS.
  terms.sort((a, b) => b[1] * -Math.log(vocab.priorOf(b[0])) - a[1] * -Math.log(vocab.priorOf(a[0])) || a[0] - b[0]);
  return {
    id: f.id,
    day: f.day,
    nameIds: Int32Array.from(nameKeys, (k) => vocab.intern(KIND_NAME, k)),
    nameWeights: Float32Array.from(nameKeys, (k) => f.names[k]!),
    termIds: Int32Array.from(terms, (x) => x[0]),
    termWeights: Float32Array.from(terms, (x) => x[1]),
    numIds: Int32Array.from(f.nums, (k) => vocab.intern(KIND_NUM, k)),
    leadIds: Int32Array.from(Object.keys(f.lead), (k) => vocab.intern(k.slice(0, 2), k.slice(2))),
    leadWeights: Float32Array.from(Object.values(f.lead)),
    minhash: Uint32Array.from(f.minhash),
    yearIds: new Int32Array(0),
    leadWeekdays: weekdayBits(f.leadDays ?? []),
    events: Int32Array.from(f.events ?? []),
    unitIds: Int32Array.from(qty, (k) => vocab.intern(KIND_UNIT, k.slice(0, k.indexOf('=')))),
    qtyIds: Int32Array.from(qty, (k) => vocab.intern(KIND_QTY, k)),
    norms: new Float64Array(4),
    normsAt: -1,
  };
}
