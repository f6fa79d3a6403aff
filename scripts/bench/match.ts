/**
 * Benchmark of the same-story index against MiniSearch and FlexSearch doing the retrieval.
 *   npx tsx scripts/bench/match.ts                 sizes 1000,10000,100000
 *   BENCH_SIZES=1000,10000 npx tsx scripts/bench/match.ts
 *   BENCH_SIZES=100000 BENCH_ENGINES=flexsearch npx tsx scripts/bench/match.ts   (skip MiniSearch)
 * Corpora are built from the real clusters datasets, varied deterministically to reach the size
 * (corpus-gen.ts, shared with scale.ts and coldstart.ts).
 * A query is a whole article (its features for ours; its 20 most frequent content words for the
 * others), timed after 20 warm-up queries. This is the in-memory index (the eval's); the extension's
 * stored index, its size and its cold start are measured through the engine by `bench scale`. Heap figures need `node --expose-gc` (tsx passes it through NODE_OPTIONS) to be exact.
 */
import MiniSearch from 'minisearch';
import { Index as FlexIndex } from 'flexsearch';
import { featurize, type ArticleFeatures } from '../../utils/match/features';
import { MatchIndex } from '../../utils/match/index';
import { generate, load, pct, rng, topWords, wordPool, type Doc } from './corpus-gen';

/** Kept for scripts that imported the generator from here before it moved to corpus-gen.ts. */
export { load, vary } from './corpus-gen';

const QUERIES = 500;
const ADDS = 100;
/** Engines to run besides ours (env BENCH_ENGINES, default both): MiniSearch takes minutes at 100k. */
const ENGINES = new Set((process.env.BENCH_ENGINES ?? 'minisearch,flexsearch').split(','));
/** Queries run before timing (JIT warm-up), for every engine alike. */
const WARMUP = 100;

function heap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/** Bytes of a snapshot as stored: its typed arrays plus its strings (one byte a character, as IndexedDB keeps Latin-1 strings). */
interface Row {
  engine: string;
  build: number;
  add: number;
  p50: number;
  p95: number;
  heapMB: number;
  sizeMB: number;
  cold: number;
}

async function benchSize(n: number, base: Doc[], pool: string[]): Promise<{ rows: Row[]; featurizeMs: number }> {
  const docs = generate(n + ADDS, base, pool);
  const corpus = docs.slice(0, n);
  const extra = docs.slice(n, n + ADDS);
  const qrand = rng(n);
  const queries = Array.from({ length: QUERIES }, () => corpus[Math.floor(qrand() * corpus.length)]!);
  const t0 = performance.now();
  const feats: ArticleFeatures[] = corpus.map((d) => featurize({ id: d.id, title: d.title, text: d.text, published: d.date }));
  const featurizeMs = (performance.now() - t0) / n;
  const extraF = extra.map((d) => featurize({ id: d.id, title: d.title, text: d.text, published: d.date }));
  const qF = queries.map((d) => feats[corpus.indexOf(d)]!);
  const rows: Row[] = [];

  // ours
  {
    const h0 = heap();
    let t = performance.now();
    const index = new MatchIndex();
    for (const f of feats) index.add(f);
    const build = performance.now() - t;
    const heapMB = (heap() - h0) / 2 ** 20;
    t = performance.now();
    for (const f of extraF) index.add(f);
    const add = (performance.now() - t) / ADDS;
    for (const f of qF.slice(0, WARMUP)) index.query(f);
    const times = qF.map((f) => {
      const s = performance.now();
      index.query(f);
      return performance.now() - s;
    });
    // The extension keeps no snapshot of this index: its stored form is read in part (stored size and cold start: bench scale).
    rows.push({ engine: 'crossread', build, add, p50: pct(times, 50), p95: pct(times, 95), heapMB, sizeMB: NaN, cold: NaN });
  }
  // MiniSearch
  if (ENGINES.has('minisearch')) {
    const h0 = heap();
    let t = performance.now();
    const opts = { fields: ['title', 'text'], idField: 'id' };
    let ms = new MiniSearch<Doc>(opts);
    ms.addAll(corpus);
    const build = performance.now() - t;
    const heapMB = (heap() - h0) / 2 ** 20;
    t = performance.now();
    for (const d of extra) ms.add(d);
    const add = (performance.now() - t) / ADDS;
    const qs = queries.map((d) => topWords(d));
    for (const q of qs.slice(0, WARMUP)) ms.search(q, { combineWith: 'OR' });
    const times = qs.map((q) => {
      const s = performance.now();
      ms.search(q, { combineWith: 'OR' }).slice(0, 10);
      return performance.now() - s;
    });
    const json = JSON.stringify(ms);
    const tc = performance.now();
    ms = MiniSearch.loadJSON<Doc>(json, opts);
    ms.search(qs[0]!, { combineWith: 'OR' });
    const cold = performance.now() - tc;
    rows.push({ engine: 'minisearch', build, add, p50: pct(times, 50), p95: pct(times, 95), heapMB, sizeMB: json.length / 2 ** 20, cold });
  }
  // FlexSearch
  if (ENGINES.has('flexsearch')) {
    const h0 = heap();
    let t = performance.now();
    let fx = new FlexIndex({ tokenize: 'strict' });
    corpus.forEach((d, i) => fx.add(i, `${d.title}\n${d.text}`));
    const build = performance.now() - t;
    const heapMB = (heap() - h0) / 2 ** 20;
    t = performance.now();
    extra.forEach((d, i) => fx.add(n + i, `${d.title}\n${d.text}`));
    const add = (performance.now() - t) / ADDS;
    const qs = queries.map((d) => topWords(d));
    for (const q of qs.slice(0, WARMUP)) fx.search(q, { limit: 10, suggest: true });
    const times = qs.map((q) => {
      const s = performance.now();
      fx.search(q, { limit: 10, suggest: true });
      return performance.now() - s;
    });
    const parts: [string, string][] = [];
    await fx.export((key: string | number, data: unknown) => {
      if (data !== undefined && data !== null) parts.push([String(key), typeof data === 'string' ? data : JSON.stringify(data)]);
    });
    const size = parts.reduce((a, [k, v]) => a + k.length + v.length, 0);
    const tc = performance.now();
    fx = new FlexIndex({ tokenize: 'strict' });
    for (const [k, v] of parts) fx.import(k, v);
    fx.search(qs[0]!, { limit: 10, suggest: true });
    const cold = performance.now() - tc;
    rows.push({ engine: 'flexsearch', build, add, p50: pct(times, 50), p95: pct(times, 95), heapMB, sizeMB: size / 2 ** 20, cold });
  }
  return { rows, featurizeMs };
}

/** Prints the benchmark table for each size in BENCH_SIZES (default 1000,10000,100000). */
export async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number).filter((x) => x > 0);
  const base = load();
  const pool = wordPool(base);
  const hasGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
  console.log(`same-story index bench (queries ${QUERIES}, adds ${ADDS}; heap ${hasGc ? 'after gc' : 'approximate: run with NODE_OPTIONS=--expose-gc'})`);
  console.log('size    engine      build s   add ms  query p50 ms  p95 ms  heap MB  snapshot MB  cold start ms');
  for (const n of sizes) {
    const { rows, featurizeMs } = await benchSize(n, base, pool);
    for (const r of rows)
      console.log(
        `${String(n).padEnd(7)} ${r.engine.padEnd(11)} ${(r.build / 1000).toFixed(2).padStart(7)} ${r.add.toFixed(3).padStart(8)} ${r.p50.toFixed(3).padStart(13)} ${r.p95.toFixed(3).padStart(7)} ${r.heapMB.toFixed(1).padStart(8)} ${(Number.isNaN(r.sizeMB) ? '—' : r.sizeMB.toFixed(1)).padStart(12)} ${(Number.isNaN(r.cold) ? '—' : r.cold.toFixed(0)).padStart(14)}`,
      );
    console.log(`${String(n).padEnd(7)} (featurize: ${featurizeMs.toFixed(2)} ms per article, not part of build/add above)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
