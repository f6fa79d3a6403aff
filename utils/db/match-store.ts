/**
 * The stores of the match index read in part (../match/stored-records.ts says what a row holds):
 * created by schema version 7, read and written only through the adapters here. Writes go inside
 * the corpus's own transactions (./corpus.ts), so the index never disagrees with the corpus it
 * describes; a query reads in one read-only transaction, so it sees one state of it.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { MatchStoreReads, MatchStoreWrites } from '../match/stored-access';
import type { StoredIndexState, StoredMatchBlock, StoredMatchDoc, StoredMatchKey } from '../match/stored-records';
import { bumpGeneration, GENERATION_KEY } from './corpus';
import { allOrNothing } from './requests';
import type { CrossreadDB, Db } from './schema';

export type { StoredMatchBlock, StoredMatchDoc, StoredMatchKey } from '../match/stored-records';

/** The match index's stores, and the meta row of its state. */
export const MATCH_STORES = ['matchKeys', 'matchBlocks', 'matchDocs', 'meta'] as const;
export const MATCH_STATE_KEY = 'matchIndexState';
/** The version-6 snapshot of the whole index, which version 7 no longer reads. */
export const OLD_SNAPSHOT_KEY = 'matchIndexSnapshot';

/** Schema version 7's step for the match index: three empty stores (the engine fills them from the stored features), the old snapshot dropped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createMatchStores(db: IDBPDatabase<any>, tx: IDBPTransaction<any, any, 'versionchange'>): void {
  db.createObjectStore('matchKeys', { keyPath: 'key' }).createIndex('id', 'id', { unique: true });
  db.createObjectStore('matchBlocks', { keyPath: ['keyId', 'first'] });
  const docs = db.createObjectStore('matchDocs', { keyPath: 'docNo' });
  docs.createIndex('articleId', 'articleId', { unique: true });
  // By the corpus size their norms were computed at: the records a refresh must recompute, found without reading the rest.
  docs.createIndex('normsAt', 'normsAt');
  void tx.objectStore('meta').delete(OLD_SNAPSHOT_KEY);
}

// A transaction over (at least) the match stores; the corpus writes pass theirs.
type MatchTx = IDBPTransaction<CrossreadDB, ArrayLike<StoreNames<CrossreadDB>>, 'readonly' | 'readwrite'>;

/** Reads over a transaction that spans the match stores. */
function readsOver(tx: MatchTx): MatchStoreReads {
  const blocksOf = (keyId: number) => IDBKeyRange.bound([keyId, -Infinity], [keyId, Infinity]);
  return {
    state: async () => (await tx.objectStore('meta').get(MATCH_STATE_KEY))?.value as StoredIndexState | undefined,
    keys: (keys) => Promise.all(keys.map((k) => tx.objectStore('matchKeys').get(k))),
    keysById: (ids) => {
      const byId = tx.objectStore('matchKeys').index('id');
      return Promise.all(ids.map((id) => byId.get(id)));
    },
    blocks: (keyId) => tx.objectStore('matchBlocks').getAll(blocksOf(keyId)),
    block: (keyId, first) => tx.objectStore('matchBlocks').get([keyId, first]),
    blockHolding: async (keyId, docNo) => {
      const cursor = await tx.objectStore('matchBlocks').openCursor(IDBKeyRange.bound([keyId, -Infinity], [keyId, docNo]), 'prev');
      return cursor?.value;
    },
    docs: (docNos) => Promise.all(docNos.map((n) => tx.objectStore('matchDocs').get(n))),
    docsOf: (ids) => {
      const byArticle = tx.objectStore('matchDocs').index('articleId');
      return Promise.all(ids.map((id) => byArticle.get(id)));
    },
  };
}

/** The stored index's reads for one query: a read-only transaction opened on first use. */
export function matchReads(db: Db): MatchStoreReads {
  let tx: MatchTx | null = null;
  const reads = () => readsOver((tx ??= db.transaction([...MATCH_STORES], 'readonly') as unknown as MatchTx));
  return {
    state: () => reads().state(),
    keys: (k) => reads().keys(k),
    keysById: (ids) => reads().keysById(ids),
    blocks: (id) => reads().blocks(id),
    block: (id, first) => reads().block(id, first),
    blockHolding: (id, n) => reads().blockHolding(id, n),
    docs: (n) => reads().docs(n),
    docsOf: (ids) => reads().docsOf(ids),
  };
}

/** Reads and writes inside the caller's read-write transaction; every write's request goes to `work`, awaited by the caller. */
export function matchWrites(tx: MatchTx, work: Promise<unknown>[]): MatchStoreWrites {
  const rw = tx as IDBPTransaction<CrossreadDB, ArrayLike<StoreNames<CrossreadDB>>, 'readwrite'>;
  return {
    ...readsOver(tx),
    putState: (state: StoredIndexState) => void work.push(rw.objectStore('meta').put({ key: MATCH_STATE_KEY, value: state })),
    putKey: (row: StoredMatchKey) => void work.push(rw.objectStore('matchKeys').put(row)),
    putBlock: (block: StoredMatchBlock) => void work.push(rw.objectStore('matchBlocks').put(block)),
    deleteBlock: (keyId: number, first: number) => void work.push(rw.objectStore('matchBlocks').delete([keyId, first])),
    putDoc: (doc: StoredMatchDoc) => void work.push(rw.objectStore('matchDocs').put(doc)),
    deleteDoc: (docNo: number) => void work.push(rw.objectStore('matchDocs').delete(docNo)),
    clear: () => void work.push(rw.objectStore('matchKeys').clear(), rw.objectStore('matchBlocks').clear(), rw.objectStore('matchDocs').clear(), rw.objectStore('meta').delete(MATCH_STATE_KEY)),
  };
}

/** A change to the stored index, made inside a corpus write (../match/stored-writes.ts applyIndexBatch). */
export type IndexChange = (store: MatchStoreWrites) => Promise<unknown>;

/** Writes one change of the index alone (filling it from stored features), with meta rows (an undefined value deletes the row), all or nothing. */
export async function writeIndex(db: Db, change: IndexChange, meta: { key: string; value: unknown }[] = []): Promise<void> {
  const tx = db.transaction([...MATCH_STORES], 'readwrite');
  await allOrNothing(tx, async (work) => {
    await change(matchWrites(tx as unknown as MatchTx, work));
    work.push(bumpGeneration(tx.objectStore('meta')));
    for (const row of meta) work.push(row.value === undefined ? tx.objectStore('meta').delete(row.key) : tx.objectStore('meta').put(row));
  });
}

/** Key rows in key order after `after` (null: from the first), at most `count`: a refresh reads every key's frequency page by page. */
export function matchKeysAfter(db: Db, after: string | null, count: number): Promise<StoredMatchKey[]> {
  return db.getAll('matchKeys', after === null ? null : IDBKeyRange.lowerBound(after, true), count);
}

/** The ranges of records whose norms were computed below or above the sizes given. */
function staleRanges(stale: { below: number; above: number }): IDBKeyRange[] {
  return [IDBKeyRange.upperBound(stale.below, true), IDBKeyRange.lowerBound(stale.above, true)];
}

/** How many records have norms the corpus has moved past. */
export async function countStaleNorms(db: Db, stale: { below: number; above: number }): Promise<number> {
  const index = db.transaction('matchDocs').store.index('normsAt');
  return (await Promise.all(staleRanges(stale).map((r) => index.count(r)))).reduce((a, b) => a + b, 0);
}

/**
 * Recomputes the norms of up to `count` records the corpus has moved past, in one transaction,
 * if the corpus is still the one the frequencies were read from (`generation`): else 'moved' and
 * nothing is written. Resolves to the records refreshed (0: none was stale).
 */
export async function refreshStoredNorms(db: Db, generation: number, stale: { below: number; above: number }, norms: (doc: StoredMatchDoc) => Float64Array, normsAt: number, count: number): Promise<number | 'moved'> {
  const tx = db.transaction(['matchDocs', 'meta'], 'readwrite');
  const current = (await tx.objectStore('meta').get(GENERATION_KEY))?.value ?? 0;
  if (current !== generation) {
    await tx.done;
    return 'moved';
  }
  const index = tx.objectStore('matchDocs').index('normsAt');
  const docs: StoredMatchDoc[] = [];
  for (const range of staleRanges(stale)) if (docs.length < count) docs.push(...(await index.getAll(range, count - docs.length)));
  await Promise.all(docs.map((d) => tx.objectStore('matchDocs').put({ ...d, norms: norms(d), normsAt })));
  await tx.done;
  return docs.length;
}
