/**
 * Per-key scratch of the current query, reused by every query so that a query allocates little
 * (the service worker answers while the reader waits). An entry belongs to the query whose number
 * `cachedFor` holds: a new query only bumps `queryNumber`, it clears nothing.
 */
import { idf } from './idf';
import { grown, type Vocabulary } from './vocabulary';

/** Query weights and IDFs by key id, valid for one query. */
export class QueryScratch {
  /** The query's IDF-weighted weight of a name or term key, the IDF alone for a number key; 0 when the query lacks it. */
  queryWeight = new Float64Array(1024);
  /** The query's IDF-weighted weight of a title + lead key; 0 when its lead lacks it. */
  queryLeadWeight = new Float64Array(1024);
  /** The key's IDF under the current corpus, computed once per query. */
  cachedIdf = new Float64Array(1024);
  /** The query number the three entries of a key were set for (other numbers: stale). */
  cachedFor = new Int32Array(1024);
  /** The current query's number. */
  queryNumber = 0;

  /** Starts a query: room for every key id, and every entry stale. */
  begin(capacity: number): void {
    this.reserve(capacity);
    this.queryNumber++;
    if (this.queryNumber > 2 ** 30) {
      this.cachedFor.fill(0);
      this.queryNumber = 1;
    }
  }

  /** Room for key ids up to `capacity` within the current query (keys interned after it began), keeping its entries. */
  reserve(capacity: number): void {
    if (this.cachedFor.length >= capacity) return;
    this.queryWeight = grown(this.queryWeight, capacity);
    this.queryLeadWeight = grown(this.queryLeadWeight, capacity);
    this.cachedIdf = grown(this.cachedIdf, capacity);
    this.cachedFor = grown(this.cachedFor, capacity);
  }

  /** The IDF of a key in this query (computed on first use, which also zeroes the query's weights of it). */
  idfOf(id: number, vocab: Vocabulary, corpusSize: number): number {
    if (this.cachedFor[id] !== this.queryNumber) {
      this.cachedFor[id] = this.queryNumber;
      this.cachedIdf[id] = idf(vocab.docFreq[id]!, corpusSize, vocab.prior[id]!);
      this.queryWeight[id] = 0;
      this.queryLeadWeight[id] = 0;
    }
    return this.cachedIdf[id]!;
  }
}
