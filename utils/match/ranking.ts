/**
 * From candidates to matches, the same for the in-memory index (./index.ts) and the stored one
 * (./stored-index.ts): every candidate scored exactly, best first (ties by id), then the reasons
 * worked out for those returned only.
 */
import type { Match } from '../types';
import type { IndexedArticle } from './indexed-article';
import { pairSignals, type SharedKeys } from './pair-signals';
import type { PreparedQuery } from './prepared-query';
import type { QueryScratch } from './query-scratch';
import { matchReasons } from './reasons';
import { combine, type Coefficients, type PairSignals } from './score';
import { DUPLICATE_JACCARD, RELATED, duplicateScore, tierOf } from './tiers';
import type { Vocabulary } from './vocabulary';

/** A scored candidate with the raw signals, for evaluation and fitting. */
export interface RankedCandidate extends Match {
  signals: PairSignals;
}

/** Options of a query. */
export interface QueryOptions {
  /** Most matches returned (default 10). */
  top?: number;
  /** Ids never returned (the query article itself is always excluded by id). */
  exclude?: string[];
  /** Lowest score returned (default RELATED; duplicates are always returned). */
  minScore?: number;
}

/** A candidate scored exactly, before the reasons are worked out (only for those returned). */
export interface ScoredCandidate {
  article: IndexedArticle;
  score: number;
  signals: PairSignals;
}

/** What scoring reads besides the pair: the query's scratch, the vocabulary, the corpus size, the coefficients. */
export interface ScoringContext {
  scratch: QueryScratch;
  vocab: Vocabulary;
  corpusSize: number;
  coefficients: Coefficients;
}

/** The candidates scored exactly, best first (ties by id, so every index orders them alike). */
export function scoreCandidates(query: PreparedQuery, candidates: readonly IndexedArticle[], ctx: ScoringContext): ScoredCandidate[] {
  const list: ScoredCandidate[] = [];
  for (const article of candidates) {
    const signals = pairSignals(query, article, ctx.scratch, ctx.vocab, ctx.corpusSize);
    const score = combine(signals, ctx.coefficients);
    list.push({ article, signals, score: signals.dup >= DUPLICATE_JACCARD ? duplicateScore(score, signals.dup) : score });
  }
  list.sort((a, b) => b.score - a.score || (a.article.id < b.article.id ? -1 : 1));
  return list;
}

/** A scored candidate as a match with its reasons (the signals are recomputed to collect the shared keys). */
export function rankedCandidate(query: PreparedQuery, c: ScoredCandidate, ctx: ScoringContext): RankedCandidate {
  const shared: SharedKeys = { names: [], terms: [] };
  pairSignals(query, c.article, ctx.scratch, ctx.vocab, ctx.corpusSize, shared);
  return { id: c.article.id, score: c.score, tier: tierOf(c.score, c.signals.dup) ?? 'related', reasons: matchReasons(query, c.article, shared, c.signals, ctx.vocab.keyOf), signals: c.signals };
}

/** Every candidate with its signals and score, best first, no threshold (at most `top`): for evaluation and fitting. */
export function rankAll(query: PreparedQuery, list: readonly ScoredCandidate[], ctx: ScoringContext, opts: QueryOptions): RankedCandidate[] {
  return list.slice(0, opts.top ?? Infinity).map((c) => rankedCandidate(query, c, ctx));
}

/** The matches a query returns: at most `top`, at least `minScore` (duplicates always), best first. */
export function selectMatches(query: PreparedQuery, list: readonly ScoredCandidate[], ctx: ScoringContext, opts: QueryOptions): Match[] {
  const min = opts.minScore ?? RELATED;
  const top = opts.top ?? 10;
  const out: Match[] = [];
  for (const c of list) {
    if (out.length >= top) break;
    if (c.score < min && c.signals.dup < DUPLICATE_JACCARD) continue;
    const { signals: _s, ...m } = rankedCandidate(query, c, ctx);
    out.push(m);
  }
  return out;
}
