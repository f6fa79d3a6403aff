/**
 * What the stored match index needs of its store, as an interface: utils/db/match-store.ts gives
 * it over one IndexedDB transaction, the tests over plain maps. Keeps this folder free of any
 * browser import while the index lives in IndexedDB.
 */
import type { StoredIndexState, StoredMatchBlock, StoredMatchDoc, StoredMatchKey } from './stored-records';

/** Reads of the stored index, all inside one transaction (a query sees one state of the corpus). */
export interface MatchStoreReads {
  state(): Promise<StoredIndexState | undefined>;
  /** Key rows by kind-prefixed key, in the order asked (undefined: no article ever had it). */
  keys(keys: readonly string[]): Promise<(StoredMatchKey | undefined)[]>;
  /** Key rows by id, in the order asked. */
  keysById(ids: readonly number[]): Promise<(StoredMatchKey | undefined)[]>;
  /** A key's postings blocks, ascending. */
  blocks(keyId: number): Promise<StoredMatchBlock[]>;
  /** One postings block by its first article number. */
  block(keyId: number, first: number): Promise<StoredMatchBlock | undefined>;
  /** The block of a key that holds article number `docNo`, if any (the one with the largest first ≤ docNo). */
  blockHolding(keyId: number, docNo: number): Promise<StoredMatchBlock | undefined>;
  docs(docNos: readonly number[]): Promise<(StoredMatchDoc | undefined)[]>;
  docsOf(articleIds: readonly string[]): Promise<(StoredMatchDoc | undefined)[]>;
}

/** Writes, queued in the same transaction as the corpus write they belong to (all or nothing). */
export interface MatchStoreWrites extends MatchStoreReads {
  putState(state: StoredIndexState): void;
  putKey(row: StoredMatchKey): void;
  putBlock(block: StoredMatchBlock): void;
  deleteBlock(keyId: number, first: number): void;
  putDoc(doc: StoredMatchDoc): void;
  deleteDoc(docNo: number): void;
  /** Empties the index (a cleared corpus). */
  clear(): void;
}
