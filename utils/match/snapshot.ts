/**
 * The snapshot format of the index, for a fast cold start of the service worker: the vocabulary
 * once, then every article's key ids, weights and MinHash values in three typed arrays, with each
 * key's document frequency, prior and postings, so a load recounts nothing. Typed arrays are what
 * IndexedDB stores and reads back by structured cloning as whole blocks (no JSON, no base64), and
 * the loaded index uses them in place.
 */
import type { IndexedArticle } from './indexed-article';
import type { Postings } from './postings';
import { FEATURES_VERSION, MAX_EVENTS } from './types';
import { KEY_KINDS, type Vocabulary } from './vocabulary';

/** Bump when the layout below changes: an older snapshot is then refused and the index rebuilt from features. */
const SNAPSHOT_VERSION = 7;

/** MatchIndex.toSnapshot(): what IndexedDB keeps for a fast cold start. */
export interface MatchIndexSnapshot {
  v: typeof SNAPSHOT_VERSION;
  features: number;
  /** The vocabulary once: bare keys and their kinds (index into KEY_KINDS). */
  keys: string[];
  kinds: Uint8Array;
  /** Article ids, in the order of `heads`. */
  ids: string[];
  /** Per article HEAD_SIZE numbers (the HEAD_ offsets below). */
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

// An article's head: its day (NO_DAY when unknown), the counts of its keys of each part, of its
// MinHash values, its lead weekday bits, then MAX_EVENTS event days (NO_DAY for none).
const HEAD_DAY = 0;
const HEAD_NAMES = 1;
const HEAD_TERMS = 2;
const HEAD_NUMS = 3;
const HEAD_LEAD = 4;
const HEAD_QUANTITIES = 5;
const HEAD_MINHASH = 6;
const HEAD_LEAD_WEEKDAYS = 7;
const HEAD_EVENTS = 8;
const HEAD_SIZE = HEAD_EVENTS + MAX_EVENTS;
const NO_DAY = -2147483648;
/** Weights are stored as integers in thousandths. */
const WEIGHT_SCALE = 1000;

/** The snapshot of the articles in `slots` (null: a free slot) and of their keys' vocabulary and postings. */
export function encodeSnapshot(slots: readonly (IndexedArticle | null)[], vocab: Vocabulary, postings: Postings): MatchIndexSnapshot {
  const live: IndexedArticle[] = [];
  /** Slot → position of its article in `ids` (postings are stored in positions). */
  const position = new Int32Array(slots.length).fill(-1);
  slots.forEach((a, slot) => {
    if (a) position[slot] = live.push(a) - 1;
  });
  const heads = new Int32Array(live.length * HEAD_SIZE);
  let idCount = 0;
  let weightCount = 0;
  let minhashCount = 0;
  for (const a of live) {
    idCount += a.nameIds.length + a.termIds.length + a.numIds.length + a.leadIds.length + 2 * a.unitIds.length;
    weightCount += a.nameWeights.length + a.termWeights.length + a.leadWeights.length;
    minhashCount += a.minhash.length;
  }
  const keyIds = new Int32Array(idCount);
  const weights = new Uint16Array(weightCount);
  const minhash = new Uint32Array(minhashCount);
  // Only the keys live articles use, numbered in order of first use.
  const snapshotKeyOf = new Map<number, number>();
  const vocabIdOf: number[] = [];
  const keys: string[] = [];
  const kinds: number[] = [];
  let idAt = 0;
  let weightAt = 0;
  let minhashAt = 0;
  live.forEach((a, i) => {
    const head = i * HEAD_SIZE;
    heads.set([a.day ?? NO_DAY, a.nameIds.length, a.termIds.length, a.numIds.length, a.leadIds.length, a.unitIds.length, a.minhash.length, a.leadWeekdays], head);
    for (let e = 0; e < MAX_EVENTS; e++) heads[head + HEAD_EVENTS + e] = a.events[e] ?? NO_DAY;
    for (const ids of [a.nameIds, a.termIds, a.numIds, a.leadIds, a.unitIds, a.qtyIds])
      for (const id of ids) {
        let j = snapshotKeyOf.get(id);
        if (j === undefined) {
          j = keys.length;
          snapshotKeyOf.set(id, j);
          vocabIdOf.push(id);
          keys.push(vocab.keyOf[id]!);
          kinds.push(vocab.kindOf[id]!);
        }
        keyIds[idAt++] = j;
      }
    for (const ws of [a.nameWeights, a.termWeights, a.leadWeights]) for (const x of ws) weights[weightAt++] = Math.min(65535, Math.round(x * WEIGHT_SCALE));
    minhash.set(a.minhash, minhashAt);
    minhashAt += a.minhash.length;
  });
  const df = new Int32Array(keys.length);
  const prior = new Float64Array(keys.length);
  const postStart = new Int32Array(keys.length + 1);
  let total = 0;
  vocabIdOf.forEach((id, j) => {
    df[j] = vocab.docFreq[id]!;
    prior[j] = vocab.prior[id]!;
    postStart[j] = total;
    total += postings.of(id)?.length ?? 0;
  });
  postStart[keys.length] = total;
  const postSlots = new Int32Array(total);
  vocabIdOf.forEach((id, j) => {
    const slotsOfKey = postings.of(id);
    if (!slotsOfKey) return;
    let at = postStart[j]!;
    for (const slot of slotsOfKey) postSlots[at++] = position[slot]!;
  });
  return { v: SNAPSHOT_VERSION, features: FEATURES_VERSION, keys, kinds: Uint8Array.from(kinds), ids: live.map((a) => a.id), heads, keyIds, weights, minhash, df, prior, postStart, postSlots };
}

/** The event days stored in a head from `at` (NO_DAY ends them). */
function eventsOf(heads: Int32Array, at: number): Int32Array {
  let n = 0;
  while (n < MAX_EVENTS && heads[at + n] !== NO_DAY) n++;
  return heads.slice(at, at + n);
}

/**
 * Loads a snapshot into an empty vocabulary and postings, handing each article to `place` in order
 * (so its slot is its position). Throws on a snapshot of another version: rebuild from features
 * then. Takes the snapshot's arrays over: pass a fresh copy (as IndexedDB reads give).
 */
export function decodeSnapshot(snap: MatchIndexSnapshot, vocab: Vocabulary, postings: Postings, place: (article: IndexedArticle) => void): void {
  if (snap?.v !== SNAPSHOT_VERSION || snap.features !== FEATURES_VERSION) throw new Error('match index snapshot of another version: rebuild from features');
  const vocabIdOf = new Int32Array(snap.keys.length);
  for (let j = 0; j < vocabIdOf.length; j++) {
    const id = vocab.intern(KEY_KINDS[snap.kinds[j]!]!, snap.keys[j]!, snap.prior[j]);
    vocabIdOf[j] = id;
    vocab.docFreq[id] = snap.df[j]!;
    postings.reserve(vocab.count);
    // Slots are the articles' positions (a new index places them in order); views until changed.
    if (snap.postStart[j + 1]! > snap.postStart[j]!) postings.setView(id, snap.postSlots.subarray(snap.postStart[j]!, snap.postStart[j + 1]!));
  }
  // The snapshot's arrays become the articles' arrays: key ids mapped in place, weights scaled once.
  const allIds = snap.keyIds;
  for (let i = 0; i < allIds.length; i++) allIds[i] = vocabIdOf[allIds[i]!]!;
  const allWeights = new Float32Array(snap.weights.length);
  for (let i = 0; i < allWeights.length; i++) allWeights[i] = snap.weights[i]! / WEIGHT_SCALE;
  let idAt = 0;
  let weightAt = 0;
  let minhashAt = 0;
  const heads = snap.heads;
  for (let i = 0; i < snap.ids.length; i++) {
    const head = i * HEAD_SIZE;
    const day = heads[head + HEAD_DAY]!;
    const names = heads[head + HEAD_NAMES]!;
    const terms = heads[head + HEAD_TERMS]!;
    const nums = heads[head + HEAD_NUMS]!;
    const lead = heads[head + HEAD_LEAD]!;
    const quantities = heads[head + HEAD_QUANTITIES]!;
    const minhashes = heads[head + HEAD_MINHASH]!;
    // Offsets of the parts in the article's run of key ids.
    const termsAt = idAt + names;
    const numsAt = termsAt + terms;
    const leadAt = numsAt + nums;
    const unitsAt = leadAt + lead;
    const qtyAt = unitsAt + quantities;
    place({
      id: snap.ids[i]!,
      day: day === NO_DAY ? null : day,
      nameIds: allIds.subarray(idAt, termsAt),
      termIds: allIds.subarray(termsAt, numsAt),
      numIds: allIds.subarray(numsAt, leadAt),
      leadIds: allIds.subarray(leadAt, unitsAt),
      unitIds: allIds.subarray(unitsAt, qtyAt),
      qtyIds: allIds.subarray(qtyAt, qtyAt + quantities),
      nameWeights: allWeights.subarray(weightAt, weightAt + names),
      termWeights: allWeights.subarray(weightAt + names, weightAt + names + terms),
      leadWeights: allWeights.subarray(weightAt + names + terms, weightAt + names + terms + lead),
      minhash: snap.minhash.subarray(minhashAt, minhashAt + minhashes),
      yearIds: new Int32Array(0),
      leadWeekdays: heads[head + HEAD_LEAD_WEEKDAYS]!,
      events: eventsOf(heads, head + HEAD_EVENTS),
      norms: new Float64Array(4),
      normsAt: -1,
    });
    idAt = qtyAt + quantities;
    weightAt += names + terms + lead;
    minhashAt += minhashes;
  }
}
