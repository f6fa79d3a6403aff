/**
 * The popup search at 1k / 10k / … generated articles (corpus-gen.ts), before and after #17's part
 * B, side by side in one process over fake-indexeddb:
 *
 * - before: MiniSearch in memory as utils/coverage/search.ts had it (same fields, boosts, prefix,
 *   fuzzy 0.2, AND), built from the store on the first search (allArticles read, then indexed);
 * - after: the stored search index (utils/db/search-store.ts), read in part per query.
 *
 * Figures: first search after a cold start (before: read + build + query; after: a new connection
 * and a query), warm search p50/p95 over the query set, per-article write cost of the search (a
 * batch of 100 new articles and of 1, then their removal), stored size (v8.serialize of every row
 * of the search stores; MiniSearch's JSON for comparison), heap held by the search. Articles only
 * (no quotes extracted: the quote documents are a few per article and change no figure's growth).
 *
 *   NODE_OPTIONS=--expose-gc npx tsx scripts/bench/search.ts 1000 10000
 */
import 'fake-indexeddb/auto';
import { serialize } from 'node:v8';
import MiniSearch from 'minisearch';
import { putEntries, allArticles } from '../../utils/db/corpus';
import { openCrossreadDb, type Db } from '../../utils/db/schema';
import { SEARCH_STORES, writeSearch, type SearchTx } from '../../utils/db/search-store';
import { CorpusSearch } from '../../utils/coverage/search';
import { searchDocsOf } from '../../utils/search/docs';
import type { Article } from '../../utils/types';
import { articleOf, generate, load, pct, rng, wordPool } from './corpus-gen';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

/** The old in-memory search's index, configured as it was. */
function miniSearch(): MiniSearch {
  return new MiniSearch({
    idField: 'key',
    fields: ['title', 'text', 'source', 'speaker'],
    storeFields: ['kind', 'articleId'],
    searchOptions: { boost: { title: 3, speaker: 3, source: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
}
const miniDoc = (a: Article) => ({ key: `a:${a.id}`, kind: 'article', articleId: a.id, title: a.title ?? '', text: a.text, source: a.source ?? '', speaker: '' });

/** What a person types: one word, two words, a prefix, a word with a typo, taken from the corpus. */
function queries(articles: Article[], count: number): string[] {
  const rand = rng(42);
  const out: string[] = [];
  while (out.length < count) {
    const a = articles[Math.floor(rand() * articles.length)]!;
    const words = (a.text.match(/\p{Ll}{5,}/gu) ?? []).filter((w, i, all) => all.indexOf(w) === i);
    if (words.length < 2) continue;
    const w = words[Math.floor(rand() * words.length)]!;
    const v = words[Math.floor(rand() * words.length)]!;
    const kind = out.length % 4;
    out.push(kind === 0 ? w : kind === 1 ? `${w} ${v}` : kind === 2 ? w.slice(0, 4) : `${w.slice(0, 3)}${w[4]}${w[3]}${w.slice(5)}`);
  }
  return out;
}

async function storedBytes(db: Db): Promise<{ rows: number; bytes: number }> {
  let rows = 0;
  let bytes = 0;
  for (const s of SEARCH_STORES) {
    for (const r of await db.getAll(s)) {
      rows++;
      bytes += serialize(r).length;
    }
  }
  return { rows, bytes };
}

async function searchWrite(db: Db, drop: string[], add: Article[]): Promise<number> {
  const docs = add.flatMap((a) => searchDocsOf(a, []));
  const t = performance.now();
  const tx = db.transaction([...SEARCH_STORES, 'meta'], 'readwrite');
  await writeSearch(tx as unknown as SearchTx, drop, docs);
  await tx.done;
  return performance.now() - t;
}

async function run(n: number, base: ReturnType<typeof load>, pool: string[]): Promise<void> {
  const docs = generate(n + 200, base, pool);
  const articles = docs.slice(0, n).map((d, i) => articleOf(d, i));
  const extra = docs.slice(n).map((d, i) => ({ ...articleOf(d, n + i), id: `extra-${i}` }));
  const name = `bench-search-${n}`;
  let db = await openCrossreadDb(name);
  const t0 = performance.now();
  for (let i = 0; i < articles.length; i += 1000) await putEntries(db, articles.slice(i, i + 1000).map((article) => ({ article, quotes: [], speakerKeys: [], features: null })));
  const fillMs = performance.now() - t0;
  const qs = queries(articles, 200);

  // Before: MiniSearch built from the store on the first search.
  const h0 = heap();
  const c0 = performance.now();
  const all = await allArticles(db);
  const mini = miniSearch();
  mini.addAll(all.map(miniDoc));
  mini.search(qs[0]!);
  const miniCold = performance.now() - c0;
  const miniWarm: number[] = [];
  for (const q of qs) {
    const t = performance.now();
    mini.search(q);
    miniWarm.push(performance.now() - t);
  }
  const miniHeap = heap() - h0;
  const miniJson = JSON.stringify(mini).length;
  const w0 = performance.now();
  mini.addAll(extra.slice(0, 100).map(miniDoc));
  const miniAdd100 = (performance.now() - w0) / 100;
  const w1 = performance.now();
  for (const a of extra.slice(0, 100)) mini.discard(`a:${a.id}`);
  const miniRemove100 = (performance.now() - w1) / 100;
  all.length = 0;

  // After: the stored index; a cold start is a new connection and a first query.
  db.close();
  const h1 = heap();
  const c1 = performance.now();
  db = await openCrossreadDb(name);
  const search = new CorpusSearch(db);
  const firstHits = await search.search(qs[0]!);
  const storedCold = performance.now() - c1;
  const warm: number[] = [];
  let hits = firstHits.length;
  for (const q of qs) {
    const t = performance.now();
    hits += (await search.search(q)).length;
    warm.push(performance.now() - t);
  }
  const storedHeap = heap() - h1;
  const add100 = (await searchWrite(db, extra.slice(0, 100).map((a) => a.id), extra.slice(0, 100))) / 100;
  const remove100 = (await searchWrite(db, extra.slice(0, 100).map((a) => a.id), [])) / 100;
  const add1: number[] = [];
  for (const a of extra.slice(100, 150)) add1.push(await searchWrite(db, [a.id], [a]));
  await searchWrite(db, extra.slice(100, 150).map((a) => a.id), []);
  const size = await storedBytes(db);
  db.close();

  console.log(`\n## ${n.toLocaleString('en')} articles (indexed into the store in ${(fillMs / 1000).toFixed(1)} s, batches of 1,000 through putEntries)`);
  console.log(`| | MiniSearch in memory (before) | stored index (after) |`);
  console.log(`|---|---|---|`);
  console.log(`| first search after a cold start | ${ms(miniCold)} (read ${n} articles + build + query) | ${ms(storedCold)} (open + query) |`);
  console.log(`| warm search p50 / p95 (200 queries) | ${ms(pct(miniWarm, 50))} / ${ms(pct(miniWarm, 95))} | ${ms(pct(warm, 50))} / ${ms(pct(warm, 95))} |`);
  console.log(`| write per article, batch of 100: add / remove | ${ms(miniAdd100)} / ${ms(miniRemove100)} | ${ms(add100)} / ${ms(remove100)} |`);
  console.log(`| write of 1 article (p50 / p95 of 50) | — | ${ms(pct(add1, 50))} / ${ms(pct(add1, 95))} |`);
  console.log(`| heap held by the search | ${mb(miniHeap)} | ${mb(storedHeap)} |`);
  console.log(`| stored | ${mb(miniJson)} (toJSON, not stored before) | ${mb(size.bytes)} in ${size.rows.toLocaleString('en')} rows |`);
  console.log(`(hits answered after: ${hits})`);
}

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
const base = load();
const pool = wordPool(base);
for (const n of sizes.length ? sizes : [1000, 10000]) await run(n, base, pool);
