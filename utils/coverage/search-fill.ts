/**
 * Fills the stored search index of a corpus stored before it existed (a version-6 database
 * upgraded): after start-up, beside the first answers, the articles in id order, a batch per
 * write between the other writes, each batch read and indexed in one transaction that records
 * how far the fill got (utils/db/search-store.ts fillSearchBatch). A worker stopped half-way goes
 * on from the last batch written at its next start; a finished fill costs one meta read.
 */
import type { Db } from '../db/schema';
import { fillSearchBatch } from '../db/search-store';
import { searchDocsOf } from '../search/docs';

/** Articles indexed per write: small enough that a write waiting behind one is not held up long. */
export const FILL_BATCH = 200;

/** Runs the fill to its end, one batch at a time through `oneWrite`; resolves to how many articles it indexed (0 when it was done). */
export async function fillStoredSearch(db: Db, oneWrite: <T>(work: () => Promise<T>) => Promise<T>, batch = FILL_BATCH): Promise<number> {
  let indexed = 0;
  for (;;) {
    const { done, articles } = await oneWrite(() => fillSearchBatch(db, batch, (a, quotes) => searchDocsOf(a, quotes)));
    indexed += articles;
    if (done) return indexed;
  }
}
