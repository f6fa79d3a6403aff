/**
 * One batch of changes to the stored match index — articles removed, articles added or replaced —
 * applied inside the corpus write's own transaction, so the stored index always describes the
 * stored corpus (a worker stopped half-way keeps neither). The work is bounded by the batch, not
 * the corpus: the rows of the batch's keys, the last postings block of each key it posts, the
 * blocks holding a removed article. Keys get ids, postings and frequencies exactly as the
 * in-memory index gives them (./index.ts, same order), so both answer alike.
 */
import { priorDocFreq } from './idf';
import { indexedArticle, type IndexedArticle, type KeyInterner } from './indexed-article';
import { articleNorms } from './pair-signals';
import { eachPostedKey } from './postings';
import { QueryScratch } from './query-scratch';
import type { MatchStoreWrites } from './stored-access';
import { fromStoredDoc, toStoredDoc } from './stored-doc';
import { BLOCK_SIZE, STORED_INDEX_VERSION, type StoredIndexState, type StoredMatchBlock, type StoredMatchDoc, type StoredMatchKey } from './stored-records';
import { FEATURES_VERSION, type ArticleFeatures } from './types';
import { Vocabulary, YEAR_PREFIX } from './vocabulary';

/** The state of an empty index. */
export function emptyIndexState(): StoredIndexState {
  return { v: STORED_INDEX_VERSION, features: FEATURES_VERSION, size: 0, nextDocNo: 0, nextKeyId: 0 };
}

/** Whether a stored state is of this format and of the current features (else the index is rebuilt). */
export function stateCurrent(state: StoredIndexState | undefined): state is StoredIndexState {
  return state?.v === STORED_INDEX_VERSION && state.features === FEATURES_VERSION;
}

/** A postings block being changed by the batch (docs as a plain array until written). */
interface WorkingBlock {
  keyId: number;
  first: number;
  docs: number[];
  changed: boolean;
}

/** The batch's key rows, by key and by id, and the ones it changed. */
class BatchKeys implements KeyInterner {
  readonly byKey = new Map<string, StoredMatchKey>();
  readonly byId = new Map<number, StoredMatchKey>();
  readonly changed = new Set<StoredMatchKey>();
  constructor(private state: StoredIndexState) {}

  add(row: StoredMatchKey | undefined): void {
    if (!row) return;
    this.byKey.set(row.key, row);
    this.byId.set(row.id, row);
  }

  /** The id of a key, a new row (the next id) when no article ever had it: in the order the in-memory vocabulary interns. */
  intern(kind: string, key: string): number {
    const full = kind + key;
    let row = this.byKey.get(full);
    if (!row) {
      row = { key: full, id: this.state.nextKeyId++, df: 0, posted: 0, last: null };
      this.add(row);
      this.changed.add(row);
    }
    return row.id;
  }

  priorOf(id: number): number {
    return priorDocFreq(this.byId.get(id)!.key.slice(2));
  }

  row(id: number): StoredMatchKey {
    const row = this.byId.get(id);
    if (!row) throw new Error(`match index: key ${id} has no row`);
    this.changed.add(row);
    return row;
  }
}

/** Every key string an article's features intern (names, terms, numbers, lead, units, quantities). */
function keysOf(f: ArticleFeatures): string[] {
  const out = [...Object.keys(f.names).map((k) => `n:${k}`), ...Object.keys(f.terms).map((k) => `t:${k}`), ...f.nums.map((k) => `#:${k}`), ...Object.keys(f.lead)];
  for (const q of f.qty ?? []) out.push(`u:${q.slice(0, q.indexOf('='))}`, `q:${q}`);
  return out;
}

/** The stored ids an indexed article counts in document frequencies (names, terms, numbers; repeats count again, as in memory). */
function countedIds(a: Pick<IndexedArticle, 'nameIds' | 'termIds' | 'numIds'>, each: (id: number) => void): void {
  for (const ids of [a.nameIds, a.termIds, a.numIds]) for (let i = 0; i < ids.length; i++) each(ids[i]!);
}

/** A stored record's parts as key ids (for frequencies and postings). */
function storedParts(doc: StoredMatchDoc): Pick<IndexedArticle, 'nameIds' | 'termIds' | 'numIds'> {
  const [names, terms, nums] = doc.counts as unknown as [number, number, number];
  return { nameIds: doc.ids.subarray(0, names), termIds: doc.ids.subarray(names, names + terms), numIds: doc.ids.subarray(names + terms, names + terms + nums) };
}

/**
 * Key rows the caller read from this store already (the story queries before a write, through
 * StoredMatchIndex), with the state they were read under: null for a key known to have no row,
 * undefined for one not read. Used only when the write's own state is that state, so a row is
 * never taken from an index that changed since.
 */
export interface KnownKeys {
  state: StoredIndexState | null;
  row(key: string): StoredMatchKey | null | undefined;
}

const sameState = (a: StoredIndexState, b: StoredIndexState) => a.v === b.v && a.features === b.features && a.size === b.size && a.nextDocNo === b.nextDocNo && a.nextKeyId === b.nextKeyId;

/** The rows of `wanted` keys: those `known` has (copied, as the batch changes them), the others read from the store. */
async function keyRowsOf(store: MatchStoreWrites, wanted: string[], stored: StoredIndexState | undefined, known?: KnownKeys): Promise<(StoredMatchKey | undefined)[]> {
  const usable = known?.state && stored && stored.size > 0 && sameState(stored, known.state) ? known : null;
  const out = wanted.map((k) => usable?.row(k));
  const missing = wanted.filter((_, i) => out[i] === undefined);
  const read = missing.length ? await store.keys(missing) : [];
  let j = 0;
  return out.map((row) => (row === undefined ? read[j++] : row === null ? undefined : { ...row }));
}

/** What a batch did: the index's new state, and how many stored articles left it (removed or replaced). */
export interface IndexBatchResult {
  state: StoredIndexState;
  left: number;
}

/**
 * Applies one batch: `removed` articles leave the index, `added` ones (features of the current
 * version) enter it, replacing any stored under the same id, in order. `known`: key rows read
 * already (see KnownKeys), so the rows of the added keys are not all read twice.
 */
export async function applyIndexBatch(store: MatchStoreWrites, removed: readonly string[], added: readonly ArticleFeatures[], known?: KnownKeys): Promise<IndexBatchResult> {
  for (const f of added) if (f.v !== FEATURES_VERSION) throw new Error(`features of ${f.id} are version ${f.v}, expected ${FEATURES_VERSION}`);
  const stored = await store.state();
  const state = { ...(stored ?? emptyIndexState()) };
  const leaving = [...new Set([...removed, ...added.map((f) => f.id)])];
  const oldDocs = (await store.docsOf(leaving)).filter((d): d is StoredMatchDoc => d !== undefined);
  const keys = new BatchKeys(state);
  const oldIds = [...new Set(oldDocs.flatMap((d) => Array.from(d.ids)))];
  const addedKeys = [...new Set(added.flatMap(keysOf))];
  const [byId, byKey] = await Promise.all([store.keysById(oldIds), keyRowsOf(store, addedKeys, stored, known)]);
  byId.forEach((r) => keys.add(r));
  byKey.forEach((r) => keys.add(r));

  const blocks = new Map<string, WorkingBlock | null>();
  const blockKey = (keyId: number, first: number) => `${keyId}:${first}`;
  const working = (b: StoredMatchBlock): WorkingBlock => ({ keyId: b.keyId, first: b.first, docs: Array.from(b.docs), changed: false });

  // Removals: the blocks holding each removed article's postings, read at once.
  const posts: [keyId: number, docNo: number][] = [];
  for (const doc of oldDocs) eachPostedKey(storedParts(doc), (id) => posts.push([id, doc.docNo]));
  const holding = await Promise.all(posts.map(([id, docNo]) => store.blockHolding(id, docNo)));
  const holderOf = new Map<string, WorkingBlock>();
  posts.forEach(([id, docNo], i) => {
    const b = holding[i];
    if (!b) return;
    const k = blockKey(b.keyId, b.first);
    if (!blocks.has(k)) blocks.set(k, working(b));
    holderOf.set(blockKey(id, docNo), blocks.get(k)!);
  });
  for (const doc of oldDocs) {
    const parts = storedParts(doc);
    countedIds(parts, (id) => keys.row(id).df--);
    eachPostedKey(parts, (id) => {
      const b = holderOf.get(blockKey(id, doc.docNo));
      const at = b ? b.docs.indexOf(doc.docNo) : -1;
      if (!b || at < 0) return;
      const row = keys.row(id);
      b.docs.splice(at, 1);
      b.changed = true;
      row.posted--;
      if (b.docs.length === 0 && row.last === b.first) row.last = null;
    });
    store.deleteDoc(doc.docNo);
    state.size--;
  }

  // Additions, in order: key ids as the in-memory vocabulary gives them, then the last blocks of their posted keys.
  const indexed = added.map((f) => {
    const a = indexedArticle(f, keys);
    a.yearIds = a.numIds.filter((id) => keys.byId.get(id)!.key.startsWith(`#:${YEAR_PREFIX}`));
    return a;
  });
  const lastBlocks = new Set<number>();
  // An id given twice in one batch: the last one is kept (as adding it again to MatchIndex replaces it); every one interned its keys.
  const lastAt = new Map(added.map((f, i) => [f.id, i]));
  const kept = indexed.filter((_, i) => lastAt.get(added[i]!.id) === i);
  const keptFeatures = added.filter((f, i) => lastAt.get(f.id) === i);
  for (const a of kept) eachPostedKey(a, (id) => lastBlocks.add(id));
  const lasts = await Promise.all(
    [...lastBlocks].flatMap((id) => {
      const row = keys.byId.get(id)!;
      return row.last === null || blocks.has(blockKey(id, row.last)) ? [] : [store.block(id, row.last)];
    }),
  );
  for (const b of lasts) if (b) blocks.set(blockKey(b.keyId, b.first), working(b));
  const docNos: number[] = [];
  for (const a of kept) {
    const docNo = state.nextDocNo++;
    docNos.push(docNo);
    countedIds(a, (id) => keys.row(id).df++);
    eachPostedKey(a, (id) => {
      const row = keys.row(id);
      row.posted++;
      const last = row.last === null ? undefined : blocks.get(blockKey(id, row.last));
      if (last && last.docs.length < BLOCK_SIZE) {
        last.docs.push(docNo);
        last.changed = true;
        return;
      }
      row.last = docNo;
      blocks.set(blockKey(id, docNo), { keyId: id, first: docNo, docs: [docNo], changed: true });
    });
    state.size++;
  }

  // Norms under the batch's final frequencies and size, as the in-memory index computes them at its next query.
  const vocab = new Vocabulary();
  const localOf = new Map<number, number>();
  for (const row of keys.byId.values()) {
    const local = vocab.intern(row.key.slice(0, 2), row.key.slice(2));
    vocab.docFreq[local] = row.df;
    localOf.set(row.id, local);
  }
  const scratch = new QueryScratch();
  scratch.begin(vocab.capacity);
  kept.forEach((a, i) => {
    const doc = toStoredDoc(a, keptFeatures[i]!, docNos[i]!, new Float64Array(4), -1);
    const local = fromStoredDoc(doc, (id) => localOf.get(id)!, vocab);
    scratch.reserve(vocab.capacity);
    doc.norms = Float64Array.from(articleNorms(local, scratch, vocab, state.size));
    doc.normsAt = state.size;
    store.putDoc(doc);
  });

  for (const row of keys.changed) store.putKey(row);
  for (const b of blocks.values()) {
    if (!b?.changed) continue;
    if (b.docs.length === 0) store.deleteBlock(b.keyId, b.first);
    else store.putBlock({ keyId: b.keyId, first: b.first, docs: Int32Array.from(b.docs) });
  }
  store.putState(state);
  return { state, left: oldDocs.length };
}
