/**
 * The in-memory same-story index. Articles are added and removed one at a time (no rebuild); a
 * query walks the postings of its most distinctive keys to find candidates, then scores only
 * those exactly, so query time grows with the number of articles that share rare names or terms,
 * not with the corpus. Document frequencies are live, so IDF always reflects the current corpus
 * (blended with the prior of ./idf.ts). Per-key arrays are typed and indexed by key id so a query
 * allocates little: the service worker answers while the reader waits.
 */
import type { Contradiction, Match, MatchReasons } from '../types';
import type { ArticleFeatures } from './types';
import { FEATURES_VERSION, MAX_EVENTS } from './types';
import { idf, priorDocFreq, RARE_DOC_FREQ } from './idf';
import { minhashSimilarity } from './minhash';
import { isPersonNameKey } from './person-names';
import { combine, COEFFICIENTS, EVENT_SAME_DAYS, type Coefficients, type PairSignals } from './score';
import { DUPLICATE_JACCARD, RELATED, duplicateScore, tierOf } from './tiers';

/** Query keys whose postings are walked (most distinctive first). */
const QUERY_KEYS = 48;
/** A key in more than this share of the corpus (and more than MIN_LONG_POSTINGS articles) finds no candidates. */
const MAX_POSTINGS_SHARE = 0.1;
const MIN_LONG_POSTINGS = 1000;
/** Candidates scored exactly per query (ranked by the postings walk's partial dot product): 80 gives the same eval figures as 150 on the clusters files and is 25 % faster; the side panel lists at most 50. */
const MAX_CANDIDATES = 80;
/** Terms of an article entered in postings (its most distinctive); all its terms still count in scoring. */
const POSTED_TERMS = 40;

const KIND_NAME = 'n:';
const KIND_TERM = 't:';
const KIND_NUM = '#:';
const KIND_UNIT = 'u:';
const KIND_QTY = 'q:';
/** Number keys of years ("y2022") start with this. */
const YEAR_PREFIX = 'y';

/** One indexed article. Terms are ordered most distinctive first, so postings hold a prefix. */
interface Doc {
  id: string;
  day: number | null;
  nameIds: Int32Array;
  nameW: Float32Array;
  termIds: Int32Array;
  termW: Float32Array;
  numIds: Int32Array;
  leadIds: Int32Array;
  leadW: Float32Array;
  minhash: Uint32Array;
  /** Year key ids (a subset of numIds). */
  yearIds: Int32Array;
  /** Weekdays of the lead as bits 1..7 (0: none). */
  leadDays: number;
  /** Event days the title and lead state (features `events`). */
  events: Int32Array;
  /** Quantities: unit key id and "unit=value" key id, pairwise. */
  unitIds: Int32Array;
  qtyIds: Int32Array;
  /** Norms of the IDF-weighted vectors, cached: IDF drifts slowly, so they are refreshed only when the corpus size has moved by NORM_DRIFT. */
  norms: Float64Array;
  normsAt: number;
}

/** Relative change of the corpus size after which cached document norms are recomputed. */
const NORM_DRIFT = 0.02;

/** A query article against the current vocabulary: its known key ids (weights live in the index's scratch arrays). */
interface Prepared {
  known: number[];
  nameNorm: number;
  termNorm: number;
  numNorm: number;
  leadNorm: number;
  /** The query's year ids and whether it names any year at all (unknown years count, they match nothing). */
  years: Set<number>;
  hasYears: boolean;
  /** Weekdays within one day of a lead weekday of the query (bits 1..7), 0 when its lead names none. */
  nearDays: number;
  /** Query quantities: unit id → its "unit=value" ids. */
  qty: Map<number, number[]>;
}

/** A scored candidate with the raw signals, for evaluation and fitting. */
export interface RankedCandidate extends Match {
  signals: PairSignals;
}

/**
 * MatchIndex.toSnapshot(): what IndexedDB keeps for a fast cold start. Typed arrays are stored and
 * read back by structured cloning as whole blocks (no JSON, no base64), and the articles' key ids,
 * weights and MinHash values are single arrays the index then uses in place.
 */
export interface MatchIndexSnapshot {
  v: 7;
  features: number;
  /** The vocabulary once: bare keys and their kinds (index into KINDS). */
  keys: string[];
  kinds: Uint8Array;
  /** Article ids, in the order of `heads`. */
  ids: string[];
  /** Per article HEAD numbers: day (NO_DAY when unknown), counts of names, terms, nums, lead keys, quantities, MinHash values, lead weekday bits, then MAX_EVENTS event days (NO_DAY for none). */
  heads: Int32Array;
  /** Per article: name, term, num, lead, unit then quantity key ids (into `keys`), concatenated. */
  keyIds: Int32Array;
  /** Per article: name, term and lead weights ×1000, concatenated. */
  weights: Uint16Array;
  minhash: Uint32Array;
  /** Per key: document frequency and word-frequency prior, so a load recomputes neither. */
  df: Int32Array;
  prior: Float64Array;
  /** Postings per key (article positions in `ids`): key j's are postSlots[postStart[j] .. postStart[j + 1]). */
  postStart: Int32Array;
  postSlots: Int32Array;
}

const KINDS = [KIND_NAME, KIND_TERM, KIND_NUM, KIND_UNIT, KIND_QTY] as const;
/** Snapshot head: BASE_HEAD numbers per article, then its MAX_EVENTS event days. */
const BASE_HEAD = 8;
const HEAD = BASE_HEAD + MAX_EVENTS;
const NO_DAY = -2147483648;

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

/** The event days stored in a snapshot head from `at` (NO_DAY ends them). */
function eventsOf(h: Int32Array, at: number): Int32Array {
  let n = 0;
  while (n < MAX_EVENTS && h[at + n] !== NO_DAY) n++;
  return h.slice(at, at + n);
}

/** The closest pair of event days of two sets (the query's, the document's), or null when either is empty. */
function closestEvents(a: readonly number[], b: Int32Array): [number, number] | null {
  let best: [number, number] | null = null;
  for (const x of a) for (let i = 0; i < b.length; i++) if (!best || Math.abs(x - b[i]!) < Math.abs(best[0] - best[1])) best = [x, b[i]!];
  return best;
}

/** The smallest distance in days between two sets of event days, or null when either is empty. */
function eventGap(a: readonly number[], b: Int32Array): number | null {
  const c = closestEvents(a, b);
  return c ? Math.abs(c[0] - c[1]) : null;
}

/** Days since the epoch as an ISO date. */
function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The ISO weekday numbers ("1" Monday … "7" Sunday) of a weekday bit mask. */
function weekdaysOf(mask: number): string[] {
  const out: string[] = [];
  for (let d = 1; d <= 7; d++) if (mask & (1 << d)) out.push(String(d));
  return out;
}

/** Weekday keys ("w1".."w7") as bits 1..7. */
function dayBits(keys: readonly string[]): number {
  let m = 0;
  for (const k of keys) if (/^w[1-7]$/.test(k)) m |= 1 << Number(k.slice(1));
  return m;
}

/** The weekdays within one day of any in `m` (Sunday and Monday are neighbours). */
function nearDayBits(m: number): number {
  let out = 0;
  for (let d = 1; d <= 7; d++) if (m & (1 << d)) out |= (1 << d) | (1 << (d === 1 ? 7 : d - 1)) | (1 << (d === 7 ? 1 : d + 1));
  return out;
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
  /** The scorer's coefficients: the shipped ones, or a fold's while cross-validating (scripts/eval). */
  constructor(private readonly coefficients: Coefficients = COEFFICIENTS) {}

  /**
   * Key ids by kind, keyed by the bare key: a query looks its keys up without building prefixed
   * strings (the features' own keys already carry a cached hash). `keyOf` / `kindOf` give them back.
   */
  private vocab: Record<string, Map<string, number>> = { [KIND_NAME]: new Map(), [KIND_TERM]: new Map(), [KIND_NUM]: new Map(), [KIND_UNIT]: new Map(), [KIND_QTY]: new Map() };
  private keyOf: string[] = [];
  private kindOf = new Uint8Array(1024);
  /** 1 for a name key of a person's full name (isPersonNameKey): not a town, an outlet or a surname alone. */
  private fullName = new Uint8Array(1024);
  private df = new Int32Array(1024);
  private prior = new Float64Array(1024);
  /**
   * Slots per key id; created on first use (most keys — rare terms, lead-only keys — never get a
   * postings list). After a snapshot load a list is a view into the snapshot's array until it changes.
   */
  private postings: (number[] | Int32Array | undefined)[] = [];

  /** The postings of a key as a list that can change (a snapshot's view is copied on first change). */
  private mutablePostings(id: number): number[] {
    const p = this.postings[id];
    if (Array.isArray(p)) return p;
    const list = p ? Array.from(p) : [];
    this.postings[id] = list;
    return list;
  }
  private docs: (Doc | null)[] = [];
  private slotOf = new Map<string, number>();
  private free: number[] = [];
  /** Scratch per key id: the query's IDF-weighted weight, cached IDF and the query stamp it belongs to. */
  private qw = new Float64Array(1024);
  private qlw = new Float64Array(1024);
  private idfC = new Float64Array(1024);
  private stamp = new Int32Array(1024);
  private now = 0;
  private acc = new Float64Array(1024);

  /** Articles in the index. */
  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  private intern(kind: string, key: string, prior?: number): number {
    const map = this.vocab[kind]!;
    let id = map.get(key);
    if (id === undefined) {
      id = this.keyOf.length;
      if (id >= this.df.length) this.grow(id * 2);
      map.set(key, id);
      this.keyOf.push(key);
      this.kindOf[id] = KINDS.indexOf(kind as (typeof KINDS)[number]);
      this.fullName[id] = kind === KIND_NAME && isPersonNameKey(key) ? 1 : 0;
      this.prior[id] = prior ?? priorDocFreq(key);
      this.postings.push(undefined);
    }
    return id;
  }

  /** The id of a key of the given kind, if any article has it. */
  private idOf(kind: string, key: string): number | undefined {
    return this.vocab[kind]!.get(key);
  }

  private grow(cap: number): void {
    const g = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.df = g(this.df);
    const kinds = new Uint8Array(cap);
    kinds.set(this.kindOf);
    this.kindOf = kinds;
    const full = new Uint8Array(cap);
    full.set(this.fullName);
    this.fullName = full;
    this.prior = g(this.prior);
    this.qw = g(this.qw);
    this.qlw = g(this.qlw);
    this.idfC = g(this.idfC);
    this.stamp = g(this.stamp);
  }

  private idfOf(id: number): number {
    if (this.stamp[id] !== this.now) {
      this.stamp[id] = this.now;
      this.idfC[id] = idf(this.df[id]!, this.size, this.prior[id]!);
      this.qw[id] = 0;
      this.qlw[id] = 0;
    }
    return this.idfC[id]!;
  }

  /** Adds (or replaces) an article's features. */
  add(f: ArticleFeatures): void {
    if (f.v !== FEATURES_VERSION) throw new Error(`features of ${f.id} are version ${f.v}, expected ${FEATURES_VERSION}`);
    const nameKeys = Object.keys(f.names);
    const qty = f.qty ?? [];
    const termIds = Object.keys(f.terms).map((k) => [this.intern(KIND_TERM, k), f.terms[k]!] as const);
    termIds.sort((a, b) => b[1] * -Math.log(this.prior[b[0]]!) - a[1] * -Math.log(this.prior[a[0]]!) || a[0] - b[0]);
    this.insert({
      id: f.id,
      day: f.day,
      nameIds: Int32Array.from(nameKeys, (k) => this.intern(KIND_NAME, k)),
      nameW: Float32Array.from(nameKeys, (k) => f.names[k]!),
      termIds: Int32Array.from(termIds, (x) => x[0]),
      termW: Float32Array.from(termIds, (x) => x[1]),
      numIds: Int32Array.from(f.nums, (k) => this.intern(KIND_NUM, k)),
      leadIds: Int32Array.from(Object.keys(f.lead), (k) => this.intern(k.slice(0, 2), k.slice(2))),
      leadW: Float32Array.from(Object.values(f.lead)),
      minhash: Uint32Array.from(f.minhash),
      yearIds: new Int32Array(0),
      leadDays: dayBits(f.leadDays ?? []),
      events: Int32Array.from(f.events ?? []),
      unitIds: Int32Array.from(qty, (k) => this.intern(KIND_UNIT, k.slice(0, k.indexOf('=')))),
      qtyIds: Int32Array.from(qty, (k) => this.intern(KIND_QTY, k)),
      norms: new Float64Array(4),
      normsAt: -1,
    });
  }

  /** Calls `fn` for every key of the document that has a postings entry. */
  private eachPosted(doc: Doc, fn: (id: number) => void): void {
    for (let i = 0; i < doc.nameIds.length; i++) fn(doc.nameIds[i]!);
    const n = Math.min(POSTED_TERMS, doc.termIds.length);
    for (let i = 0; i < n; i++) fn(doc.termIds[i]!);
    for (let i = 0; i < doc.numIds.length; i++) fn(doc.numIds[i]!);
  }

  /** Puts a document in a slot without counting it (a snapshot load brings frequencies and postings). */
  private place(doc: Doc): number {
    if (this.slotOf.has(doc.id)) this.remove(doc.id);
    doc.yearIds = doc.numIds.filter((id) => this.keyOf[id]!.startsWith(YEAR_PREFIX));
    const slot = this.free.pop() ?? this.docs.length;
    this.docs[slot] = doc;
    this.slotOf.set(doc.id, slot);
    return slot;
  }

  private insert(doc: Doc): void {
    const slot = this.place(doc);
    const df = this.df;
    for (let i = 0; i < doc.nameIds.length; i++) df[doc.nameIds[i]!]!++;
    for (let i = 0; i < doc.termIds.length; i++) df[doc.termIds[i]!]!++;
    for (let i = 0; i < doc.numIds.length; i++) df[doc.numIds[i]!]!++;
    this.eachPosted(doc, (id) => {
      this.mutablePostings(id).push(slot);
    });
  }

  /** Removes an article; its keys' document frequencies drop at once. */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const doc = this.docs[slot]!;
    for (const arr of [doc.nameIds, doc.termIds, doc.numIds]) for (const k of arr) this.df[k]!--;
    this.eachPosted(doc, (k) => {
      if (!this.postings[k]) return;
      const p = this.mutablePostings(k);
      const at = p.indexOf(slot);
      if (at >= 0) {
        p[at] = p[p.length - 1]!;
        p.pop();
      }
    });
    this.docs[slot] = null;
    this.slotOf.delete(id);
    this.free.push(slot);
  }

  /**
   * A compact snapshot for a fast cold start: the vocabulary once, then every article's key ids,
   * weights and MinHash in three typed arrays, with each key's document frequency, prior and
   * postings, so fromSnapshot() recounts nothing.
   */
  toSnapshot(): MatchIndexSnapshot {
    const used = new Map<number, number>();
    const keys: string[] = [];
    const kinds: number[] = [];
    const live = this.docs.filter((d): d is Doc => !!d);
    const heads = new Int32Array(live.length * HEAD);
    let nIds = 0;
    let nW = 0;
    let nMh = 0;
    for (const d of live) {
      nIds += d.nameIds.length + d.termIds.length + d.numIds.length + d.leadIds.length + 2 * d.unitIds.length;
      nW += d.nameW.length + d.termW.length + d.leadW.length;
      nMh += d.minhash.length;
    }
    const keyIds = new Int32Array(nIds);
    const weights = new Uint16Array(nW);
    const minhash = new Uint32Array(nMh);
    let k = 0;
    let w = 0;
    let m = 0;
    live.forEach((d, i) => {
      heads.set([d.day ?? NO_DAY, d.nameIds.length, d.termIds.length, d.numIds.length, d.leadIds.length, d.unitIds.length, d.minhash.length, d.leadDays], i * HEAD);
      for (let e = 0; e < MAX_EVENTS; e++) heads[i * HEAD + BASE_HEAD + e] = d.events[e] ?? NO_DAY;
      for (const arr of [d.nameIds, d.termIds, d.numIds, d.leadIds, d.unitIds, d.qtyIds])
        for (const id of arr) {
          let j = used.get(id);
          if (j === undefined) {
            j = keys.length;
            used.set(id, j);
            keys.push(this.keyOf[id]!);
            kinds.push(this.kindOf[id]!);
          }
          keyIds[k++] = j;
        }
      for (const arr of [d.nameW, d.termW, d.leadW]) for (const x of arr) weights[w++] = Math.min(65535, Math.round(x * 1000));
      minhash.set(d.minhash, m);
      m += d.minhash.length;
    });
    // Postings in snapshot positions: slot → position of its article in `ids`.
    const position = new Int32Array(this.docs.length).fill(-1);
    live.forEach((d, i) => (position[this.slotOf.get(d.id)!] = i));
    const byKey = [...used.entries()].sort((a, b) => a[1] - b[1]);
    const df = new Int32Array(keys.length);
    const prior = new Float64Array(keys.length);
    const postStart = new Int32Array(keys.length + 1);
    let total = 0;
    for (const [id, j] of byKey) {
      df[j] = this.df[id]!;
      prior[j] = this.prior[id]!;
      postStart[j] = total;
      total += this.postings[id]?.length ?? 0;
    }
    postStart[keys.length] = total;
    const postSlots = new Int32Array(total);
    for (const [id, j] of byKey) {
      const p = this.postings[id];
      if (!p) continue;
      let o = postStart[j]!;
      for (const slot of p) postSlots[o++] = position[slot]!;
    }
    return { v: 7, features: FEATURES_VERSION, keys, kinds: Uint8Array.from(kinds), ids: live.map((d) => d.id), heads, keyIds, weights, minhash, df, prior, postStart, postSlots };
  }

  /**
   * The index a snapshot describes (throws on a snapshot of another version: rebuild from features
   * then). Takes the snapshot's arrays over: pass a fresh copy (as IndexedDB reads give).
   */
  static fromSnapshot(snap: MatchIndexSnapshot): MatchIndex {
    if (snap?.v !== 7 || snap.features !== FEATURES_VERSION) throw new Error('match index snapshot of another version: rebuild from features');
    const index = new MatchIndex();
    const ids = new Int32Array(snap.keys.length);
    for (let j = 0; j < ids.length; j++) {
      const id = index.intern(KINDS[snap.kinds[j]!]!, snap.keys[j]!, snap.prior[j]);
      ids[j] = id;
      index.df[id] = snap.df[j]!;
      // Slots are the articles' positions (a new index places them in order); views until changed.
      if (snap.postStart[j + 1]! > snap.postStart[j]!) index.postings[id] = snap.postSlots.subarray(snap.postStart[j]!, snap.postStart[j + 1]!);
    }
    // The snapshot's arrays become the articles' arrays: key ids mapped in place, weights scaled once.
    const all = snap.keyIds;
    for (let i = 0; i < all.length; i++) all[i] = ids[all[i]!]!;
    const weights = new Float32Array(snap.weights.length);
    for (let i = 0; i < weights.length; i++) weights[i] = snap.weights[i]! / 1000;
    let k = 0;
    let w = 0;
    let m = 0;
    const h = snap.heads;
    for (let i = 0; i < snap.ids.length; i++) {
      const o = i * HEAD;
      const [day, nn, nt, nu, nl, nq, nm, leadDays] = [h[o]!, h[o + 1]!, h[o + 2]!, h[o + 3]!, h[o + 4]!, h[o + 5]!, h[o + 6]!, h[o + 7]!];
      index.place({
        id: snap.ids[i]!,
        day: day === NO_DAY ? null : day,
        nameIds: all.subarray(k, k + nn),
        termIds: all.subarray(k + nn, k + nn + nt),
        numIds: all.subarray(k + nn + nt, k + nn + nt + nu),
        leadIds: all.subarray(k + nn + nt + nu, k + nn + nt + nu + nl),
        unitIds: all.subarray(k + nn + nt + nu + nl, k + nn + nt + nu + nl + nq),
        qtyIds: all.subarray(k + nn + nt + nu + nl + nq, k + nn + nt + nu + nl + 2 * nq),
        nameW: weights.subarray(w, w + nn),
        termW: weights.subarray(w + nn, w + nn + nt),
        leadW: weights.subarray(w + nn + nt, w + nn + nt + nl),
        minhash: snap.minhash.subarray(m, m + nm),
        yearIds: new Int32Array(0),
        leadDays,
        events: eventsOf(h, o + BASE_HEAD),
        norms: new Float64Array(4),
        normsAt: -1,
      });
      k += nn + nt + nu + nl + 2 * nq;
      w += nn + nt + nl;
      m += nm;
    }
    return index;
  }

  /** Sets the scratch weights for the query; unknown keys only add to the norms. */
  private prepare(f: ArticleFeatures): Prepared {
    this.now++;
    if (this.now > 2 ** 30) {
      this.stamp.fill(0);
      this.now = 1;
    }
    const known: number[] = [];
    const norms = [0, 0, 0];
    const put = (kind: string, key: string, w: number, which: number): void => {
      const id = this.idOf(kind, key);
      const i = id === undefined ? idf(0, this.size, priorDocFreq(key)) : this.idfOf(id);
      const x = which === 2 ? i : w * i;
      norms[which]! += x * x;
      if (id !== undefined) {
        this.qw[id] = x;
        known.push(id);
      }
    };
    for (const k in f.names) put(KIND_NAME, k, f.names[k]!, 0);
    for (const k in f.terms) put(KIND_TERM, k, f.terms[k]!, 1);
    for (const k of f.nums) put(KIND_NUM, k, 1, 2);
    let leadNorm = 0;
    for (const k in f.lead) {
      const id = this.idOf(k.slice(0, 2), k.slice(2));
      const x = f.lead[k]! * (id === undefined ? idf(0, this.size, priorDocFreq(k.slice(2))) : this.idfOf(id));
      leadNorm += x * x;
      if (id !== undefined) this.qlw[id] = x;
    }
    const years = new Set<number>();
    let hasYears = false;
    for (const k of f.nums) {
      if (k[0] !== 'y') continue;
      hasYears = true;
      const id = this.idOf(KIND_NUM, k);
      if (id !== undefined) years.add(id);
    }
    const qty = new Map<number, number[]>();
    for (const k of f.qty ?? []) {
      const u = this.idOf(KIND_UNIT, k.slice(0, k.indexOf('=')));
      if (u === undefined) continue;
      const list = qty.get(u) ?? [];
      list.push(this.idOf(KIND_QTY, k) ?? -1);
      qty.set(u, list);
    }
    return {
      known,
      nameNorm: Math.sqrt(norms[0]!),
      termNorm: Math.sqrt(norms[1]!),
      numNorm: Math.sqrt(norms[2]!),
      leadNorm: Math.sqrt(leadNorm),
      years,
      hasYears,
      nearDays: nearDayBits(dayBits(f.leadDays ?? [])),
      qty,
    };
  }

  private candidates(p: Prepared, exclude: Set<number>): number[] {
    if (this.acc.length < this.docs.length) this.acc = new Float64Array(Math.max(this.docs.length, this.acc.length * 2));
    const acc = this.acc;
    const keys = p.known.map((id) => [id, this.qw[id]! * this.idfC[id]!] as const).sort((a, b) => b[1] - a[1]);
    const maxLen = Math.max(MIN_LONG_POSTINGS, this.size * MAX_POSTINGS_SHARE);
    const touched: number[] = [];
    let walked = 0;
    for (const [id, w] of keys) {
      if (walked >= QUERY_KEYS) break;
      const post = this.postings[id];
      if (!post || post.length === 0) continue;
      walked++;
      if (post.length > maxLen) continue;
      for (const slot of post) {
        if (acc[slot] === 0) touched.push(slot);
        acc[slot]! += w;
      }
    }
    let out = touched;
    const keep = MAX_CANDIDATES + exclude.size;
    if (out.length > keep) {
      // Only the best `keep` partial scores matter: select the cut-off instead of sorting thousands.
      const vals = new Float64Array(touched.length);
      for (let i = 0; i < vals.length; i++) vals[i] = acc[touched[i]!]!;
      const cut = kthLargest(vals, keep);
      out = touched.filter((s) => acc[s]! >= cut);
    }
    out = out.filter((s) => !exclude.has(s));
    if (out.length > MAX_CANDIDATES) {
      out.sort((a, b) => acc[b]! - acc[a]!);
      out = out.slice(0, MAX_CANDIDATES);
    }
    for (const s of touched) acc[s] = 0;
    return out;
  }

  /** The IDF of a name only one article has: the scale of the `fullName` signal. */
  private uniqueIdf(): number {
    return idf(1, this.size, RARE_DOC_FREQ);
  }

  /** Recomputes a document's vector norms under the current IDF when the corpus has grown or shrunk enough. */
  private docNorms(doc: Doc): Float64Array {
    const n = this.size;
    if (doc.normsAt >= 0 && Math.abs(n - doc.normsAt) <= NORM_DRIFT * doc.normsAt) return doc.norms;
    let a = 0;
    for (let i = 0; i < doc.nameIds.length; i++) a += (doc.nameW[i]! * this.idfOf(doc.nameIds[i]!)) ** 2;
    let b = 0;
    for (let i = 0; i < doc.termIds.length; i++) b += (doc.termW[i]! * this.idfOf(doc.termIds[i]!)) ** 2;
    let c = 0;
    for (let i = 0; i < doc.numIds.length; i++) c += this.idfOf(doc.numIds[i]!) ** 2;
    doc.norms[0] = Math.sqrt(a);
    doc.norms[1] = Math.sqrt(b);
    doc.norms[2] = Math.sqrt(c);
    let d = 0;
    for (let i = 0; i < doc.leadIds.length; i++) d += (doc.leadW[i]! * this.idfOf(doc.leadIds[i]!)) ** 2;
    doc.norms[3] = Math.sqrt(d);
    doc.normsAt = n;
    return doc.norms;
  }

  /** The pair's signals; when `shared` is given, the shared name and term ids with their contributions are pushed to it. */
  private signals(p: Prepared, f: ArticleFeatures, doc: Doc, shared?: { names: number[]; terms: number[] }): PairSignals {
    const norms = this.docNorms(doc);
    // The scratch arrays in locals: this loop runs for every candidate of every query.
    const stamp = this.stamp;
    const now = this.now;
    const qwA = this.qw;
    const idfC = this.idfC;
    let dot = 0;
    let rarest = 0;
    const nameIds = doc.nameIds;
    const fullName = this.fullName;
    for (let i = 0; i < nameIds.length; i++) {
      const id = nameIds[i]!;
      if (stamp[id] !== now) continue;
      const qw = qwA[id]!;
      if (qw !== 0) {
        const x = qw * doc.nameW[i]! * idfC[id]!;
        dot += x;
        if (fullName[id] && idfC[id]! > rarest) rarest = idfC[id]!;
        shared?.names.push(id, x);
      }
    }
    const names = dot > 0 ? dot / (norms[0]! * p.nameNorm) : 0;
    dot = 0;
    const termIds = doc.termIds;
    for (let i = 0; i < termIds.length; i++) {
      const id = termIds[i]!;
      if (stamp[id] !== now) continue;
      const qw = qwA[id]!;
      if (qw !== 0) {
        const x = qw * doc.termW[i]! * idfC[id]!;
        dot += x;
        shared?.terms.push(id, x);
      }
    }
    const terms = dot > 0 ? dot / (norms[1]! * p.termNorm) : 0;
    dot = 0;
    for (let i = 0; i < doc.numIds.length; i++) {
      const id = doc.numIds[i]!;
      if (stamp[id] === now && qwA[id] !== 0) dot += idfC[id]! ** 2;
    }
    const nums = dot > 0 ? dot / (norms[2]! * p.numNorm) : 0;
    dot = 0;
    const qlw = this.qlw;
    for (let i = 0; i < doc.leadIds.length; i++) {
      const id = doc.leadIds[i]!;
      if (stamp[id] === now && qlw[id] !== 0) dot += qlw[id]! * doc.leadW[i]! * idfC[id]!;
    }
    const lead = dot > 0 ? dot / (norms[3]! * p.leadNorm) : 0;
    const days = f.day !== null && doc.day !== null ? Math.abs(f.day - doc.day) : null;
    const dup = minhashSimilarity(f.minhash, doc.minhash);
    let yearClash = 0;
    if (p.hasYears && doc.yearIds.length > 0) {
      yearClash = 1;
      for (let i = 0; i < doc.yearIds.length; i++) if (p.years.has(doc.yearIds[i]!)) yearClash = 0;
    }
    const dayClash = p.nearDays !== 0 && doc.leadDays !== 0 && (p.nearDays & doc.leadDays) === 0 ? 1 : 0;
    return { names: Math.min(1, names), terms: Math.min(1, terms), nums: Math.min(1, nums), lead: Math.min(1, lead), days, eventGap: eventGap(f.events ?? [], doc.events), fullName: rarest / this.uniqueIdf(), dup, yearClash, dayClash, qtyClash: this.clashingUnit(p, doc) >= 0 ? 1 : 0 };
  }

  /**
   * The first unit both give a value for with no value in common ("magnitude" 4.6 vs 4.4), or -1:
   * qtyClash is 1 when there is one, and the reasons show it (the quantity tables are a few entries each).
   */
  private clashingUnit(p: Prepared, doc: Doc): number {
    if (p.qty.size === 0 || doc.unitIds.length === 0) return -1;
    let shared: number[] | null = null;
    let agreed: number[] | null = null;
    for (let i = 0; i < doc.unitIds.length; i++) {
      const values = p.qty.get(doc.unitIds[i]!);
      if (!values) continue;
      (shared ??= []).push(doc.unitIds[i]!);
      if (values.includes(doc.qtyIds[i]!)) (agreed ??= []).push(doc.unitIds[i]!);
    }
    for (const u of shared ?? []) if (!agreed?.includes(u)) return u;
    return -1;
  }

  private reasons(f: ArticleFeatures, doc: Doc, p: Prepared, sharedNames: number[], sharedTerms: number[], signals: PairSignals): MatchReasons {
    const pick = (shared: number[], limit: number, surf: (k: string) => string | undefined): string[] => {
      const pairs: [string, number][] = [];
      for (let i = 0; i < shared.length; i += 2) pairs.push([this.keyOf[shared[i]!]!, shared[i + 1]!]);
      pairs.sort((a, b) => b[1] - a[1]);
      const out: string[] = [];
      const seen: string[] = [];
      for (const [k] of pairs) {
        const s = surf(k) ?? k;
        const low = s.toLowerCase();
        if (seen.some((x) => x === low || x.endsWith(` ${low}`) || x.startsWith(`${low} `))) continue;
        seen.push(low);
        out.push(s);
        if (out.length >= limit) break;
      }
      return out;
    };
    const ev = closestEvents(f.events ?? [], doc.events);
    return {
      names: pick(sharedNames, 6, (k) => f.surfaces[k]),
      terms: pick(sharedTerms, 8, (k) => f.surfaces[`t:${k}`]),
      days: signals.days,
      eventDays: ev ? [isoDay(ev[0]), isoDay(ev[1])] : null,
      contradictions: this.contradictions(f, doc, p, signals, ev),
    };
  }

  private scored(f: ArticleFeatures, opts: QueryOptions): { p: Prepared; list: { slot: number; score: number; signals: PairSignals }[] } {
    const p = this.prepare(f);
    const exclude = new Set<number>();
    const self = this.slotOf.get(f.id);
    if (self !== undefined) exclude.add(self);
    for (const id of opts.exclude ?? []) {
      const s = this.slotOf.get(id);
      if (s !== undefined) exclude.add(s);
    }
    const list: { slot: number; score: number; signals: PairSignals }[] = [];
    for (const slot of this.candidates(p, exclude)) {
      const signals = this.signals(p, f, this.docs[slot]!);
      const score = combine(signals, this.coefficients);
      list.push({ slot, signals, score: signals.dup >= DUPLICATE_JACCARD ? duplicateScore(score, signals.dup) : score });
    }
    list.sort((a, b) => b.score - a.score || (this.docs[a.slot]!.id < this.docs[b.slot]!.id ? -1 : 1));
    return { p, list };
  }

  /** The contradictions the signals found, with the values that disagree (for the reader to check). */
  private contradictions(f: ArticleFeatures, doc: Doc, p: Prepared, s: PairSignals, ev: [number, number] | null): Contradiction[] {
    const out: Contradiction[] = [];
    if (ev && s.eventGap !== null && s.eventGap > EVENT_SAME_DAYS) out.push({ kind: 'event-days', query: (f.events ?? []).map(isoDay), match: Array.from(doc.events, isoDay) });
    if (s.yearClash) out.push({ kind: 'years', query: f.nums.filter((k) => k[0] === YEAR_PREFIX).map((k) => k.slice(1)), match: Array.from(doc.yearIds, (id) => this.keyOf[id]!.slice(1)) });
    if (s.dayClash) out.push({ kind: 'weekdays', query: (f.leadDays ?? []).map((k) => k.slice(1)), match: weekdaysOf(doc.leadDays) });
    const unitId = s.qtyClash ? this.clashingUnit(p, doc) : -1;
    if (unitId >= 0) {
      const unit = this.keyOf[unitId]!;
      // Shown as the text writes the unit ("people", not the stem "peopl").
      const show = (k: string): string => `${k.slice(k.indexOf('=') + 1)} ${f.surfaces[`t:${unit}`] ?? unit}`;
      const match: string[] = [];
      for (let i = 0; i < doc.unitIds.length; i++) if (doc.unitIds[i] === unitId) match.push(show(this.keyOf[doc.qtyIds[i]!]!));
      out.push({ kind: 'quantity', query: (f.qty ?? []).filter((k) => k.startsWith(`${unit}=`)).map(show), match });
    }
    return out;
  }

  private toMatch(p: Prepared, f: ArticleFeatures, slot: number, score: number, signals: PairSignals): RankedCandidate {
    const doc = this.docs[slot]!;
    const shared = { names: [] as number[], terms: [] as number[] };
    this.signals(p, f, doc, shared);
    return { id: doc.id, score, tier: tierOf(score, signals.dup) ?? 'related', reasons: this.reasons(f, doc, p, shared.names, shared.terms, signals), signals };
  }

  /** Every candidate with its signals and score, best first, no threshold: for evaluation and fitting. */
  rank(f: ArticleFeatures, opts: QueryOptions = {}): RankedCandidate[] {
    const { p, list } = this.scored(f, opts);
    return list.slice(0, opts.top ?? Infinity).map((c) => this.toMatch(p, f, c.slot, c.score, c.signals));
  }

  /** Articles that tell the same story as `f` (or a related one), best first, scores in [0, 1]. */
  query(f: ArticleFeatures, opts: QueryOptions = {}): Match[] {
    const min = opts.minScore ?? RELATED;
    const top = opts.top ?? 10;
    const { p, list } = this.scored(f, opts);
    const out: Match[] = [];
    for (const c of list) {
      if (out.length >= top) break;
      if (c.score < min && c.signals.dup < DUPLICATE_JACCARD) continue;
      const { signals: _s, ...m } = this.toMatch(p, f, c.slot, c.score, c.signals);
      out.push(m);
    }
    return out;
  }
}
