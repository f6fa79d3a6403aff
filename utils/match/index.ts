/**
 * The in-memory same-story index. Articles are added and removed one at a time (no rebuild); a
 * query walks the postings of its most distinctive keys to find candidates (./postings.ts), then
 * scores only those exactly (./pair-signals.ts, ./score.ts), so query time grows with the number
 * of articles that share rare names or terms, not with the corpus. Document frequencies are live,
 * so IDF always reflects the current corpus (blended with the prior of ./idf.ts). Per-key arrays
 * are typed and indexed by key id (./vocabulary.ts, ./query-scratch.ts) so a query allocates
 * little: the service worker answers while the reader waits.
 */
import type { Match } from '../types';
import { indexedArticle, type IndexedArticle } from './indexed-article';
import { Postings } from './postings';
import { prepareQuery, type PreparedQuery } from './prepared-query';
import { QueryScratch } from './query-scratch';
import { rankAll, scoreCandidates, selectMatches, type QueryOptions, type RankedCandidate, type ScoredCandidate, type ScoringContext } from './ranking';
import { COEFFICIENTS, type Coefficients } from './score';
import type { ArticleFeatures } from './types';
import { FEATURES_VERSION } from './types';
import { Vocabulary, YEAR_PREFIX } from './vocabulary';


export type { QueryOptions, RankedCandidate } from './ranking';

/** The index of ArticleFeatures that answers "which articles tell this story?". */
export class MatchIndex {
  /** The scorer's coefficients: the shipped ones, or a fold's while cross-validating (scripts/eval). */
  constructor(private readonly coefficients: Coefficients = COEFFICIENTS) {}

  private vocab = new Vocabulary();
  private postings = new Postings();
  private scratch = new QueryScratch();
  /** Articles by slot (null: free); slots are reused, so postings hold small dense numbers. */
  private articles: (IndexedArticle | null)[] = [];
  private slotOf = new Map<string, number>();
  private freeSlots: number[] = [];

  /** Articles in the index. */
  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds (or replaces) an article's features. */
  add(f: ArticleFeatures): void {
    if (f.v !== FEATURES_VERSION) throw new Error(`features of ${f.id} are version ${f.v}, expected ${FEATURES_VERSION}`);
    const article = indexedArticle(f, this.vocab);
    this.postings.reserve(this.vocab.count);
    const slot = this.place(article);
    const docFreq = this.vocab.docFreq;
    for (let i = 0; i < article.nameIds.length; i++) docFreq[article.nameIds[i]!]!++;
    for (let i = 0; i < article.termIds.length; i++) docFreq[article.termIds[i]!]!++;
    for (let i = 0; i < article.numIds.length; i++) docFreq[article.numIds[i]!]!++;
    this.postings.addArticle(article, slot);
  }

  /** Puts an article in a slot (replacing one of the same id); add counts its keys.  */
  private place(article: IndexedArticle): number {
    if (this.slotOf.has(article.id)) this.remove(article.id);
    article.yearIds = article.numIds.filter((id) => this.vocab.keyOf[id]!.startsWith(YEAR_PREFIX));
    const slot = this.freeSlots.pop() ?? this.articles.length;
    this.articles[slot] = article;
    this.slotOf.set(article.id, slot);
    return slot;
  }

  /** Removes an article; its keys' document frequencies drop at once. */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const article = this.articles[slot]!;
    for (const ids of [article.nameIds, article.termIds, article.numIds]) for (const k of ids) this.vocab.docFreq[k]!--;
    this.postings.removeArticle(article, slot);
    this.articles[slot] = null;
    this.slotOf.delete(id);
    this.freeSlots.push(slot);
  }

  /** The candidates of a query scored exactly, best first (ties by id). */
  private scored(f: ArticleFeatures, opts: QueryOptions): { query: PreparedQuery; list: ScoredCandidate[]; ctx: ScoringContext } {
    const query = prepareQuery(f, this.vocab, this.scratch, this.size);
    const exclude = new Set<number>();
    const self = this.slotOf.get(f.id);
    if (self !== undefined) exclude.add(self);
    for (const id of opts.exclude ?? []) {
      const s = this.slotOf.get(id);
      if (s !== undefined) exclude.add(s);
    }
    const ctx: ScoringContext = { scratch: this.scratch, vocab: this.vocab, corpusSize: this.size, coefficients: this.coefficients };
    const slots = this.postings.candidates(query, this.scratch, exclude, this.articles.length, this.size);
    return { query, list: scoreCandidates(query, slots.map((slot) => this.articles[slot]!), ctx), ctx };
  }

  /** Every candidate with its signals and score, best first, no threshold: for evaluation and fitting. */
  rank(f: ArticleFeatures, opts: QueryOptions = {}): RankedCandidate[] {
    const { query, list, ctx } = this.scored(f, opts);
    return rankAll(query, list, ctx, opts);
  }

  /** Articles that tell the same story as `f` (or a related one), best first, scores in [0, 1]. */
  query(f: ArticleFeatures, opts: QueryOptions = {}): Match[] {
    const { query, list, ctx } = this.scored(f, opts);
    return selectMatches(query, list, ctx, opts);
  }
}
