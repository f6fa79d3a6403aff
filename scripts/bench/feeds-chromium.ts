/**
 * Feeds in real Chromium (the built extension, its service worker, real IndexedDB): 50 feeds × 30
 * items served on 127.0.0.1. Three rounds: the OPML import's first fetch of every feed; the alarm
 * after every feed gained 30 new items (the sources made due by moving their next fetch into the
 * past in the store, as time passing would); the alarm again with nothing changed (304s). For each:
 * the time until every feed was fetched, and the service worker thread's tasks as Chromium's trace
 * timed them (busy time, the longest task, how many went over 50 ms), the index snapshot saved
 * after the last change included.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launchWithExtension, makeFeedsDue, type ExtensionBrowser } from '../demo/browser';
import { uiClient } from '../demo/background-client';
import { FEED_ALARM } from '../../utils/feeds/schedule';
import { FEEDS, feedXml, ITEMS, readReports } from './feed-fixtures';



interface State {
  sources: { lastFetchedAt: number | null; fetching: boolean }[];
  feedArticles: number;
}

async function allFetchedSince(page: Page, since: number): Promise<State> {
  for (;;) {
    const r = await uiClient(page).ask('uiSources', null).catch(() => null);
    const s: State | null = r?.ok ? r.value : null;
    if (s && s.sources.length === FEEDS && s.sources.every((x) => !x.fetching && (x.lastFetchedAt ?? 0) >= since)) return s;
    await new Promise((r) => setTimeout(r, 250));
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Chromium's own trace of the tasks run while `work` runs (the "toplevel" category, all processes):
 * the service worker thread's tasks, as the browser timed them.
 */
async function swTasks(page: Page, ext: ExtensionBrowser, work: () => Promise<void>): Promise<{ longest: number; over50: number; busy: number; count: number }> {
  const cdp = await ext.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected' as never, ((e: { value: TraceEvent[] }) => void events.push(...e.value)) as never);
  const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete' as never, (() => r()) as never));
  await cdp.send('Tracing.start' as never, { traceConfig: { includedCategories: ['toplevel', '__metadata'], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' } as never);
  try {
    await work();
  } finally {
    await cdp.send('Tracing.end' as never);
    await complete;
    await cdp.detach();
  }
  const sw = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'ServiceWorker thread').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && sw.has(`${e.pid}:${e.tid}`)).map((e) => (e.dur ?? 0) / 1000);
  return { longest: Math.max(0, ...tasks), over50: tasks.filter((d) => d > 50).length, busy: tasks.reduce((x, y) => x + y, 0), count: tasks.length };
}

export async function main(): Promise<void> {
  const reports = readReports();
  let round = 1;
  let notModified = 0;
  const server = createServer((req, res) => {
    const f = Number(/\/feed(\d+)\.xml$/.exec(req.url ?? '')?.[1]);
    if (!(f >= 0 && f < FEEDS)) return void res.writeHead(404).end();
    const etag = `"r${round}-f${f}"`;
    if (req.headers['if-none-match'] === etag) {
      notModified++;
      return void res.writeHead(304).end();
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feedXml(reports, f, round));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let ext: ExtensionBrowser | null = null;
  try {
    ext = await launchWithExtension();
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    // A quiet extension page to ask from (the options page would reload its tables on every change and weigh on the worker).
    await page.goto(`chrome-extension://${ext.extensionId}/reader.html?id=none`);
    const worker = ext.worker;
    const lines = [`feeds in real Chromium: ${FEEDS} feeds × ${ITEMS} items on 127.0.0.1 (items: real reports from gva, ${Math.round(reports.slice(0, 3000).reduce((s, r) => s + r.text.length, 0) / 3000)} characters on average)`];
    const roundOf = async (label: string, start: () => Promise<void>) => {
      let ms = 0;
      let state: State | null = null;
      const t = await swTasks(page, ext!, async () => {
        const t0 = Date.now();
        await start();
        state = await allFetchedSince(page, t0);
        ms = Date.now() - t0;
        // The index snapshot is saved 2 s after the last change: part of a refresh's cost, so inside the trace.
        await new Promise((r) => setTimeout(r, 3000));
      });
      lines.push(
        `  ${label.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(6)} s   ${state!.feedArticles} feed articles   worker busy ${(t.busy / 1000).toFixed(2)} s in ${t.count} tasks, longest ${t.longest.toFixed(0)} ms, ${t.over50} over 50 ms`,
      );
    };
    const opml = `<opml version="2.0"><body>${Array.from({ length: FEEDS }, (_, f) => `<outline text="Outlet ${f}" xmlUrl="${origin}/feed${f}.xml"/>`).join('')}</body></opml>`;
    await roundOf('OPML import → every feed fetched', () => uiClient(page).ask('uiImportOpml', { text: opml }).then((r) => {
      if (!r.ok) throw new Error(r.error);
    }));
    round = 2;
    await makeFeedsDue(page);
    await roundOf('alarm → 30 new items a feed stored', () => worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), FEED_ALARM));
    await makeFeedsDue(page);
    notModified = 0;
    await roundOf('alarm → nothing changed (304)', () => worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), FEED_ALARM));
    lines.push(`  (${notModified} answered 304 in the last round)`);
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await ext?.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
