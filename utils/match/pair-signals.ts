/**
 * The signals of one (query, indexed article) pair that ./score.ts combines: the cosines of the
 * IDF-weighted name, term, number and lead vectors, publication and event days, the rarest shared
 * person's name, MinHash overlap, and the three contradictions. They are computed from the
 * query's scratch weights and the article's id arrays; this runs for every candidate of every query.
 */
import { idf, RARE_DOC_FREQ } from './idf';
import type { IndexedArticle } from './indexed-article';
import { minhashSimilarity } from './minhash';
import type { PreparedQuery } from './prepared-query';
import type { QueryScratch } from './query-scratch';
import type { PairSignals } from './score';
import type { Vocabulary } from './vocabulary';

/** Relative change of the corpus size after which cached article norms are recomputed (IDF drifts slowly). */
export const NORM_DRIFT = 0.02;

/** Whether norms computed at corpus size `normsAt` still serve at `corpusSize`. */
export function normsCurrent(normsAt: number, corpusSize: number): boolean {
  return normsAt >= 0 && Math.abs(corpusSize - normsAt) <= NORM_DRIFT * normsAt;
}

/** The name and term ids the pair shares, each followed by its contribution to the dot product. */
export interface SharedKeys {
  names: number[];
  terms: number[];
}

/** The parts of an indexed article its norms are computed from. */
export type NormParts = Pick<IndexedArticle, 'nameIds' | 'nameWeights' | 'termIds' | 'termWeights' | 'numIds' | 'leadIds' | 'leadWeights'>;

/**
 * The norms of the IDF-weighted name, term, number and lead vectors, into `out`, with `idfOf` the
 * IDF of a key under the corpus they are computed at: the in-memory index's scratch, or the
 * stored index's frequencies (./stored-norms.ts) — the same sums, so the same numbers.
 */
export function computeNorms(article: NormParts, idfOf: (id: number) => number, out: Float64Array): Float64Array {
  let names = 0;
  for (let i = 0; i < article.nameIds.length; i++) names += (article.nameWeights[i]! * idfOf(article.nameIds[i]!)) ** 2;
  let terms = 0;
  for (let i = 0; i < article.termIds.length; i++) terms += (article.termWeights[i]! * idfOf(article.termIds[i]!)) ** 2;
  let nums = 0;
  for (let i = 0; i < article.numIds.length; i++) nums += idfOf(article.numIds[i]!) ** 2;
  out[0] = Math.sqrt(names);
  out[1] = Math.sqrt(terms);
  out[2] = Math.sqrt(nums);
  let lead = 0;
  for (let i = 0; i < article.leadIds.length; i++) lead += (article.leadWeights[i]! * idfOf(article.leadIds[i]!)) ** 2;
  out[3] = Math.sqrt(lead);
  return out;
}

/** The article's vector norms under the current IDF, recomputed when the corpus has grown or shrunk by NORM_DRIFT. */
export function articleNorms(article: IndexedArticle, scratch: QueryScratch, vocab: Vocabulary, corpusSize: number): Float64Array {
  if (normsCurrent(article.normsAt, corpusSize)) return article.norms;
  computeNorms(article, (id) => scratch.idfOf(id, vocab, corpusSize), article.norms);
  article.normsAt = corpusSize;
  return article.norms;
}

/** The closest pair of event days of two sets (the query's, the article's), or null when either is empty. */
export function closestEvents(a: readonly number[], b: Int32Array): [number, number] | null {
  let best: [number, number] | null = null;
  for (const x of a) for (let i = 0; i < b.length; i++) if (!best || Math.abs(x - b[i]!) < Math.abs(best[0] - best[1])) best = [x, b[i]!];
  return best;
}

/** The smallest distance in days between two sets of event days, or null when either is empty. */
function eventGap(a: readonly number[], b: Int32Array): number | null {
  const c = closestEvents(a, b);
  return c ? Math.abs(c[0] - c[1]) : null;
}

/**
 * The first unit both give a value for with no value in common ("magnitude" 4.6 vs 4.4), or -1:
 * qtyClash is 1 when there is one, and the reasons show it (the quantity tables are a few entries each).
 */
export function clashingUnit(query: PreparedQuery, article: IndexedArticle): number {
  if (query.valuesByUnit.size === 0 || article.unitIds.length === 0) return -1;
  let shared: number[] | null = null;
  let agreed: number[] | null = null;
  for (let i = 0; i < article.unitIds.length; i++) {
    const values = query.valuesByUnit.get(article.unitIds[i]!);
    if (!values) continue;
    (shared ??= []).push(article.unitIds[i]!);
    if (values.includes(article.qtyIds[i]!)) (agreed ??= []).push(article.unitIds[i]!);
  }
  for (const u of shared ?? []) if (!agreed?.includes(u)) return u;
  return -1;
}

/** The pair's signals; when `shared` is given, the shared name and term ids with their contributions are pushed to it. */
export function pairSignals(query: PreparedQuery, article: IndexedArticle, scratch: QueryScratch, vocab: Vocabulary, corpusSize: number, shared?: SharedKeys): PairSignals {
  const norms = articleNorms(article, scratch, vocab, corpusSize);
  // The scratch arrays in locals: these loops run for every candidate of every query.
  const cachedFor = scratch.cachedFor;
  const current = scratch.queryNumber;
  const queryWeight = scratch.queryWeight;
  const cachedIdf = scratch.cachedIdf;
  let dot = 0;
  let rarestPersonIdf = 0;
  const nameIds = article.nameIds;
  const isPersonName = vocab.isPersonName;
  for (let i = 0; i < nameIds.length; i++) {
    const id = nameIds[i]!;
    if (cachedFor[id] !== current) continue;
    const weight = queryWeight[id]!;
    if (weight !== 0) {
      const x = weight * article.nameWeights[i]! * cachedIdf[id]!;
      dot += x;
      if (isPersonName[id] && cachedIdf[id]! > rarestPersonIdf) rarestPersonIdf = cachedIdf[id]!;
      shared?.names.push(id, x);
    }
  }
  const names = dot > 0 ? dot / (norms[0]! * query.nameNorm) : 0;
  dot = 0;
  const termIds = article.termIds;
  for (let i = 0; i < termIds.length; i++) {
    const id = termIds[i]!;
    if (cachedFor[id] !== current) continue;
    const weight = queryWeight[id]!;
    if (weight !== 0) {
      const x = weight * article.termWeights[i]! * cachedIdf[id]!;
      dot += x;
      shared?.terms.push(id, x);
    }
  }
  const terms = dot > 0 ? dot / (norms[1]! * query.termNorm) : 0;
  dot = 0;
  for (let i = 0; i < article.numIds.length; i++) {
    const id = article.numIds[i]!;
    if (cachedFor[id] === current && queryWeight[id] !== 0) dot += cachedIdf[id]! ** 2;
  }
  const nums = dot > 0 ? dot / (norms[2]! * query.numNorm) : 0;
  dot = 0;
  const queryLeadWeight = scratch.queryLeadWeight;
  for (let i = 0; i < article.leadIds.length; i++) {
    const id = article.leadIds[i]!;
    if (cachedFor[id] === current && queryLeadWeight[id] !== 0) dot += queryLeadWeight[id]! * article.leadWeights[i]! * cachedIdf[id]!;
  }
  const lead = dot > 0 ? dot / (norms[3]! * query.leadNorm) : 0;
  const f = query.features;
  const days = f.day !== null && article.day !== null ? Math.abs(f.day - article.day) : null;
  const dup = minhashSimilarity(f.minhash, article.minhash);
  let yearClash = 0;
  if (query.namesYears && article.yearIds.length > 0) {
    yearClash = 1;
    for (let i = 0; i < article.yearIds.length; i++) if (query.yearIds.has(article.yearIds[i]!)) yearClash = 0;
  }
  const near = query.nearLeadWeekdays;
  const dayClash = near !== 0 && article.leadWeekdays !== 0 && (near & article.leadWeekdays) === 0 ? 1 : 0;
  // Over the IDF of a name only one article has: 1 for a name no third article carries.
  const uniqueNameIdf = idf(1, corpusSize, RARE_DOC_FREQ);
  return {
    names: Math.min(1, names),
    terms: Math.min(1, terms),
    nums: Math.min(1, nums),
    lead: Math.min(1, lead),
    days,
    eventGap: eventGap(f.events ?? [], article.events),
    fullName: rarestPersonIdf / uniqueNameIdf,
    dup,
    yearClash,
    dayClash,
    qtyClash: clashingUnit(query, article) >= 0 ? 1 : 0,
  };
}
