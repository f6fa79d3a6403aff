/**
 * The figures of issue #17 side by side: Crossread's engine beside MiniSearch and FlexSearch at each
 * corpus size, each engine in its own Node process (one at a time, so three never share a heap).
 *   npm run bench -- scale                                   sizes 1000,10000
 *   BENCH_SIZES=100000 npm run bench -- scale                a year of feeds (minutes; heap up to SCALE_HEAP_MB)
 *   BENCH_ENGINES=crossread BENCH_SIZES=10000 npm run bench -- scale
 * Env: BENCH_SIZES, BENCH_ENGINES (crossread,minisearch,flexsearch), SCALE_COLD (fresh starts, 50),
 * SCALE_WARM (warm queries, 1000; 0 prints none, for the build and add figures alone, e.g.
 * SCALE_COLD=2 SCALE_WARM=0), SCALE_HEAP_MB (each child's heap limit, 8192).
 *
 * Crossread is measured through its public API only (utils/coverage/engine.ts over fake-indexeddb),
 * so it measures whatever the engine does at the commit it runs on (the whole-index snapshot, or
 * the stored index read in part). The corpus (corpus-gen.ts) is built by addArticles in batches of
 * 1,000; query pages are other generated articles, not in the corpus (a page the reader opens).
 * - cold: a fresh start = the same fake-indexeddb database opened again, a new engine
 *   (CoverageEngine.open), nothing carried over in memory but what fake-indexeddb keeps, then one
 *   page's analysis and side-panel view (analyzedPage + analyzedView: the badge's answer), timed as
 *   open, first query and their sum; p50/p95 over SCALE_COLD fresh starts, each a different page.
 * - warm: SCALE_WARM later pages on the last engine opened.
 * - add: one article per addArticles call (featurize, quotes, story, statements, search: all of
 *   it), p50 of 20; then one batch of 1,000 into the corpus. Today's design also saves its snapshot
 *   2 s after a write, outside the call: that save is timed apart ("deferred save").
 * - stored: v8.serialize bytes of every row of the index's stores (features, match*, and the
 *   snapshot row of meta), and of the whole database.
 * - heap: process heap after gc, after the start and after the warm queries. In Node it includes
 *   the whole fake-indexeddb database (text, quotes, everything), which cannot be subtracted; "over
 *   the store" is the heap minus the heap with the database open and no engine (an estimate). The
 *   worker heap in real Chromium is coldstart.ts's figure.
 * MiniSearch (fields title, text) and FlexSearch (Index, tokenize strict) index the raw text (title
 * + text) and answer a page by its 20 most frequent content words (OR, 50 ids), tokenising the
 * page inside the timing; their stored form (MiniSearch JSON, FlexSearch export) is kept in
 * fake-indexeddb and their cold start reads it back, loads it and answers one page. Unlike ours
 * they only retrieve: no same-story scoring, no stories, statements or quotes, no date or name
 * signals.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import 'fake-indexeddb/auto';
import MiniSearch from 'minisearch';
import { Index as FlexIndex } from 'flexsearch';
import { openDB } from 'idb';
import { CoverageEngine } from '../../utils/coverage/engine';
import { openCrossreadDb, type Db } from '../../utils/db/schema';
import type { ExtractedArticle } from '../../utils/article/extract';
import { articleOf, generate, pct, topWords, type Doc } from './corpus-gen';

const ENGINES = ['crossread', 'minisearch', 'flexsearch'] as const;
type Engine = (typeof ENGINES)[number];
const BATCH = 1000;
const SINGLES = 20;
const COLD = Number(process.env['SCALE_COLD'] ?? 50);
const WARM = Number(process.env['SCALE_WARM'] ?? 1000);
const HITS = 50;
const MARK = 'SCALE-RESULT ';

/** One engine's figures at one size (ms, bytes). */
interface Figures {
  engine: Engine;
  size: number;
  build: number;
  openP50: number;
  openP95: number;
  firstP50: number;
  firstP95: number;
  coldP50: number;
  coldP95: number;
  warmP50: number;
  warmP95: number;
  addP50: number;
  batchPerArticle: number;
  deferredSave: number | null;
  storedIndex: number;
  storedAll: number;
  heapStart: number;
  heapAfter: number;
  heapBase: number | null;
  hitsPerQuery: number;
  notes: string[];
}

function heap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The documents of one run: the corpus, the batch and single adds, the query pages (never in the corpus). */
function documents(n: number): { corpus: Doc[]; singles: Doc[]; batch: Doc[]; pages: Doc[] } {
  const pagesWanted = Math.max(COLD, WARM);
  const all = generate(n + SINGLES + BATCH + pagesWanted);
  return { corpus: all.slice(0, n), singles: all.slice(n, n + SINGLES), batch: all.slice(n + SINGLES, n + SINGLES + BATCH), pages: all.slice(n + SINGLES + BATCH) };
}

/** A query page as the content script hands it over (the extracted article). */
function pageOf(d: Doc): ExtractedArticle {
  return { title: d.title, siteName: d.source, byline: null, published: d.date, modified: null, canonicalUrl: `https://page.example/${encodeURIComponent(d.id)}`, lang: 'en', paragraphs: d.text.split('\n\n'), excerpt: null };
}


/** The timed figures every engine reports alike: fresh starts (open, first query, both), warm queries, adds. */
function timings(open: number[], first: number[], warm: number[], adds: number[], batchMs: number) {
  const cold = open.map((o, i) => o + first[i]!);
  return {
    openP50: pct(open, 50),
    openP95: pct(open, 95),
    firstP50: pct(first, 50),
    firstP95: pct(first, 95),
    coldP50: pct(cold, 50),
    coldP95: pct(cold, 95),
    warmP50: pct(warm, 50),
    warmP95: pct(warm, 95),
    addP50: pct(adds, 50),
    batchPerArticle: batchMs / BATCH,
  };
}

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const t = performance.now();
  const v = await work();
  return [v, performance.now() - t];
}

/** v8.serialize bytes of every row, per store (the structured clone IndexedDB keeps, estimated). */
async function storeBytes(db: Db): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const raw = db as unknown as { objectStoreNames: DOMStringList; transaction(s: string): { store: { openCursor(): Promise<{ key: IDBValidKey; value: unknown; continue(): Promise<unknown> } | null> } } };
  for (const name of Array.from(raw.objectStoreNames)) {
    let bytes = 0;
    for (let c = await raw.transaction(name).store.openCursor(); c; c = (await c.continue()) as typeof c) {
      const key = name === 'meta' ? String(c.key) : '';
      const b = serialize(c.value).length;
      bytes += b;
      if (key) out.set(`meta:${key}`, b);
    }
    out.set(name, bytes);
  }
  return out;
}

/** Stores that hold the match index, whichever design the commit has. */
function indexBytes(sizes: Map<string, number>): number {
  let n = 0;
  for (const [k, v] of sizes) if (/^(features|match)/.test(k) || /^meta:.*[Ss]napshot/.test(k)) n += v;
  return n;
}

async function runCrossread(n: number): Promise<Figures> {
  const { corpus, singles, batch, pages } = documents(n);
  const name = `scale-${n}`;
  const empty = { version: 1, articles: [] };
  const notes: string[] = [];
  // Build: the corpus through the engine, a batch of 1,000 at a time.
  let db: Db | null = await openCrossreadDb(name);
  let engine: CoverageEngine | null = await CoverageEngine.open(db, empty);
  const [, build] = await timed(async () => {
    for (let i = 0; i < corpus.length; i += BATCH) await engine!.addArticles(corpus.slice(i, i + BATCH).map((d) => articleOf(d)));
  });
  const save = (e: CoverageEngine) => (e as unknown as { saveSnapshot?: () => Promise<void> }).saveSnapshot?.call(e);
  await save(engine);
  await pause(2500); // past the engine's deferred save, so nothing of the build is still running
  const sizes = await storeBytes(db);
  db.close();
  engine = null;
  db = null;
  // The database alone (no engine) as a baseline for the heap: what fake-indexeddb holds.
  const keep = await openCrossreadDb(name);
  const heapBase = heap();
  // Fresh starts, each on another page.
  const open: number[] = [];
  const first: number[] = [];
  let hits = 0;
  let last: { db: Db; engine: CoverageEngine } | null = null;
  for (let i = 0; i < COLD; i++) {
    if (last) last.db.close();
    last = null;
    heap();
    const t0 = performance.now();
    const fresh = await openCrossreadDb(name);
    const e = await CoverageEngine.open(fresh, empty);
    const t1 = performance.now();
    const view = await e.analyzedView(await e.analyzedPage(pageOf(pages[i]!), `https://page.example/${i}`), null);
    first.push(performance.now() - t1);
    open.push(t1 - t0);
    if (view.state !== 'ready') throw new Error(`page ${i} was not analysed: ${view.state}`);
    hits += view.sameStory.length + view.duplicates.length + view.related.length;
    last = { db: fresh, engine: e };
  }
  if (!last) throw new Error('SCALE_COLD must be at least 1');
  const live = last;
  const heapStart = heap();
  const warm: number[] = [];
  for (let i = 0; i < WARM; i++) {
    const page = pages[i % pages.length]!;
    const [, ms] = await timed(async () => live.engine.analyzedView(await live.engine.analyzedPage(pageOf(page), `https://page.example/w${i}`), null));
    warm.push(ms);
  }
  const heapAfter = heap();
  const adds: number[] = [];
  for (const d of singles) adds.push((await timed(() => live.engine.addArticles([articleOf(d)])))[1]);
  const [, batchMs] = await timed(() => live.engine.addArticles(batch.map((d) => articleOf(d))));
  const [, deferred] = await timed(async () => save(live.engine));
  if (!('saveSnapshot' in live.engine)) notes.push('no snapshot to save at this commit');
  live.db.close();
  keep.close();
  return {
    engine: 'crossread',
    size: n,
    build,
    ...timings(open, first, warm, adds, batchMs),
    deferredSave: 'saveSnapshot' in live.engine ? deferred : null,
    storedIndex: indexBytes(sizes),
    storedAll: [...sizes].filter(([k]) => !k.startsWith('meta:')).reduce((s, [, v]) => s + v, 0),
    heapStart,
    heapAfter,
    heapBase,
    hitsPerQuery: hits / COLD,
    notes: [...notes, `stores: ${[...sizes].map(([k, v]) => `${k} ${(v / 2 ** 20).toFixed(1)}`).join(', ')} MB`],
  };
}

/** What MiniSearch and FlexSearch have in common for the bench: index text, answer a query, store and load. */
interface TextEngine {
  add(id: number, d: Doc): void;
  query(q: string): number;
  /** The stored form, as rows for a key-value store. */
  dump(): Promise<[string, string][]>;
  /** A new engine loaded from those rows. */
  load(rows: [string, string][]): TextEngine;
}

function miniSearch(ms = new MiniSearch<{ id: number; title: string; text: string }>({ fields: ['title', 'text'] })): TextEngine {
  const opts = { fields: ['title', 'text'] };
  return {
    add: (id, d) => ms.add({ id, title: d.title, text: d.text }),
    query: (q) => ms.search(q, { combineWith: 'OR' }).slice(0, HITS).length,
    dump: async () => [['index', JSON.stringify(ms)]],
    load: (rows) => miniSearch(MiniSearch.loadJSON(rows[0]![1], opts)),
  };
}

function flexSearch(fx = new FlexIndex({ tokenize: 'strict' })): TextEngine {
  return {
    add: (id, d) => void fx.add(id, `${d.title}\n${d.text}`),
    query: (q) => (fx.search(q, { limit: HITS, suggest: true }) as unknown[]).length,
    dump: async () => {
      const rows: [string, string][] = [];
      await fx.export((key: string | number, data: unknown) => {
        if (data !== undefined && data !== null) rows.push([String(key), typeof data === 'string' ? data : JSON.stringify(data)]);
      });
      return rows;
    },
    load: (rows) => {
      const next = new FlexIndex({ tokenize: 'strict' });
      for (const [k, v] of rows) next.import(k, v);
      return flexSearch(next);
    },
  };
}

async function runText(kind: 'minisearch' | 'flexsearch', n: number): Promise<Figures> {
  const { corpus, singles, batch, pages } = documents(n);
  const make = kind === 'minisearch' ? () => miniSearch() : () => flexSearch();
  let engine: TextEngine | null = make();
  const [, build] = await timed(() => corpus.forEach((d, i) => engine!.add(i, d)));
  // The stored form in fake-indexeddb, as the extension would keep it.
  const rows = await engine.dump();
  const kv = await openDB(`scale-${kind}-${n}`, 1, { upgrade: (d) => void d.createObjectStore('kv') });
  const tx = kv.transaction('kv', 'readwrite');
  for (const [k, v] of rows) void tx.store.put(v, k);
  await tx.done;
  const stored = rows.reduce((s, [k, v]) => s + serialize(k).length + serialize(v).length, 0);
  engine = null;
  rows.length = 0;
  const heapBase = heap();
  const open: number[] = [];
  const first: number[] = [];
  let hits = 0;
  for (let i = 0; i < COLD; i++) {
    engine = null;
    heap();
    const t0 = performance.now();
    const keys = (await kv.getAllKeys('kv')).map(String);
    const values = (await kv.getAll('kv')) as string[];
    const loaded = make().load(keys.map((k, j) => [k, values[j]!]));
    const t1 = performance.now();
    hits += loaded.query(topWords(pages[i]!));
    first.push(performance.now() - t1);
    open.push(t1 - t0);
    engine = loaded;
  }
  const heapStart = heap();
  const warm: number[] = [];
  for (let i = 0; i < WARM; i++) warm.push((await timed(() => engine!.query(topWords(pages[i % pages.length]!))))[1]);
  const heapAfter = heap();
  const adds: number[] = [];
  singles.forEach((d, i) => {
    const t = performance.now();
    engine!.add(n + i, d);
    adds.push(performance.now() - t);
  });
  const [, batchMs] = await timed(() => batch.forEach((d, i) => engine!.add(n + SINGLES + i, d)));
  kv.close();
  return {
    engine: kind,
    size: n,
    build,
    ...timings(open, first, warm, adds, batchMs),
    deferredSave: null,
    storedIndex: stored,
    storedAll: stored,
    heapStart,
    heapAfter,
    heapBase,
    hitsPerQuery: hits / COLD,
    notes: [storedFormNote(kind)],
  };
}

function storedFormNote(kind: 'minisearch' | 'flexsearch'): string {
  return kind === 'minisearch' ? 'stored form: one JSON string (toJSON); cold start: loadJSON' : 'stored form: the export rows; cold start: import of each row';
}

/** One engine at one size in a child process of its own (the same tsx loader and NODE_OPTIONS). */
function child(engine: Engine, n: number): Promise<Figures> {
  const heapMb = process.env['SCALE_HEAP_MB'] ?? '8192';
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${heapMb}`, '--expose-gc', fileURLToPath(import.meta.url)], {
      env: { ...process.env, SCALE_CHILD: engine, SCALE_SIZE: String(n) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(MARK));
      if (code === 0 && line) resolve(JSON.parse(line.slice(MARK.length)) as Figures);
      else reject(new Error(`${engine} at ${n} exited with ${code}${out ? `: ${out.slice(-500)}` : ''}`));
    });
  });
}

const MB = (b: number) => (b / 2 ** 20).toFixed(1);
const ms = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '—' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** One table per size: a row per figure, a column per engine. */
function table(n: number, rows: Figures[]): string {
  const line = (label: string, f: (r: Figures) => string) => `  ${label.padEnd(44)}${rows.map((r) => f(r).padStart(16)).join('')}`;
  return [
    `size ${n}`,
    line('', (r) => r.engine),
    line('build (all articles, ms per article)', (r) => ms(r.build / n)),
    line('cold: open from the stored form p50 / p95 ms', (r) => `${ms(r.openP50)} / ${ms(r.openP95)}`),
    line('cold: first query p50 / p95 ms', (r) => `${ms(r.firstP50)} / ${ms(r.firstP95)}`),
    line('cold: open + first query p50 / p95 ms', (r) => `${ms(r.coldP50)} / ${ms(r.coldP95)}`),
    line('warm query p50 / p95 ms', (r) => `${ms(r.warmP50)} / ${ms(r.warmP95)}`),
    line('add one article p50 ms', (r) => ms(r.addP50)),
    line(`batch of ${BATCH}, ms per article`, (r) => ms(r.batchPerArticle)),
    line('deferred snapshot save after it, ms', (r) => (r.deferredSave === null ? '—' : ms(r.deferredSave))),
    line('stored index MB', (r) => MB(r.storedIndex)),
    line('stored, whole database MB', (r) => MB(r.storedAll)),
    line('heap after start MB (store included)', (r) => MB(r.heapStart)),
    line(`heap after ${WARM} queries MB`, (r) => MB(r.heapAfter)),
    line('  over the store alone: start / after MB', (r) => (r.heapBase === null ? '—' : `${MB(r.heapStart - r.heapBase)} / ${MB(r.heapAfter - r.heapBase)}`)),
    line('coverage cards (ours) / ids per cold query', (r) => r.hitsPerQuery.toFixed(1)),
    ...rows.flatMap((r) => r.notes.map((x) => `  ${r.engine}: ${x}`)),
  ].join('\n');
}

/** Prints one table per size in BENCH_SIZES (default 1000,10000), each engine run in its own process. */
export async function main(): Promise<void> {
  const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000').split(',').map(Number).filter((x) => x > 0);
  const engines = (process.env['BENCH_ENGINES'] ?? ENGINES.join(',')).split(',').filter((e): e is Engine => (ENGINES as readonly string[]).includes(e));
  const hasGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
  console.log(`scale bench: ${COLD} fresh starts, ${WARM} warm queries, ${SINGLES} single adds, a batch of ${BATCH}; one process per engine${hasGc ? '' : ' (run through npm run bench for --expose-gc)'}`);
  for (const n of sizes) {
    const rows: Figures[] = [];
    for (const e of engines) {
      const t = Date.now();
      rows.push(await child(e, n));
      console.log(`  (${e} at ${n}: ${((Date.now() - t) / 1000).toFixed(0)} s)`);
    }
    console.log(table(n, rows));
  }
}

async function runChild(engine: Engine, n: number): Promise<void> {
  const figures = engine === 'crossread' ? await runCrossread(n) : await runText(engine, n);
  process.stdout.write(`${MARK}${JSON.stringify(figures)}\n`);
  process.exit(0); // the engine's timers (a deferred save) have nothing left to do for the bench
}

const childEngine = process.env['SCALE_CHILD'] as Engine | undefined;
if (childEngine) void runChild(childEngine, Number(process.env['SCALE_SIZE']));
else if (import.meta.url === `file://${process.argv[1]}`) void main();
