/**
 * The same-story index read from the store in part: a query reads the rows of its own keys (their
 * ids, document frequencies and postings counts), the postings of the keys the walk sums, and
 * the records of its at most MAX_CANDIDATES candidates — a few reads in one transaction, not the
 * corpus. It then scores them with the in-memory index's own code (./ranking.ts) over a small
 * vocabulary of the query's keys, so it answers as MatchIndex answers over the same articles
 * (once the background refresh of norms has caught up with the corpus: ./stored-norms.ts).
 * Bounded caches keep what recent queries read until the next write.
 */
import type { Match } from '../types';
import { LruCache } from './lru-cache';
import { bestCandidates, keysToWalk } from './postings';
import { prepareQuery, type PreparedQuery } from './prepared-query';
import { normsCurrent } from './pair-signals';
import { QueryScratch } from './query-scratch';
import { rankAll, scoreCandidates, selectMatches, type QueryOptions, type RankedCandidate, type ScoringContext } from './ranking';
import { COEFFICIENTS, type Coefficients } from './score';
import type { MatchStoreReads } from './stored-access';
import { fromStoredDoc } from './stored-doc';
import type { StoredIndexState, StoredMatchDoc, StoredMatchKey } from './stored-records';
import { emptyIndexState, type KnownKeys } from './stored-writes';
import type { ArticleFeatures } from './types';
import { KIND_TERM, Vocabulary } from './vocabulary';

/** Cache bounds: key rows, article records, and postings numbers held at most. */
const CACHED_KEYS = 50_000;
const CACHED_DOCS = 4_000;
const CACHED_POSTINGS = 2_000_000;

/** Every kind-prefixed key a query looks up (names, terms, numbers, lead keys, units, quantities). */
function queryKeys(f: ArticleFeatures): string[] {
  const out = new Set<string>();
  for (const k in f.names) out.add(`n:${k}`);
  for (const k in f.terms) out.add(`t:${k}`);
  for (const k of f.nums) out.add(`#:${k}`);
  for (const k in f.lead) out.add(k);
  for (const q of f.qty ?? []) out.add(`u:${q.slice(0, q.indexOf('='))}`).add(`q:${q}`);
  return [...out];
}

/** The query's vocabulary: one id that matches nothing (0), then the keys read for this query, with their frequencies. */
class QueryVocabulary {
  readonly vocab = new Vocabulary();
  private readonly local = new Map<number, number>();
  constructor() {
    this.vocab.intern(KIND_TERM, '\u0000');
  }

  add(row: StoredMatchKey): number {
    let id = this.local.get(row.id);
    if (id === undefined) {
      id = this.vocab.intern(row.key.slice(0, 2), row.key.slice(2));
      this.vocab.docFreq[id] = row.df;
      this.local.set(row.id, id);
    }
    return id;
  }

  /** The query's id of a stored key id; 0 (matches nothing) for a key it never read. */
  localOf = (storedId: number): number => this.local.get(storedId) ?? 0;
}

/** The stored index: `reads` opens one read transaction over the index's stores. */
export class StoredMatchIndex {
  private readonly keyRows = new LruCache<string, StoredMatchKey | null>(CACHED_KEYS);
  private readonly docRows = new LruCache<number, StoredMatchDoc>(CACHED_DOCS);
  private readonly postings = new LruCache<number, Int32Array>(CACHED_POSTINGS, (p) => p.length + 1);
  private state: StoredIndexState | null = null;
  /** Candidates scored with norms older than the drift allows (a refresh had not reached them yet), since start. */
  staleNorms = 0;
  private readonly scratch = new QueryScratch();
  private partialScore = new Float64Array(1024);

  constructor(
    private readonly reads: () => MatchStoreReads,
    private readonly coefficients: Coefficients = COEFFICIENTS,
  ) {}

  /** Articles in the index, as last read (after `load` or a write's `changed`). */
  get size(): number {
    return this.state?.size ?? 0;
  }

  /** Reads the index's state (its size): once at start-up. */
  async load(): Promise<void> {
    this.state = (await this.reads().state()) ?? emptyIndexState();
  }

  /** A write committed: what was read is forgotten, the state is the write's. */
  changed(state: StoredIndexState | null): void {
    this.keyRows.clear();
    this.docRows.clear();
    this.postings.clear();
    this.state = state;
  }

  /** The records read so far are forgotten (their norms were refreshed in the store). */
  forgetRecords(): void {
    this.docRows.clear();
  }

  /** Articles that tell the same story as `f` (or a related one), best first, as MatchIndex.query answers. */
  async query(f: ArticleFeatures, opts: QueryOptions = {}): Promise<Match[]> {
    const scored = await this.scored(f, opts);
    return scored ? selectMatches(scored.query, scored.list, scored.ctx, opts) : [];
  }

  /** Every candidate with its signals, best first, no threshold (MatchIndex.rank). */
  async rank(f: ArticleFeatures, opts: QueryOptions = {}): Promise<RankedCandidate[]> {
    const scored = await this.scored(f, opts);
    return scored ? rankAll(scored.query, scored.list, scored.ctx, opts) : [];
  }

  private async scored(f: ArticleFeatures, opts: QueryOptions) {
    const store = this.reads();
    this.state ??= (await store.state()) ?? emptyIndexState();
    const corpusSize = this.state.size;
    if (corpusSize === 0) return null;
    const keys = queryKeys(f);
    const [rows, excluded] = await Promise.all([this.rowsOf(store, keys), store.docsOf([f.id, ...(opts.exclude ?? [])])]);
    const qv = new QueryVocabulary();
    const postedOf = new Map<number, StoredMatchKey>();
    for (const row of rows) if (row) postedOf.set(qv.add(row), row);
    const query: PreparedQuery = prepareQuery(f, qv.vocab, this.scratch, corpusSize);
    const walk = keysToWalk(query, this.scratch, (id) => postedOf.get(id)?.posted ?? 0, corpusSize);
    const lists = await Promise.all(walk.map(([id]) => this.postingsOf(store, postedOf.get(id)!)));
    const listOf = new Map(walk.map(([id], i) => [id, lists[i]!]));
    if (this.partialScore.length < this.state.nextDocNo) this.partialScore = new Float64Array(Math.max(this.state.nextDocNo, this.partialScore.length * 2));
    const exclude = new Set(excluded.flatMap((d) => (d ? [d.docNo] : [])));
    const docNos = bestCandidates(walk, (id) => listOf.get(id)!, this.partialScore, exclude);
    const docs = await this.docsOf(store, docNos);
    const articles = docs.map((d) => {
      const article = fromStoredDoc(d, qv.localOf, qv.vocab);
      // Norms the corpus has moved past are refreshed in the background (./stored-norms.ts); until then the stored ones serve.
      if (!normsCurrent(d.normsAt, corpusSize)) {
        this.staleNorms++;
        article.normsAt = corpusSize;
      }
      return article;
    });
    this.scratch.reserve(qv.vocab.capacity);
    const ctx: ScoringContext = { scratch: this.scratch, vocab: qv.vocab, corpusSize, coefficients: this.coefficients };
    return { query, list: scoreCandidates(query, articles, ctx), ctx };
  }

  /** The rows of keys, from the cache or the store (null: no such key). */
  private async rowsOf(store: MatchStoreReads, keys: string[]): Promise<(StoredMatchKey | null)[]> {
    const out = keys.map((k) => this.keyRows.get(k));
    const missing = keys.filter((_, i) => out[i] === undefined);
    if (missing.length) {
      const read = await store.keys(missing);
      let j = 0;
      keys.forEach((k, i) => {
        if (out[i] !== undefined) return;
        const row = read[j++] ?? null;
        this.keyRows.set(k, row);
        out[i] = row;
      });
    }
    return out as (StoredMatchKey | null)[];
  }

  /** A key's postings, its blocks joined (ascending article numbers). */
  private async postingsOf(store: MatchStoreReads, row: StoredMatchKey): Promise<Int32Array> {
    const cached = this.postings.get(row.id);
    if (cached) return cached;
    const blocks = await store.blocks(row.id);
    const list = new Int32Array(blocks.reduce((n, b) => n + b.docs.length, 0));
    let at = 0;
    for (const b of blocks) {
      list.set(b.docs, at);
      at += b.docs.length;
    }
    this.postings.set(row.id, list);
    return list;
  }

  /** The records of article numbers, in order (from the cache or the store). */
  private async docsOf(store: MatchStoreReads, docNos: number[]): Promise<StoredMatchDoc[]> {
    const out = docNos.map((n) => this.docRows.get(n));
    const missing = docNos.filter((_, i) => !out[i]);
    if (missing.length) {
      const read = await store.docs(missing);
      let j = 0;
      docNos.forEach((n, i) => {
        if (out[i]) return;
        const doc = read[j++];
        if (doc) this.docRows.set(n, doc);
        out[i] = doc;
      });
    }
    return out.filter((d): d is StoredMatchDoc => d !== undefined);
  }

  /**
   * The key rows read since the last write (null: no such key), with the state they were read
   * under: a write that follows its story queries takes them instead of reading them again
   * (./stored-writes.ts KnownKeys checks the state).
   */
  knownKeys(): KnownKeys {
    return { state: this.state, row: (key) => this.keyRows.get(key) };
  }
}
