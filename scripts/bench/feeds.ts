/**
 * Feeds: items parsed per second from the real feed files of ../shared/datasets/feeds; the time
 * from the alarm to a refreshed corpus for 50 feeds × 30 items served on 127.0.0.1 (real HTTP,
 * the product's FeedService and engine, fake-indexeddb in Node), then the same feeds unchanged
 * (conditional requests answered 304); and the longest single task on the event loop while a
 * refresh runs (the service worker's main thread has the same work to do), with how many tasks
 * went over 50 ms.
 */
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoverageEngine, type BundledCorpus } from '../../utils/coverage/engine';
import { openCrossreadDb } from '../../utils/db/schema';
import { parseFeed } from '../../utils/feeds/parse';
import { FeedService } from '../../utils/feeds/service';
import { FEEDS, feedXml, ITEMS, readReports } from './feed-fixtures';

const SHARED = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'datasets');

function parseSpeed(): string[] {
  const dir = join(SHARED, 'feeds', 'files');
  const files = readdirSync(dir).map((f) => readFileSync(join(dir, f)));
  const run = () => {
    let items = 0;
    let failed = 0;
    for (const bytes of files) {
      try {
        const r = parseFeed(new Uint8Array(bytes));
        items += r.kind === 'feed' ? r.items.length : r.outlines.length;
      } catch {
        failed++;
      }
    }
    return { items, failed };
  };
  run(); // warm-up
  const times: number[] = [];
  let last = { items: 0, failed: 0 };
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    last = run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[2]! / 1000;
  const bytes = files.reduce((s, b) => s + b.length, 0);
  return [
    `parse: ${files.length} real files (${(bytes / 1e6).toFixed(1)} MB, ${last.items} items and subscriptions, ${last.failed} refused) × 5 rounds, one core`,
    `  items/s ${(last.items / median).toFixed(0)} median   MB/s ${(bytes / 1e6 / median).toFixed(1)}   ms per file ${((median * 1000) / files.length).toFixed(2)}`,
  ];
}


/** The longest gap between turns of the event loop while `work` runs: the longest task it ran. */
async function longestTask<T>(work: () => Promise<T>): Promise<{ value: T; longest: number; over50: number }> {
  let last = performance.now();
  let longest = 0;
  let over50 = 0;
  let on = true;
  const tick = () => {
    const now = performance.now();
    const gap = now - last;
    if (gap > longest) longest = gap;
    if (gap > 50) over50++;
    last = now;
    if (on) setImmediate(tick);
  };
  setImmediate(tick);
  const value = await work();
  on = false;
  return { value, longest, over50 };
}

async function refreshFigures(): Promise<string[]> {
  const reports = readReports();
  const bodies = Array.from({ length: FEEDS }, (_, f) => feedXml(reports, f));
  let requests = 0;
  let notModified = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    const f = Number(/\/feed(\d+)\.xml$/.exec(req.url ?? '')?.[1]);
    const body = bodies[f];
    if (body === undefined) return void res.writeHead(404).end();
    const etag = `"f${f}"`;
    if (req.headers['if-none-match'] === etag) {
      notModified++;
      return void res.writeHead(304).end();
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  try {
    const bundled = JSON.parse(readFileSync(new URL('../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
    const db = await openCrossreadDb(`bench-feeds-${Date.now()}`);
    const engine = await CoverageEngine.open(db, bundled);
    let now = Date.now();
    const service = new FeedService(db, async () => engine, { fetcher: (i, init) => fetch(i, init), now: () => now });
    const opml = `<opml version="2.0"><body>${bodies.map((_, f) => `<outline text="Outlet ${f}" xmlUrl="http://127.0.0.1:${port}/feed${f}.xml"/>`).join('')}</body></opml>`;
    await service.importOpml(opml);
    const t0 = performance.now();
    const first = await longestTask(() => service.refreshDue());
    const firstMs = performance.now() - t0;
    const firstRequests = requests;
    const added = first.value.reduce((s, r) => s + r.added, 0);
    now += 31 * 60_000;
    const t1 = performance.now();
    const second = await longestTask(() => service.refreshDue());
    const secondMs = performance.now() - t1;
    return [
      `refresh: ${FEEDS} feeds × ${ITEMS} items on 127.0.0.1 (real HTTP, Node fetch, fake-indexeddb), corpus of ${bundled.articles.length} bundled articles`,
      `  alarm → refreshed corpus   ${(firstMs / 1000).toFixed(2)} s   (${added} articles added, ${(firstMs / added).toFixed(1)} ms per item; ${firstRequests} requests)`,
      `  longest event-loop gap     ${first.longest.toFixed(1)} ms   gaps over 50 ms: ${first.over50}   (Node: fake-indexeddb works on the same thread; the Chromium figures below are the worker's)`,
      `  unchanged feeds (304)      ${(secondMs / 1000).toFixed(2)} s   (${notModified} answered 304), longest gap ${second.longest.toFixed(1)} ms`,
    ];
  } finally {
    server.close();
  }
}

/** Prints the figures: Node first, then real Chromium (needs the Chrome build: npx wxt build). */
export async function main(): Promise<void> {
  process.stdout.write([...parseSpeed(), ...(await refreshFigures())].join('\n') + '\n');
  await (await import('./feeds-chromium')).main();
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
