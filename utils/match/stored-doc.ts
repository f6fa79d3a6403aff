/**
 * An indexed article (./indexed-article.ts) and its stored record, both ways. Stored with the
 * stored index's key ids; read back with the ids of a query's own small vocabulary, so the
 * in-memory scoring code (./pair-signals.ts, ./reasons.ts) runs on it unchanged.
 */
import type { IndexedArticle } from './indexed-article';
import { normParts } from './stored-norms';
import type { StoredMatchDoc } from './stored-records';
import type { ArticleFeatures } from './types';
import { KIND_NUM, KIND_QTY, KIND_UNIT, YEAR_PREFIX, type Vocabulary } from './vocabulary';

/** The record of an article indexed with the stored key ids, under its number, with its norms at `normsAt`. */
export function toStoredDoc(a: IndexedArticle, f: ArticleFeatures, docNo: number, norms: Float64Array, normsAt: number): StoredMatchDoc {
  const ids = new Int32Array(a.nameIds.length + a.termIds.length + a.numIds.length + a.leadIds.length);
  let at = 0;
  for (const part of [a.nameIds, a.termIds, a.numIds, a.leadIds]) {
    ids.set(part, at);
    at += part.length;
  }
  const weights = new Float32Array(a.nameWeights.length + a.termWeights.length + a.leadWeights.length);
  weights.set(a.nameWeights, 0);
  weights.set(a.termWeights, a.nameWeights.length);
  weights.set(a.leadWeights, a.nameWeights.length + a.termWeights.length);
  return {
    docNo,
    articleId: a.id,
    day: a.day,
    ids,
    counts: Int32Array.of(a.nameIds.length, a.termIds.length, a.numIds.length, a.leadIds.length),
    weights,
    minhash: a.minhash,
    leadWeekdays: a.leadWeekdays,
    events: a.events,
    yearKeys: f.nums.filter((k) => k[0] === YEAR_PREFIX),
    qtyKeys: [...(f.qty ?? [])],
    norms: Float64Array.from(norms),
    normsAt,
  };
}

/**
 * A stored record as an indexed article of a query's vocabulary: `localOf` maps a stored key id
 * to the vocabulary's (a key the query does not have may map to one id that matches nothing);
 * years and quantities are interned from their keys, so contradictions and their reasons read
 * right. The norms come with it (`normsAt` says whether they still serve).
 */
export function fromStoredDoc(doc: StoredMatchDoc, localOf: (storedId: number) => number, vocab: Vocabulary): IndexedArticle {
  const parts = normParts(doc);
  // A plain loop: this runs for every candidate of every query (Int32Array.from with a map function is several times slower).
  const local = (ids: Int32Array) => {
    const out = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = localOf(ids[i]!);
    return out;
  };
  return {
    ...parts,
    id: doc.articleId,
    day: doc.day,
    nameIds: local(parts.nameIds),
    termIds: local(parts.termIds),
    numIds: local(parts.numIds),
    leadIds: local(parts.leadIds),
    minhash: doc.minhash,
    yearIds: Int32Array.from(doc.yearKeys, (k) => vocab.intern(KIND_NUM, k)),
    leadWeekdays: doc.leadWeekdays,
    events: doc.events,
    unitIds: Int32Array.from(doc.qtyKeys, (k) => vocab.intern(KIND_UNIT, k.slice(0, k.indexOf('=')))),
    qtyIds: Int32Array.from(doc.qtyKeys, (k) => vocab.intern(KIND_QTY, k)),
    norms: Float64Array.from(doc.norms),
    normsAt: doc.normsAt,
  };
}
