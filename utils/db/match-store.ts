/**
 * The stores of the match index read in part (../match/stored-records.ts says what a row holds):
 * created by schema version 7; read and written only through the functions here, inside the
 * corpus's own transactions, so the index never disagrees with the corpus it describes.
 */
import type { IDBPDatabase } from 'idb';
import type { StoredMatchBlock, StoredMatchDoc, StoredMatchKey } from '../match/stored-records';

export type { StoredMatchBlock, StoredMatchDoc, StoredMatchKey } from '../match/stored-records';

/** Schema version 7's step for the match index: three empty stores (the engine fills them from the stored features). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createMatchStores(db: IDBPDatabase<any>): void {
  db.createObjectStore('matchKeys', { keyPath: 'key' }).createIndex('id', 'id', { unique: true });
  db.createObjectStore('matchBlocks', { keyPath: ['keyId', 'first'] });
  db.createObjectStore('matchDocs', { keyPath: 'docNo' }).createIndex('articleId', 'articleId', { unique: true });
}
