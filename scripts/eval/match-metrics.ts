/**
 * Figures of a ranking and of same-story decisions against the gold stories, and the baselines
 * the matcher is compared with (TF-IDF cosine at its oracle threshold, MiniSearch, FlexSearch).
 */
import MiniSearch from 'minisearch';
import { Index as FlexIndex } from 'flexsearch';
import { words } from '../../utils/text/segment';
import { isStopword } from '../../utils/text/stopwords';
import { fold } from '../../utils/text/normalize';
import type { Labeled } from './match-data';

export interface RankMetrics {
  p1: number;
  map: number;
}

export interface PairMetrics {
  p: number;
  r: number;
  f1: number;
  /** Pairs predicted "same story". */
  predicted: number;
}

/** An unordered pair's key. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Same-story pairs in the gold labels. */
export function goldPairs(docs: readonly Labeled[]): number {
  const size = new Map<string, number>();
  for (const d of docs) size.set(d.story, (size.get(d.story) ?? 0) + 1);
  let g = 0;
  for (const s of size.values()) g += (s * (s - 1)) / 2;
  return g;
}

/** P@1 and MAP over the articles that have another article of their story. */
export function rankMetrics(docs: readonly Labeled[], ranked: (id: string) => string[]): RankMetrics {
  const story = new Map(docs.map((d) => [d.id, d.story]));
  const size = new Map<string, number>();
  for (const d of docs) size.set(d.story, (size.get(d.story) ?? 0) + 1);
  let p1 = 0;
  let ap = 0;
  let n = 0;
  for (const d of docs) {
    const rel = size.get(d.story)! - 1;
    if (rel <= 0) continue;
    n++;
    const list = ranked(d.id).filter((x) => x !== d.id);
    if (list[0] !== undefined && story.get(list[0]) === d.story) p1++;
    let hits = 0;
    let sum = 0;
    list.forEach((x, i) => {
      if (story.get(x) === d.story) {
        hits++;
        sum += hits / (i + 1);
      }
    });
    ap += sum / rel;
  }
  return { p1: n ? p1 / n : 1, map: n ? ap / n : 1 };
}

/** Pairwise precision, recall and F1 of a set of predicted same-story pairs. */
export function pairMetrics(docs: readonly Labeled[], predicted: Set<string>): PairMetrics {
  const story = new Map(docs.map((d) => [d.id, d.story]));
  const gold = goldPairs(docs);
  let tp = 0;
  for (const k of predicted) {
    const [a, b] = k.split('\u0000');
    if (story.get(a!) === story.get(b!)) tp++;
  }
  const p = predicted.size ? tp / predicted.size : 1;
  const r = gold ? tp / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, predicted: predicted.size };
}

// ---------- TF-IDF cosine baseline (plain words, stop words removed, no stemming) ----------

function tfidfVectors(docs: readonly Labeled[]): Map<string, number>[] {
  const tfs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const w of words(`${d.title ?? ''}\n${d.text}`)) {
      const f = fold(w.text);
      if (f.length < 2 || isStopword(f, 'en') || !/\p{L}/u.test(f)) continue;
      tf.set(f, (tf.get(f) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = docs.length;
  return tfs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log(n / df.get(k)!);
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
}

/** TF-IDF cosine: its ranking, and pairwise figures at the best threshold it could have (which it would not know in practice). */
export function tfidfBaseline(docs: readonly Labeled[]): { rank: RankMetrics; oracle: PairMetrics & { threshold: number }; vectors: Map<string, number>[] } {
  const vecs = tfidfVectors(docs);
  // Postings with their weights, so an all-pairs pass touches only pairs that share a word.
  const inv = new Map<string, { j: number; w: number }[]>();
  vecs.forEach((v, j) => v.forEach((w, k) => (inv.get(k) ?? inv.set(k, []).get(k)!).push({ j, w })));
  const sims: { a: number; b: number; s: number }[] = [];
  const lists: { j: number; s: number }[][] = docs.map(() => []);
  const acc = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    const touched: number[] = [];
    for (const [k, w] of vecs[i]!)
      for (const { j, w: wj } of inv.get(k)!) {
        if (j <= i) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j]! += w * wj;
      }
    for (const j of touched) {
      const s = acc[j]!;
      acc[j] = 0;
      if (s <= 0) continue;
      sims.push({ a: i, b: j, s });
      lists[i]!.push({ j, s });
      lists[j]!.push({ j: i, s });
    }
  }
  const byId = new Map(docs.map((d, i) => [d.id, lists[i]!.sort((x, y) => y.s - x.s).slice(0, 100).map((x) => docs[x.j]!.id)]));
  const rank = rankMetrics(docs, (id) => byId.get(id)!);
  sims.sort((x, y) => y.s - x.s);
  const gold = goldPairs(docs);
  let tp = 0;
  let best = { p: 0, r: 0, f1: 0, predicted: 0, threshold: 1 };
  sims.forEach((x, i) => {
    if (docs[x.a]!.story === docs[x.b]!.story) tp++;
    const p = tp / (i + 1);
    const r = tp / gold;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    if (f1 > best.f1) best = { p, r, f1, predicted: i + 1, threshold: x.s };
  });
  return { rank, oracle: best, vectors: vecs };
}

/** The 20 highest-weighted TF-IDF terms of an article: the query both retrieval baselines get. */
function topTerms(vec: Map<string, number>): string[] {
  return [...vec.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k]) => k);
}

/** MiniSearch (BM25 over title and text) queried with each article's 20 top TF-IDF terms. */
export function miniSearchBaseline(docs: readonly Labeled[], vecs: Map<string, number>[]): RankMetrics {
  const ms = new MiniSearch<{ id: string; title: string; text: string }>({ fields: ['title', 'text'], idField: 'id' });
  ms.addAll(docs.map((d) => ({ id: d.id, title: d.title ?? '', text: d.text })));
  const lists = new Map<string, string[]>();
  docs.forEach((d, i) => {
    const res = ms.search(topTerms(vecs[i]!).join(' '), { combineWith: 'OR' });
    lists.set(d.id, res.slice(0, 100).map((r) => String(r.id)).filter((x) => x !== d.id));
  });
  return rankMetrics(docs, (id) => lists.get(id)!);
}

/** FlexSearch queried as the speed bench queries it: the article's 20 top TF-IDF terms, up to 50 results. */
export function flexSearchBaseline(docs: readonly Labeled[], vecs: Map<string, number>[]): RankMetrics {
  const fx = new FlexIndex({ tokenize: 'strict' });
  docs.forEach((d, i) => fx.add(i, `${d.title ?? ''}\n${d.text}`));
  const lists = new Map<string, string[]>();
  docs.forEach((d, i) => {
    const res = fx.search(topTerms(vecs[i]!).join(' '), { limit: 50, suggest: true }) as number[];
    lists.set(d.id, res.map((j) => docs[j]!.id).filter((x) => x !== d.id));
  });
  return rankMetrics(docs, (id) => lists.get(id)!);
}
