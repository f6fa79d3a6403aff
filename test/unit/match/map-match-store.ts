/**
 * The stored match index's store over plain maps (utils/match/stored-access.ts): what IndexedDB
 * does for it, without IndexedDB, so the index's logic is tested fast and exactly. Values are
 * cloned in and out, as structured cloning does.
 */
import type { MatchStoreWrites } from '../../../utils/match/stored-access';
import type { StoredIndexState, StoredMatchBlock, StoredMatchDoc, StoredMatchKey } from '../../../utils/match/stored-records';

export class MapMatchStore implements MatchStoreWrites {
  stateRow: StoredIndexState | undefined;
  readonly keyRows = new Map<string, StoredMatchKey>();
  readonly blockRows = new Map<string, StoredMatchBlock>();
  readonly docRows = new Map<number, StoredMatchDoc>();
  /** Requests made, by kind: a query's reads are counted. */
  readonly reads = { keys: 0, blocks: 0, docs: 0 };

  async state() {
    return structuredClone(this.stateRow);
  }
  async keys(keys: readonly string[]) {
    this.reads.keys += keys.length;
    return keys.map((k) => structuredClone(this.keyRows.get(k)));
  }
  async keysById(ids: readonly number[]) {
    this.reads.keys += ids.length;
    const byId = new Map([...this.keyRows.values()].map((r) => [r.id, r]));
    return ids.map((id) => structuredClone(byId.get(id)));
  }
  private blocksOfKey(keyId: number): StoredMatchBlock[] {
    return [...this.blockRows.values()].filter((b) => b.keyId === keyId).sort((a, b) => a.first - b.first);
  }
  async blocks(keyId: number) {
    this.reads.blocks++;
    return structuredClone(this.blocksOfKey(keyId));
  }
  async block(keyId: number, first: number) {
    this.reads.blocks++;
    return structuredClone(this.blockRows.get(`${keyId}:${first}`));
  }
  async blockHolding(keyId: number, docNo: number) {
    this.reads.blocks++;
    return structuredClone(this.blocksOfKey(keyId).filter((b) => b.first <= docNo).pop());
  }
  async docs(docNos: readonly number[]) {
    this.reads.docs += docNos.length;
    return docNos.map((n) => structuredClone(this.docRows.get(n)));
  }
  async docsOf(articleIds: readonly string[]) {
    const byArticle = new Map([...this.docRows.values()].map((d) => [d.articleId, d]));
    return articleIds.map((id) => structuredClone(byArticle.get(id)));
  }
  putState(state: StoredIndexState) {
    this.stateRow = structuredClone(state);
  }
  putKey(row: StoredMatchKey) {
    this.keyRows.set(row.key, structuredClone(row));
  }
  putBlock(block: StoredMatchBlock) {
    this.blockRows.set(`${block.keyId}:${block.first}`, structuredClone(block));
  }
  deleteBlock(keyId: number, first: number) {
    this.blockRows.delete(`${keyId}:${first}`);
  }
  putDoc(doc: StoredMatchDoc) {
    this.docRows.set(doc.docNo, structuredClone(doc));
  }
  deleteDoc(docNo: number) {
    this.docRows.delete(docNo);
  }
  clear() {
    this.stateRow = undefined;
    this.keyRows.clear();
    this.blockRows.clear();
    this.docRows.clear();
  }
}
