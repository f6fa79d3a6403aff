/**
 * The in-memory same-story index. Articles are added and removed one at a time (no rebuild); a
 * query walks the postings of its most distinctive keys to find candidates, then scores only
 * those exactly, so query time grows with the number of articles that share rare names or terms,
 * not with the corpus. Document frequencies are live, so IDF always reflects the current corpus
 * (blended with the prior of ./idf.ts).
 */
import type { Match, MatchReasons } from '../types';
import type { ArticleFeatures } from './types';
import { FEATURES_VERSION } from './types';
import { idf, priorDocFreq } from './idf';
import { minhashSimilarity } from './minhash';
import { combine, type PairSignals } from './score';
import { RELATED, duplicateScore, tierOf } from './tiers';

/** Query keys whose postings are walked (most distinctive first). */
const QUERY_KEYS = 48;
/** A key in more than this share of the corpus (and more than MIN_LONG_POSTINGS articles) finds no candidates. */
const MAX_POSTINGS_SHARE = 0.1;
const MIN_LONG_POSTINGS = 2000;
/** Candidates scored exactly per query. */
const MAX_CANDIDATES = 300;
/** Terms of an article entered in postings (its most distinctive); all its terms still count in scoring. */
const POSTED_TERMS = 40;

const KIND_NAME = 'n:';
const KIND_TERM = 't:';
const KIND_NUM = '#:';

interface Doc {
  id: string;
  day: number | null;
  nameIds: Int32Array;
  nameW: Float32Array;
  termIds: Int32Array;
  termW: Float32Array;
  numIds: Int32Array;
  minhash: Uint32Array;
  posted: Int32Array;
}

/** A query article prepared against the current vocabulary (unknown keys get id −1, df 0). */
interface Prepared {
  names: Map<number, number>;
  terms: Map<number, number>;
  nums: Set<number>;
  nameNorm: number;
  termNorm: number;
  numNorm: number;
  idfOf: Map<number, number>;
}

/** A scored candidate with the raw signals, for evaluation and fitting. */
export interface RankedCandidate extends Match {
  signals: PairSignals;
}

/** Options of MatchIndex.query. */
export interface QueryOptions {
  /** Most matches returned (default 10). */
  top?: number;
  /** Ids never returned (the query article itself is always excluded by id). */
  exclude?: string[];
  /** Lowest score returned (default RELATED; duplicates are always returned). */
  minScore?: number;
}

/** The index of ArticleFeatures that answers "which articles tell this story?". */
export class MatchIndex {
  private vocab = new Map<string, number>();
  private keyOf: string[] = [];
  private df: number[] = [];
  private prior: number[] = [];
  private postings: number[][] = [];
  private docs: (Doc | null)[] = [];
  private slotOf = new Map<string, number>();
  private free: number[] = [];
  private acc = new Float64Array(0);

  /** Articles in the index. */
  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  private intern(key: string): number {
    let id = this.vocab.get(key);
    if (id === undefined) {
      id = this.keyOf.length;
      this.vocab.set(key, id);
      this.keyOf.push(key);
      this.df.push(0);
      this.prior.push(priorDocFreq(key.slice(2)));
      this.postings.push([]);
    }
    return id;
  }

  private idfOfId(id: number): number {
    return idf(this.df[id]!, this.size, this.prior[id]!);
  }

  /** Adds (or replaces) an article's features. */
  add(f: ArticleFeatures): void {
    if (f.v !== FEATURES_VERSION) throw new Error(`features of ${f.id} are version ${f.v}, expected ${FEATURES_VERSION}`);
    if (this.slotOf.has(f.id)) this.remove(f.id);
    const nameKeys = Object.keys(f.names);
    const termKeys = Object.keys(f.terms);
    const doc: Doc = {
      id: f.id,
      day: f.day,
      nameIds: new Int32Array(nameKeys.length),
      nameW: new Float32Array(nameKeys.length),
      termIds: new Int32Array(termKeys.length),
      termW: new Float32Array(termKeys.length),
      numIds: new Int32Array(f.nums.length),
      minhash: Uint32Array.from(f.minhash),
      posted: new Int32Array(0),
    };
    const posted: number[] = [];
    nameKeys.forEach((k, i) => {
      const id = this.intern(KIND_NAME + k);
      doc.nameIds[i] = id;
      doc.nameW[i] = f.names[k]!;
      posted.push(id);
    });
    const termOrder: [number, number][] = [];
    termKeys.forEach((k, i) => {
      const id = this.intern(KIND_TERM + k);
      doc.termIds[i] = id;
      doc.termW[i] = f.terms[k]!;
      termOrder.push([id, f.terms[k]! * -Math.log(this.prior[id]!)]);
    });
    termOrder.sort((a, b) => b[1] - a[1]);
    for (let i = 0; i < Math.min(POSTED_TERMS, termOrder.length); i++) posted.push(termOrder[i]![0]);
    f.nums.forEach((k, i) => {
      const id = this.intern(KIND_NUM + k);
      doc.numIds[i] = id;
      posted.push(id);
    });
    doc.posted = Int32Array.from(posted);
    const slot = this.free.pop() ?? this.docs.length;
    this.docs[slot] = doc;
    this.slotOf.set(f.id, slot);
    for (const arr of [doc.nameIds, doc.termIds, doc.numIds]) for (const id of arr) this.df[id]!++;
    for (const id of doc.posted) this.postings[id]!.push(slot);
  }

  /** Removes an article; its keys' document frequencies drop at once. */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const doc = this.docs[slot]!;
    for (const arr of [doc.nameIds, doc.termIds, doc.numIds]) for (const k of arr) this.df[k]!--;
    for (const k of doc.posted) {
      const p = this.postings[k]!;
      const at = p.indexOf(slot);
      if (at >= 0) {
        p[at] = p[p.length - 1]!;
        p.pop();
      }
    }
    this.docs[slot] = null;
    this.slotOf.delete(id);
    this.free.push(slot);
  }

  private prepare(f: ArticleFeatures): Prepared {
    const idfOf = new Map<number, number>();
    const weigh = (kind: string, key: string): [number, number] => {
      const id = this.vocab.get(kind + key);
      if (id === undefined) return [-1, idf(0, this.size, priorDocFreq(key))];
      let w = idfOf.get(id);
      if (w === undefined) {
        w = this.idfOfId(id);
        idfOf.set(id, w);
      }
      return [id, w];
    };
    const names = new Map<number, number>();
    const terms = new Map<number, number>();
    const nums = new Set<number>();
    let nameNorm = 0;
    let termNorm = 0;
    let numNorm = 0;
    for (const [k, w] of Object.entries(f.names)) {
      const [id, i] = weigh(KIND_NAME, k);
      nameNorm += (w * i) ** 2;
      if (id >= 0) names.set(id, w * i);
    }
    for (const [k, w] of Object.entries(f.terms)) {
      const [id, i] = weigh(KIND_TERM, k);
      termNorm += (w * i) ** 2;
      if (id >= 0) terms.set(id, w * i);
    }
    for (const k of f.nums) {
      const [id, i] = weigh(KIND_NUM, k);
      numNorm += i * i;
      if (id >= 0) nums.add(id);
    }
    return { names, terms, nums, nameNorm: Math.sqrt(nameNorm), termNorm: Math.sqrt(termNorm), numNorm: Math.sqrt(numNorm), idfOf };
  }

  private idfCached(p: Prepared, id: number): number {
    let w = p.idfOf.get(id);
    if (w === undefined) {
      w = this.idfOfId(id);
      p.idfOf.set(id, w);
    }
    return w;
  }

  private candidates(p: Prepared, exclude: Set<number>): number[] {
    if (this.acc.length < this.docs.length) this.acc = new Float64Array(Math.max(this.docs.length, this.acc.length * 2));
    const acc = this.acc;
    const keys: [number, number][] = [];
    for (const [id, w] of p.names) keys.push([id, w * this.idfCached(p, id)]);
    for (const [id, w] of p.terms) keys.push([id, w * this.idfCached(p, id)]);
    for (const id of p.nums) keys.push([id, this.idfCached(p, id) ** 2]);
    keys.sort((a, b) => b[1] - a[1]);
    const maxLen = Math.max(MIN_LONG_POSTINGS, this.size * MAX_POSTINGS_SHARE);
    const touched: number[] = [];
    let walked = 0;
    for (const [id, w] of keys) {
      if (walked >= QUERY_KEYS) break;
      const post = this.postings[id]!;
      if (post.length === 0) continue;
      walked++;
      if (post.length > maxLen) continue;
      for (const slot of post) {
        if (acc[slot] === 0) touched.push(slot);
        acc[slot]! += w;
      }
    }
    let out = touched.filter((s) => !exclude.has(s));
    if (out.length > MAX_CANDIDATES) {
      out.sort((a, b) => acc[b]! - acc[a]!);
      out = out.slice(0, MAX_CANDIDATES);
    }
    for (const s of touched) acc[s] = 0;
    return out;
  }

  private signals(p: Prepared, f: ArticleFeatures, doc: Doc, qMinhash: readonly number[]): [PairSignals, number[], number[]] {
    let dot = 0;
    let norm = 0;
    const sharedNames: number[] = [];
    for (let i = 0; i < doc.nameIds.length; i++) {
      const id = doc.nameIds[i]!;
      const dw = doc.nameW[i]! * this.idfCached(p, id);
      norm += dw * dw;
      const qw = p.names.get(id);
      if (qw !== undefined) {
        dot += qw * dw;
        sharedNames.push(id, qw * dw);
      }
    }
    const names = dot > 0 ? dot / (Math.sqrt(norm) * p.nameNorm) : 0;
    dot = 0;
    norm = 0;
    const sharedTerms: number[] = [];
    for (let i = 0; i < doc.termIds.length; i++) {
      const id = doc.termIds[i]!;
      const dw = doc.termW[i]! * this.idfCached(p, id);
      norm += dw * dw;
      const qw = p.terms.get(id);
      if (qw !== undefined) {
        dot += qw * dw;
        sharedTerms.push(id, qw * dw);
      }
    }
    const terms = dot > 0 ? dot / (Math.sqrt(norm) * p.termNorm) : 0;
    dot = 0;
    norm = 0;
    for (const id of doc.numIds) {
      const w = this.idfCached(p, id) ** 2;
      norm += w;
      if (p.nums.has(id)) dot += w;
    }
    const nums = dot > 0 ? dot / (Math.sqrt(norm) * p.numNorm) : 0;
    const days = f.day !== null && doc.day !== null ? Math.abs(f.day - doc.day) : null;
    const dup = minhashSimilarity(qMinhash, doc.minhash as unknown as number[]);
    return [{ names: Math.min(1, names), terms: Math.min(1, terms), nums: Math.min(1, nums), days, dup }, sharedNames, sharedTerms];
  }

  private reasons(f: ArticleFeatures, sharedNames: number[], sharedTerms: number[], days: number | null): MatchReasons {
    const pick = (shared: number[], prefix: string, limit: number, surf: (k: string) => string | undefined): string[] => {
      const pairs: [string, number][] = [];
      for (let i = 0; i < shared.length; i += 2) pairs.push([this.keyOf[shared[i]!]!.slice(prefix.length), shared[i + 1]!]);
      pairs.sort((a, b) => b[1] - a[1]);
      const out: string[] = [];
      const seen = new Set<string>();
      for (const [k] of pairs) {
        const s = surf(k) ?? k;
        const low = s.toLowerCase();
        if (seen.has(low) || [...seen].some((x) => x.endsWith(` ${low}`) || x.startsWith(`${low} `))) continue;
        seen.add(low);
        out.push(s);
        if (out.length >= limit) break;
      }
      return out;
    };
    return {
      names: pick(sharedNames, KIND_NAME, 6, (k) => f.surfaces[k]),
      terms: pick(sharedTerms, KIND_TERM, 8, (k) => f.surfaces[`t:${k}`]),
      days,
    };
  }

  /** Every candidate with its signals and score, best first (no threshold): for evaluation and fitting. */
  rank(f: ArticleFeatures, opts: QueryOptions = {}): RankedCandidate[] {
    const p = this.prepare(f);
    const exclude = new Set<number>();
    const self = this.slotOf.get(f.id);
    if (self !== undefined) exclude.add(self);
    for (const id of opts.exclude ?? []) {
      const s = this.slotOf.get(id);
      if (s !== undefined) exclude.add(s);
    }
    const out: RankedCandidate[] = [];
    for (const slot of this.candidates(p, exclude)) {
      const doc = this.docs[slot]!;
      const [signals, sn, st] = this.signals(p, f, doc, f.minhash);
      let score = combine(signals);
      const tier = tierOf(score, signals.dup) ?? 'related';
      if (tier === 'duplicate') score = duplicateScore(score, signals.dup);
      out.push({ id: doc.id, score, tier, reasons: this.reasons(f, sn, st, signals.days), signals });
    }
    out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return out;
  }

  /** Articles that tell the same story as `f` (or a related one), best first, scores in [0, 1]. */
  query(f: ArticleFeatures, opts: QueryOptions = {}): Match[] {
    const min = opts.minScore ?? RELATED;
    const out: Match[] = [];
    for (const r of this.rank(f, opts)) {
      if (r.tier !== 'duplicate' && r.score < min) continue;
      out.push({ id: r.id, score: r.score, tier: r.tier, reasons: r.reasons });
      if (out.length >= (opts.top ?? 10)) break;
    }
    return out;
  }
}
