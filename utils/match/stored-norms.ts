/**
 * Norms of stored articles computed again as the corpus grows. A record keeps its vectors' norms
 * at the corpus size it was written or last refreshed at; the in-memory index recomputes an
 * article's norms when the corpus has moved by more than NORM_DRIFT since (./pair-signals.ts), and
 * so does the stored one, in the background (../coverage/norm-refresh.ts), from every key's
 * frequency read once per refresh — a query never reads the frequencies of keys it does not have.
 * Until a refresh has run, a query uses the norms stored (at most a refresh behind).
 */
import { idf, priorDocFreq } from './idf';
import { computeNorms, NORM_DRIFT, type NormParts } from './pair-signals';
import type { StoredMatchDoc, StoredMatchKey } from './stored-records';

/** Every stored key's document frequency and prior, by key id: what a refresh computes norms from. */
export interface KeyFrequencies {
  df: Int32Array;
  prior: Float64Array;
}

/** Room for the frequencies of `keyCount` keys (the index's next key id), filled page by page (addKeyRows). */
export function keyFrequencies(keyCount: number): KeyFrequencies {
  return { df: new Int32Array(keyCount), prior: new Float64Array(keyCount) };
}

/** Records the frequencies of a page of key rows. */
export function addKeyRows(freq: KeyFrequencies, rows: Iterable<StoredMatchKey>): void {
  for (const row of rows) {
    if (row.id >= freq.df.length) continue;
    freq.df[row.id] = row.df;
    freq.prior[row.id] = priorDocFreq(row.key.slice(2));
  }
}

/** A stored record's names, terms, numbers and lead keys with their weights, by stored key id. */
export function normParts(doc: StoredMatchDoc): NormParts {
  const [names, terms, nums, lead] = doc.counts as unknown as [number, number, number, number];
  const w = doc.weights;
  return {
    nameIds: doc.ids.subarray(0, names),
    termIds: doc.ids.subarray(names, names + terms),
    numIds: doc.ids.subarray(names + terms, names + terms + nums),
    leadIds: doc.ids.subarray(names + terms + nums, names + terms + nums + lead),
    nameWeights: w.subarray(0, names),
    termWeights: w.subarray(names, names + terms),
    leadWeights: w.subarray(names + terms, names + terms + lead),
  };
}

/** The record's norms at `corpusSize` under the given frequencies (the numbers the in-memory index computes). */
export function storedNorms(doc: StoredMatchDoc, freq: KeyFrequencies, corpusSize: number): Float64Array {
  return computeNorms(normParts(doc), (id) => idf(freq.df[id]!, corpusSize, freq.prior[id]!), new Float64Array(4));
}

/** The ranges of `normsAt` whose norms no longer serve at `corpusSize` (the complement of the drift allowed). */
export function staleNormsRanges(corpusSize: number): { below: number; above: number } {
  // |N − a| ≤ NORM_DRIFT·a  ⟺  N/(1 + NORM_DRIFT) ≤ a ≤ N/(1 − NORM_DRIFT)
  return { below: corpusSize / (1 + NORM_DRIFT), above: corpusSize / (1 - NORM_DRIFT) };
}
