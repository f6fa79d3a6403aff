/**
 * Cold start in real Chromium (issue #17's page → badge figure): the reader's corpus grown to 10k
 * and 100k generated articles (corpus-gen.ts, as scale.ts), imported through the background's own
 * import message in batches (uiImport, sent from the reader page, which lists nothing), then 50
 * news pages — generated articles not in the corpus, served on 127.0.0.1 — each opened after the
 * service worker was stopped (CDP ServiceWorker.stopAllWorkers: Chrome stops an idle worker after
 * 30 s, so the cold case is the usual one), timed from navigation to the background holding the
 * tab's ready view (what the badge shows); then 10 pages with the worker warm. The worker's JS heap
 * is read over CDP (Runtime.getHeapUsage on its target) after the last cold page and after the warm ones.
 *   npm run bench -- coldstart                               sizes 10000,100000 (needs npx wxt build)
 *   BENCH_COLD_SIZES=10000 npm run bench -- coldstart
 *   BENCH_COLD_PAGES=50 BENCH_WARM_PAGES=10 BENCH_COLD_BATCH=2000   cold and warm pages per size, articles per import message
 *   BENCH_COLD_PROFILE=/tmp/p BENCH_EXTENSION_DIR=/tmp/ext     keep the browser profile in /tmp/p-<size> (a corpus
 *       already grown there is measured again, not imported again: a 100k import takes over an hour) and
 *       load the extension from /tmp/ext (copy each build there: the same path keeps the same extension id,
 *       so the same database). An import stopped part-way goes on from the last batch stored (the
 *       generated corpus is the same every run, and each batch is stored all or nothing);
 *       BENCH_COLD_AS_IS=1 measures the kept profile at whatever size it has grown to.
 * Navigation → ready includes loading the page and the content script's extraction, which the
 * background's own figure (page HTML received → answer) does not.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../demo/browser';
import { uiClient } from '../demo/background-client';
import { renderArticlePage } from '../demo/pages';
import { workerHeap } from '../demo/worker-heap';
import { generate, pct, type Doc } from './corpus-gen';
import { PAGE_MARK_PREFIX, PAGE_PHASES, WORKER_MARKS } from '../../utils/coverage/page-timing';

const PAGES = Number(process.env['BENCH_COLD_PAGES'] ?? 50);
const WARM_PAGES = Number(process.env['BENCH_WARM_PAGES'] ?? 10);
const BATCH = Number(process.env['BENCH_COLD_BATCH'] ?? 2000);

/** Serves the query pages: /bench/<i>.html is page i, a generated article rendered as a news page. */
async function pageServer(pages: Doc[]): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const i = Number(/^\/bench\/(\d+)\.html$/.exec(req.url ?? '')?.[1]);
    const d = pages[i];
    if (!d) return void res.writeHead(404).end();
    const url = `http://127.0.0.1/bench/${i}.html`;
    const html = renderArticlePage({ site: d.source ?? 'Bench News', title: d.title || 'Untitled', byline: null, published: d.date, url, paragraphs: d.text.split('\n\n') });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** One page's figures: from navigation (`total`), and the background's own, read from its User Timing marks (page-timing.ts). */
interface PageTiming {
  /** Navigation → the background holding the tab's ready view (what the badge shows). */
  total: number;
  /** Navigation → the page's HTML reaching the background (page load, the content script's idle wait and serialising). */
  toHtml: number;
  /** The page's HTML reaching the background → the badge set: the issue's figure. */
  htmlToBadge: number;
  /** Each phase's end after the HTML arrived (engine and parsing overlap), ms. */
  phases: Record<string, number>;
  /** The worker's start → its main() (loading and evaluating background.js), when this page started it. */
  boot: number | null;
  /** The worker's start → its engine open, when this page started it. */
  engineOpen: number | null;
}

/** The extension's running service worker's marks (epoch ms), read through Playwright's worker handle. */
async function workerMarks(ext: ExtensionBrowser): Promise<{ origin: number; marks: Record<string, number> }> {
  let last: { origin: number; marks: Record<string, number> } | null = null;
  for (let i = 0; i < 50; i++) {
    const sw = ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`));
    const read = await sw
      ?.evaluate(() => ({ origin: performance.timeOrigin, marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])) }))
      .catch(() => null);
    // The view is stored just before the badge is set: wait for the badge's mark.
    if (read && read.marks[PAGE_MARK_PREFIX + 'published'] !== undefined) return read;
    last = read ?? last;
    await new Promise((r) => setTimeout(r, 10));
  }
  // A build older than the marks (a baseline) has none: its pages are timed from navigation only.
  if (last && !Object.keys(last.marks).some((k) => k.startsWith(PAGE_MARK_PREFIX))) return last;
  throw new Error('could not read the service worker\'s marks of the page');
}

/** Time from navigation to the background holding this tab's ready view, with its breakdown; null when the detector says the page is no article. */
async function pageToResult(ext: ExtensionBrowser, probe: Page, page: Page, url: string): Promise<PageTiming | null> {
  const start = Date.now();
  await page.goto(url);
  // One round trip per poll: the tab showing `url` is found and asked about in the same call, and only its state comes back.
  const client = uiClient(probe);
  let seen: unknown = 'no answer';
  for (;;) {
    const view = await client.peekForTab('uiTabView', url, {}, ['state']).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (view.ok && view.value['state'] === 'ready') return timingOf(await workerMarks(ext), start, Date.now() - start);
    seen = view.ok ? view.value['state'] : view.error;
    if (view.ok && seen === 'not-article') return null;
    if (view.ok && seen === 'error') throw new Error(`${url}: the view is an error`);
    if (Date.now() - start > 60_000) throw new Error(`no result for ${url} (last: ${String(seen)})`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A page's breakdown from the worker's marks; `start` is the navigation's epoch ms. */
function timingOf({ origin, marks }: { origin: number; marks: Record<string, number> }, start: number, total: number): PageTiming {
  const html = marks[PAGE_MARK_PREFIX + 'html'];
  const published = marks[PAGE_MARK_PREFIX + 'published'];
  if (html === undefined || published === undefined) return { total, toHtml: NaN, htmlToBadge: NaN, phases: {}, boot: null, engineOpen: null };
  const phases: Record<string, number> = {};
  for (const p of PAGE_PHASES) if (marks[PAGE_MARK_PREFIX + p] !== undefined) phases[p] = marks[PAGE_MARK_PREFIX + p]! - html;
  // A worker this page started began after the navigation; one started earlier (warm) reports no boot.
  const startedNow = origin >= start - 50;
  const main = marks[WORKER_MARKS.main];
  const engineOpen = marks[WORKER_MARKS.engineOpen];
  return {
    total,
    toHtml: origin + html - start,
    htmlToBadge: published - html,
    phases,
    boot: startedNow && main !== undefined ? main : null,
    engineOpen: startedNow && engineOpen !== undefined ? engineOpen : null,
  };
}

/** "p50 / p95" of a figure over pages, ms. */
function p5095(all: number[]): string {
  const xs = all.filter((x) => !Number.isNaN(x));
  return xs.length ? `${pct(xs, 50).toFixed(0)} / ${pct(xs, 95).toFixed(0)}` : 'n/a';
}

/** The lines of a breakdown over pages: each figure's p50 / p95. */
function breakdown(label: string, ts: PageTiming[]): string[] {
  const num = (xs: (number | null | undefined)[]) => xs.filter((x): x is number => typeof x === 'number');
  const phases = PAGE_PHASES.filter((p) => p !== 'html').map((p) => `${p} ${p5095(num(ts.map((t) => t.phases[p])))}`);
  return [
    `  ${label}: navigation → ready view p50 / p95 ${p5095(ts.map((t) => t.total))} ms   max ${Math.max(...ts.map((t) => t.total))} ms   first ${ts[0]?.total} ms`,
    `    navigation → HTML at the background ${p5095(ts.map((t) => t.toHtml))} ms;  HTML at the background → badge ${p5095(ts.map((t) => t.htmlToBadge))} ms (max ${Math.max(...ts.map((t) => t.htmlToBadge).filter((x) => !Number.isNaN(x)), 0).toFixed(0)})`,
    `    after the HTML, each phase's end (p50 / p95 ms): ${phases.join(';  ')}`,
    `    worker start → main() ${p5095(num(ts.map((t) => t.boot)))} ms;  worker start → engine open ${p5095(num(ts.map((t) => t.engineOpen)))} ms (${num(ts.map((t) => t.boot)).length} of ${ts.length} pages started the worker)`,
  ];
}

/** Imports the corpus in batches through the background's import message; the time of each batch. */
async function importAll(probe: Page, corpus: Doc[]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < corpus.length; i += BATCH) {
    const text = corpus
      .slice(i, i + BATCH)
      .map((d) => JSON.stringify({ id: d.id, title: d.title, source: d.source, date: d.date, text: d.text }))
      .join('\n');
    const t0 = Date.now();
    const report = await uiClient(probe).ask('uiImport', { text, fileName: `bench-${i}.jsonl` });
    times.push(Date.now() - t0);
    if (!report.ok) throw new Error(`import of batch ${i / BATCH} failed: ${report.error}`);
    if (report.value.rejected.length) throw new Error(`import of batch ${i / BATCH}: ${report.value.rejected.length} articles refused`);
  }
  return times;
}

async function stopWorker(ext: ExtensionBrowser, probe: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(probe);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await new Promise((r) => setTimeout(r, 300));
}

async function oneSize(n: number): Promise<string[]> {
  // Three times the pages needed: a short generated text the detector calls no article is skipped (and counted).
  const all = generate(n + 3 * (PAGES + WARM_PAGES));
  const { origin, server } = await pageServer(all.slice(n));
  const kept = process.env['BENCH_COLD_PROFILE'];
  const extensionDir = process.env['BENCH_EXTENSION_DIR'];
  const ext = await launchWithExtension({ ...(kept ? { profileDir: `${kept}-${n}` } : {}), ...(extensionDir ? { extensionDir } : {}) });
  try {
    const probe = ext.context.pages()[0] ?? (await ext.context.newPage());
    await probe.goto(`chrome-extension://${ext.extensionId}/reader.html`);
    const grown = (await uiClient(probe).value('uiCorpusInfo', null)).articles;
    const t0 = Date.now();
    // A kept profile already holding the corpus is measured as it is (the generated corpus is the same every run).
    // Stored: the bundled 4 and whole batches of the generated corpus, in its order.
    const done = Math.max(0, Math.floor((grown - 4) / BATCH) * BATCH);
    const asIs = process.env['BENCH_COLD_AS_IS'] === '1';
    const batches = grown >= n + 4 || asIs ? [] : await importAll(probe, all.slice(done, n));
    const importMs = Date.now() - t0;
    const info = await uiClient(probe).value('uiCorpusInfo', null);
    await new Promise((r) => setTimeout(r, 5000)); // the stored norms are refreshed 3 s after the last write (norm-refresh.ts)
    const page = await ext.context.newPage();
    let next = 0;
    let skipped = 0;
    const timeNext = async (): Promise<PageTiming> => {
      for (;;) {
        if (next >= 3 * (PAGES + WARM_PAGES)) throw new Error('too many generated pages were no article');
        const t = await pageToResult(ext, probe, page, `${origin}/bench/${next++}.html`);
        if (t !== null) return t;
        skipped++;
      }
    };
    const cold: PageTiming[] = [];
    for (let i = 0; i < PAGES; i++) {
      await stopWorker(ext, probe);
      cold.push(await timeNext());
    }
    const heapCold = await workerHeap(ext);
    const warm: PageTiming[] = [];
    for (let i = 0; i < WARM_PAGES; i++) warm.push(await timeNext());
    const heapWarm = await workerHeap(ext);
    const MB = (b: number) => (b / 2 ** 20).toFixed(1);
    return [
      `size ${info.articles} (${info.articles - 4} of ${n} generated + the bundled 4)`,
      batches.length
        ? `  import: ${(importMs / 1000).toFixed(1)} s in ${batches.length} messages of ${BATCH}${done ? ` from article ${done}` : ''} (first ${(batches[0]! / 1000).toFixed(1)} s, last ${(batches.at(-1)! / 1000).toFixed(1)} s; ${((importMs / (n - done)) * 1000).toFixed(0)} µs per article)`
        : `  import: none, the kept profile ${kept}-${n} holds ${info.articles} articles already`,
      ...breakdown(`worker stopped before each (${PAGES} pages)`, cold),
      ...breakdown(`worker warm (${WARM_PAGES} pages)`, warm),
      `  pages the detector called no article, skipped: ${skipped}`,
      `  worker JS heap: after the last cold page ${MB(heapCold)} MB, after ${WARM_PAGES} warm pages ${MB(heapWarm)} MB`,
    ];
  } finally {
    await ext.close();
    server.close();
  }
}

/** Prints the figures for each size in BENCH_COLD_SIZES (default 10000,100000); needs the Chrome build (npx wxt build). */
export async function main(): Promise<void> {
  const sizes = (process.env['BENCH_COLD_SIZES'] ?? '10000,100000').split(',').map(Number).filter((x) => x > 0);
  for (const n of sizes) console.log((await oneSize(n)).join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
