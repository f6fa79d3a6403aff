/**
 * Evaluation of the same-story matcher on the clusters datasets (labels are read here only).
 *   npx tsx scripts/eval/match.ts          figures table (ours, TF-IDF oracle, MiniSearch, FlexSearch)
 *   npx tsx scripts/eval/match.ts --fit    refit the logistic coefficients and thresholds with
 *                                          cross-validation grouped by story/topic (see utils/match/README.md)
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import MiniSearch from 'minisearch';
import { Index as FlexIndex } from 'flexsearch';
import { featurize, type ArticleFeatures } from '../../utils/match/features';
import { MatchIndex, type RankedCandidate } from '../../utils/match/index';
import { featureVector, FEATURE_NAMES, OVERLAP_GATE } from '../../utils/match/score';
import { SAME_STORY, DUPLICATE_JACCARD } from '../../utils/match/tiers';
import { words } from '../../utils/text/segment';
import { isStopword } from '../../utils/text/stopwords';
import { fold } from '../../utils/text/normalize';
import { fnv1a } from '../../utils/text/hash';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = join(ROOT, '..', 'shared', 'datasets', 'clusters');

interface Labeled {
  id: string;
  story: string;
  group: string;
  title: string | null;
  date: string | null;
  text: string;
}

function loadJsonl(file: string): Labeled[] {
  const out: Labeled[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; story: string; title: string | null; date: string | null; text: string; meta?: { topic?: string } };
    out.push({ id: r.id, story: r.story, group: r.meta?.topic ? `topic:${r.meta.topic}` : r.story, title: r.title, date: r.date, text: r.text });
  }
  return out;
}

function loadSeeds(): Labeled[] {
  const file = join(ROOT, 'assets', 'corpus.json');
  if (!existsSync(file)) return [];
  const c = JSON.parse(readFileSync(file, 'utf8')) as { articles: { id: string; title: string | null; published: string | null; text: string }[] };
  return c.articles.map((a) => ({ id: a.id, story: 'bundled-seeds', group: 'bundled-seeds', title: a.title, date: a.published, text: a.text }));
}

export interface Corpus {
  name: string;
  docs: Labeled[];
  feats: ArticleFeatures[];
}

const featCache = new Map<string, ArticleFeatures>();
function feats(docs: Labeled[]): ArticleFeatures[] {
  return docs.map((d) => {
    let f = featCache.get(d.id);
    if (!f) {
      f = featurize({ id: d.id, title: d.title, text: d.text, published: d.date, lang: 'en' });
      featCache.set(d.id, f);
    }
    return f;
  });
}

/** Ranked lists per query: ids best first, with the scores and signals. */
function rankAll(c: Corpus): Map<string, RankedCandidate[]> {
  const index = new MatchIndex();
  for (const f of c.feats) index.add(f);
  const out = new Map<string, RankedCandidate[]>();
  for (const f of c.feats) out.set(f.id, index.rank(f));
  return out;
}

interface RankMetrics {
  p1: number;
  map: number;
}

function rankMetrics(docs: Labeled[], ranked: (id: string) => string[]): RankMetrics {
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
  return { p1: p1 / n, map: ap / n };
}

interface PairMetrics {
  p: number;
  r: number;
  f1: number;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function pairMetrics(docs: Labeled[], predicted: Set<string>): PairMetrics {
  const story = new Map(docs.map((d) => [d.id, d.story]));
  let gold = 0;
  const size = new Map<string, number>();
  for (const d of docs) size.set(d.story, (size.get(d.story) ?? 0) + 1);
  for (const s of size.values()) gold += (s * (s - 1)) / 2;
  let tp = 0;
  for (const k of predicted) {
    const [a, b] = k.split('\u0000');
    if (story.get(a!) === story.get(b!)) tp++;
  }
  const p = predicted.size ? tp / predicted.size : 1;
  const r = gold ? tp / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Our decisions: tier duplicate or same-story, in either direction. */
function ourPairs(ranked: Map<string, RankedCandidate[]>, threshold = SAME_STORY): Set<string> {
  const out = new Set<string>();
  for (const [q, list] of ranked) for (const r of list) if (r.score >= threshold || r.signals.dup >= DUPLICATE_JACCARD) out.add(pairKey(q, r.id));
  return out;
}

// ---------- TF-IDF cosine baseline (plain words, stop words removed, no stemming) ----------

function tfidfVectors(docs: Labeled[]): Map<string, number>[] {
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

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, w] of a) {
    const x = b.get(k);
    if (x !== undefined) s += w * x;
  }
  return s;
}

function tfidfBaseline(docs: Labeled[]): { rank: RankMetrics; oracle: PairMetrics & { threshold: number }; vectors: Map<string, number>[] } {
  const vecs = tfidfVectors(docs);
  const sims: { a: number; b: number; s: number }[] = [];
  const lists: { id: string; s: number }[][] = docs.map(() => []);
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      const s = cosine(vecs[i]!, vecs[j]!);
      if (s <= 0) continue;
      sims.push({ a: i, b: j, s });
      lists[i]!.push({ id: docs[j]!.id, s });
      lists[j]!.push({ id: docs[i]!.id, s });
    }
  const byId = new Map(docs.map((d, i) => [d.id, lists[i]!.sort((x, y) => y.s - x.s).map((x) => x.id)]));
  const rank = rankMetrics(docs, (id) => byId.get(id)!);
  // Oracle threshold: sweep every score as a cut.
  sims.sort((x, y) => y.s - x.s);
  let gold = 0;
  const size = new Map<string, number>();
  for (const d of docs) size.set(d.story, (size.get(d.story) ?? 0) + 1);
  for (const s of size.values()) gold += (s * (s - 1)) / 2;
  let tp = 0;
  let best = { p: 0, r: 0, f1: 0, threshold: 1 };
  sims.forEach((x, i) => {
    if (docs[x.a]!.story === docs[x.b]!.story) tp++;
    const p = tp / (i + 1);
    const r = tp / gold;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    if (f1 > best.f1) best = { p, r, f1, threshold: x.s };
  });
  return { rank, oracle: best, vectors: vecs };
}

/** The 20 highest-weighted TF-IDF terms of an article: the query both retrieval baselines get. */
function topTerms(vec: Map<string, number>): string[] {
  return [...vec.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k]) => k);
}

function miniSearchBaseline(docs: Labeled[], vecs: Map<string, number>[]): RankMetrics {
  const ms = new MiniSearch<{ id: string; title: string; text: string }>({ fields: ['title', 'text'], idField: 'id' });
  ms.addAll(docs.map((d) => ({ id: d.id, title: d.title ?? '', text: d.text })));
  const lists = new Map<string, string[]>();
  docs.forEach((d, i) => {
    const top = topTerms(vecs[i]!);
    const res = ms.search(top.join(' '), { combineWith: 'OR' });
    lists.set(d.id, res.map((r) => String(r.id)).filter((x) => x !== d.id));
  });
  return rankMetrics(docs, (id) => lists.get(id)!);
}

/** FlexSearch queried as the speed bench queries it: the article's 20 top TF-IDF terms, up to 50 results. */
function flexSearchBaseline(docs: Labeled[], vecs: Map<string, number>[]): RankMetrics {
  const fx = new FlexIndex({ tokenize: 'strict' });
  docs.forEach((d, i) => fx.add(i, `${d.title ?? ''}\n${d.text}`));
  const lists = new Map<string, string[]>();
  docs.forEach((d, i) => {
    const top = topTerms(vecs[i]!);
    const res = fx.search(top.join(' '), { limit: 50, suggest: true }) as number[];
    lists.set(d.id, res.map((j) => docs[j]!.id).filter((x) => x !== d.id));
  });
  return rankMetrics(docs, (id) => lists.get(id)!);
}

// ---------- fitting (--fit) ----------

/** Lowest names + terms cosine of a pair used in fitting (see samples()); the scorer ramps below it. */
const HARD_PAIR_OVERLAP = OVERLAP_GATE;

interface Sample {
  x: number[];
  y: number;
  group: string;
  pair: string;
}

function samples(c: Corpus, ranked: Map<string, RankedCandidate[]>): Sample[] {
  const byId = new Map(c.docs.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const out: Sample[] = [];
  for (const [q, list] of ranked)
    for (const r of list) {
      const key = pairKey(q, r.id);
      if (seen.has(key)) continue;
      seen.add(key);
      const a = byId.get(q)!;
      const b = byId.get(r.id)!;
      // Fit where decisions are made: pairs with no real overlap are easy negatives that would
      // dominate the log-loss and flatten the coefficients that matter near the threshold.
      if (r.signals.names + r.signals.terms < HARD_PAIR_OVERLAP) continue;
      out.push({ x: featureVector(r.signals), y: a.story === b.story ? 1 : 0, group: `${c.name}/${a.group}`, pair: key });
    }
  return out;
}

/** L2-regularised logistic regression by Newton's method (5 features: a tiny, well-posed problem). */
function fitLogistic(data: Sample[], l2 = 1e-3): number[] {
  const d = (data[0]?.x.length ?? 0) + 1;
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const s of data) {
      const x = [1, ...s.x];
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i]! * x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      for (let i = 0; i < d; i++) {
        g[i]! += (p - s.y) * x[i]!;
        for (let j = 0; j < d; j++) H[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
      }
    }
    for (let i = 1; i < d; i++) {
      g[i]! += l2 * data.length * w[i]!;
      H[i]![i]! += l2 * data.length;
    }
    const step = solve(H, g);
    w = w.map((v, i) => v - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / row[i]!);
}

function predict(w: number[], x: number[]): number {
  let z = w[0]!;
  for (let i = 0; i < x.length; i++) z += w[i + 1]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Threshold maximising pairwise F1 on the given samples (gold = positives among all pairs of those groups). */
function bestThreshold(data: Sample[], w: number[], gold: number): { t: number; f1: number } {
  const scored = data.map((s) => ({ p: predict(w, s.x), y: s.y })).sort((a, b) => b.p - a.p);
  let tp = 0;
  let best = { t: 0.5, f1: 0 };
  scored.forEach((s, i) => {
    tp += s.y;
    const p = tp / (i + 1);
    const r = tp / gold;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    if (f1 > best.f1) best = { t: s.p, f1 };
  });
  return best;
}

function goldPairsOf(docs: Labeled[], groups: Set<string>, name: string): number {
  const size = new Map<string, number>();
  for (const d of docs) if (groups.has(`${name}/${d.group}`)) size.set(d.story, (size.get(d.story) ?? 0) + 1);
  let g = 0;
  for (const s of size.values()) g += (s * (s - 1)) / 2;
  return g;
}

function fit(corpora: Corpus[], rankedBy: Map<string, Map<string, RankedCandidate[]>>): void {
  const all: Sample[] = [];
  for (const c of corpora) for (const s of samples(c, rankedBy.get(c.name)!)) all.push(s);
  const goldOf = (data: readonly { group: string }[]): number => {
    const groups = new Set(data.map((s) => s.group));
    let g = 0;
    for (const c of corpora) g += goldPairsOf(c.docs, groups, c.name);
    return g;
  };
  // 5-fold cross-validation grouped by story (BASIL) / topic (ECB+: both stories of a topic stay together).
  const groups = [...new Set(all.map((s) => s.group))].sort();
  const foldOf = new Map(groups.map((g) => [g, hash(g) % 5]));
  const oof: { p: number; y: number; group: string; pair: string }[] = [];
  const perFold: string[] = [];
  for (let k = 0; k < 5; k++) {
    const train = all.filter((s) => foldOf.get(s.group) !== k);
    const test = all.filter((s) => foldOf.get(s.group) === k);
    const w = fitLogistic(train);
    const { t } = bestThreshold(train, w, goldOf(train));
    const shift = Math.log(t / (1 - t));
    for (const s of test) oof.push({ p: predict([w[0]! - shift, ...w.slice(1)], s.x), y: s.y, group: s.group, pair: s.pair });
    perFold.push(`fold ${k}: threshold ${t.toFixed(3)} w=${w.map((v) => v.toFixed(2)).join(',')}`);
  }
  console.log(perFold.join('\n'));
  for (const c of corpora) {
    const mine = oof.filter((s) => s.group.startsWith(`${c.name}/`));
    const predicted = mine.filter((s) => s.p >= 0.5);
    const tp = predicted.filter((s) => s.y).length;
    const gold = goldOf(mine);
    const p = tp / (predicted.length || 1);
    const r = tp / gold;
    console.log(`CV out-of-fold ${c.name}: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)}`);
  }
  const w = fitLogistic(all);
  const { t, f1 } = bestThreshold(all, w, goldOf(all));
  const shift = Math.log(t / (1 - t));
  console.log(`all data: F1-best threshold ${t.toFixed(3)} (F1 ${f1.toFixed(3)}); coefficients with the threshold folded into the bias (SAME_STORY = 0.5):`);
  const names = ['bias', ...FEATURE_NAMES];
  console.log(names.map((n, i) => `${n}: ${(i === 0 ? w[0]! - shift : w[i]!).toFixed(2)}`).join(', '));
  // RELATED: the F2-best cut for "same topic" on ECB+ (a topic's two stories count as related), with the
  // shipped model's scores — the level at which a pair is at least about the same kind of event. F2
  // (recall weighs twice) because a related suggestion costs the reader little.
  const ecb = corpora.find((c) => c.name === 'ecbplus');
  if (ecb) {
    const topic = new Map(ecb.docs.map((d) => [d.id, d.group]));
    const size = new Map<string, number>();
    for (const d of ecb.docs) size.set(d.group, (size.get(d.group) ?? 0) + 1);
    let gold = 0;
    for (const s of size.values()) gold += (s * (s - 1)) / 2;
    const seen = new Set<string>();
    const scored: { p: number; y: number }[] = [];
    for (const [q, list] of rankedBy.get('ecbplus')!)
      for (const r of list) {
        const k = pairKey(q, r.id);
        if (seen.has(k)) continue;
        seen.add(k);
        scored.push({ p: r.score, y: topic.get(q) === topic.get(r.id) ? 1 : 0 });
      }
    scored.sort((a, b) => b.p - a.p);
    let tp = 0;
    let best = { t: 0, f1: 0 };
    scored.forEach((s, i) => {
      tp += s.y;
      const p = tp / (i + 1);
      const r = tp / gold;
      const f = (5 * p * r) / (4 * p + r || 1);
      if (f > best.f1) best = { t: s.p, f1: f };
    });
    console.log(`RELATED (same-topic F2-best on ecbplus, shipped coefficients): ${best.t.toFixed(3)} (topic F2 ${best.f1.toFixed(3)})`);
  }
}

const hash = fnv1a;

const f3 = (x: number): string => x.toFixed(3);

/** Prints the figures table (and refits with --fit). */
export async function main(): Promise<void> {
  const t0 = performance.now();
  const basil = loadJsonl(join(DATA, 'basil-dev.jsonl'));
  const ecb = loadJsonl(join(DATA, 'ecbplus.jsonl'));
  const seeds = loadSeeds();
  const corpora: Corpus[] = [
    { name: 'basil-dev', docs: basil, feats: [] },
    { name: 'ecbplus', docs: ecb, feats: [] },
    { name: `all${seeds.length ? '+seeds' : ''}`, docs: [...basil, ...ecb, ...seeds], feats: [] },
  ];
  for (const c of corpora) c.feats = feats(c.docs);
  const tf = performance.now();
  const rankedBy = new Map<string, Map<string, RankedCandidate[]>>();
  for (const c of corpora) rankedBy.set(c.name, rankAll(c));
  const tr = performance.now();
  if (process.argv.includes('--fit')) {
    fit(corpora.slice(0, 2), rankedBy);
    return;
  }
  console.log(`same-story matcher: featurize ${((tf - t0) / 1000).toFixed(1)} s, index+rank ${((tr - tf) / 1000).toFixed(1)} s; threshold SAME_STORY ${SAME_STORY}`);
  console.log('corpus            | ours P@1  MAP   P     R     F1    | TF-IDF P@1  MAP   oracle P  R     F1  (thr)   | MiniSearch P@1 MAP | FlexSearch P@1 MAP');
  for (const c of corpora) {
    const ranked = rankedBy.get(c.name)!;
    const rk = rankMetrics(c.docs, (id) => ranked.get(id)!.map((r) => r.id));
    const pm = pairMetrics(c.docs, ourPairs(ranked));
    const base = tfidfBaseline(c.docs);
    const mini = miniSearchBaseline(c.docs, base.vectors);
    const flex = flexSearchBaseline(c.docs, base.vectors);
    console.log(
      `${c.name.padEnd(17)} | ${f3(rk.p1)} ${f3(rk.map)} ${f3(pm.p)} ${f3(pm.r)} ${f3(pm.f1)} | ${f3(base.rank.p1)} ${f3(base.rank.map)} ${f3(base.oracle.p)} ${f3(base.oracle.r)} ${f3(base.oracle.f1)} (${base.oracle.threshold.toFixed(2)}) | ${f3(mini.p1)} ${f3(mini.map)} | ${f3(flex.p1)} ${f3(flex.map)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
