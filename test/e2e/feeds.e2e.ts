/**
 * Feeds in real Chromium, from the background's side: subscriptions imported as OPML are fetched
 * once; their items are in the corpus and a news page about one of them gets its badge and panel
 * from them; a failing feed shows why on its row; the alarm (triggered here) fetches what is due
 * and not what is backing off; a worker stopped in the middle of a fetch loses nothing and fetches nothing twice, the
 * alarm fetching that feed again; and the network log holds requests only to the feeds added and
 * the pages opened.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFeedsDue } from '../../scripts/demo/browser';
import { demoPages } from '../../scripts/demo/pages';
import { loadCorpus } from '../../scripts/demo/server';
import { useExtension } from './fixture';
import { SHOTS, badgeOf, openPanel, tabIdOf, waitFor, eventually } from './helpers';

let server: Server;
let origin: string;
let options: Page;
/** Requests the test server answered, by path. */
const served = new Map<string, number>();
/** Every http(s) request of the browser context (pages and the service worker's fetches). */
const seen: { url: string; fromWorker: boolean }[] = [];
/** The slow feed's first request hangs until the test lets it go (the worker is stopped meanwhile). */
let releaseSlow: (() => void) | null = null;

const seeds = loadCorpus();
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const TITLES = ['Allies weigh new sanctions as Biden lands in Brussels', 'NATO leaders meet on Ukraine war', 'Biden at the emergency summit: what to expect'];

/** The three other seed articles as a feed's items (today's dates), the fourth served as a news page. */
function storyFeed(): string {
  const items = seeds.slice(1).map(
    (a, i) =>
      `<item><title>${esc(TITLES[i]!)}</title><link>${origin}/wire/${a.id}</link><guid>${a.id}</guid><pubDate>${new Date(Date.now() - (i + 1) * 3_600_000).toUTCString()}</pubDate><description>${esc(
        a.text.split('\n\n').map((p) => `<p>${esc(p)}</p>`).join(''),
      )}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire Desk</title><link>${origin}/wire/</link><language>en</language>${items.join('')}</channel></rss>`;
}
const slowFeed = () =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Slow Courier</title><link>${origin}/slow/</link>${['Harbour ferry adds late crossings', 'Harbour wall repairs finish early']
    .map((t, i) => `<item><title>${t}</title><link>${origin}/slow/${i}</link><guid>slow-${i}</guid><pubDate>${new Date().toUTCString()}</pubDate><description>${esc(`${t}, the operator said on Tuesday, after years of requests from commuters and a vote of the port board.`)}</description></item>`)
    .join('')}</channel></rss>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    served.set(path, (served.get(path) ?? 0) + 1);
    const page = demoPages(seeds, origin).find((p) => p.path === path);
    if (path === '/feeds/wire.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(storyFeed());
    if (path === '/feeds/broken.xml') return void res.writeHead(500, { 'content-type': 'text/plain' }).end('oops');
    if (path === '/feeds/slow.xml') {
      if (served.get(path) === 1) {
        releaseSlow = () => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(slowFeed());
        return;
      }
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(slowFeed());
    }
    if (page) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
// Registered before the fixture, so the server closes after the browser (which holds connections to it).
afterAll(async () => {
  await new Promise((r) => server?.close(r));
});
const { ext } = useExtension();
beforeAll(async () => {
  ext.context.on('request', (r: Request) => {
    if (/^https?:/.test(r.url())) seen.push({ url: r.url(), fromWorker: r.serviceWorker() !== null });
  });
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByText(/\d+ articles and/).waitFor();
  // Start from an empty corpus: whatever the page finds below, the feeds brought it.
  await options.getByRole('button', { name: 'Clear all…' }).click();
  await options.getByRole('button', { name: 'Yes, delete all' }).click();
  await options.getByText(/^0 articles and/).waitFor();
});
afterAll(() => {
  releaseSlow?.();
});

/** The service worker running now (a stopped one is replaced by a new one when woken). */
async function currentWorker(): Promise<Worker> {
  for (let i = 0; i < 50; i++) {
    const w = ext.context.serviceWorkers().at(-1);
    if (w && (await w.evaluate(() => true).catch(() => false))) return w;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no live service worker');
}
/** Fires the feeds alarm now, as Chrome would when it is due. */
async function fireAlarm(): Promise<void> {
  await (await currentWorker()).evaluate(() => chrome.alarms.create('crossread-feeds', { when: Date.now() }));
}
async function importOpml(feeds: string[]): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'crossread-opml-')), 'feeds.opml');
  writeFileSync(file, `<?xml version="1.0"?><opml version="2.0"><head><title>Test</title></head><body>${feeds.map((f) => `<outline text="${f}" xmlUrl="${origin}/feeds/${f}.xml"/>`).join('')}</body></opml>`);
  const [chooser] = await Promise.all([options.waitForEvent('filechooser'), options.getByRole('button', { name: 'Import OPML…' }).click()]);
  await chooser.setFiles(file);
  await options.getByText(new RegExp(`Added ${feeds.length}`)).waitFor();
}
const row = (name: string) => options.locator('section#sources tbody.source').filter({ hasText: name });
const itemsOf = async (name: string) => Number(await row(name).locator('tr').first().getByRole('cell').nth(1).textContent());

describe('feeds fill the corpus', () => {
  it('imported subscriptions are fetched once; their items join the corpus; a failing feed says why; the alarm fetches what is due, not what backs off', async () => {
    await importOpml(['wire', 'broken']);
    await expect.poll(() => itemsOf('wire'), { timeout: 30_000 }).toBe(3);
    await row('Wire Desk').waitFor();
    await expect.poll(() => row('broken').textContent(), { timeout: 30_000 }).toContain('the site answered 500 (a server error)');
    await options.getByText(/^3 articles and/).waitFor();
    expect(served.get('/feeds/wire.xml')).toBe(1);
    // Half an hour later (moved in the store, as time passing would) the working feed is due again;
    // the failing one backs off for an hour. The alarm asks for the one, not the other.
    await makeFeedsDue(options, `${origin}/feeds/wire.xml`);
    await fireAlarm();
    await waitFor(async () => served.get('/feeds/wire.xml') ?? 0, (n) => n === 2);
    expect(served.get('/feeds/wire.xml')).toBe(2);
    await eventually(() => row('Wire Desk').textContent()).toMatch(/in 30 minutes/);
    expect(served.get('/feeds/broken.xml')).toBe(1);
    expect(await itemsOf('wire')).toBe(3);
    await options.screenshot({ path: `${SHOTS}/feeds-after-import.png`, fullPage: true });
  });

  it('a news page about one of the items gets its badge and its panel from the feed', async () => {
    const url = `${origin}/news/${seeds[0]!.id}.html`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf({ ...ext, worker: await currentWorker() }, url);
    expect(await waitFor(() => currentWorker().then((w) => badgeOf({ ...ext, worker: w }, tabId)), (b) => b === '3')).toBe('3');
    const panel = await openPanel(ext, tabId);
    const same = panel.locator('#same-story').locator('xpath=..');
    await panel.locator('li.match').first().waitFor();
    const text = await same.textContent();
    for (const t of TITLES) expect(text).toContain(t);
    await panel.screenshot({ path: `${SHOTS}/feeds-panel.png`, fullPage: true });
    await panel.close();
    await page.close();
  });

  it('a worker stopped in the middle of a fetch loses nothing and fetches nothing twice', async () => {
    await importOpml(['slow']);
    await waitFor(async () => served.get('/feeds/slow.xml') ?? 0, (n) => n === 1);
    const cdp = await ext.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    releaseSlow?.(); // the answer arrives after its worker is gone
    releaseSlow = null;
    // The page wakes a new worker; the slow feed is still due (its fetch never finished), the others are not: the alarm fetches it.
    await options.reload();
    await options.getByText(/^3 articles and/).waitFor();
    expect(await itemsOf('slow')).toBe(0);
    await fireAlarm();
    await expect.poll(() => itemsOf('slow'), { timeout: 30_000 }).toBe(2);
    await options.getByText(/^5 articles and/).waitFor();
    expect(served.get('/feeds/slow.xml')).toBe(2);
    // The feeds fetched before the stop were not due: not asked again.
    expect(served.get('/feeds/wire.xml')).toBe(2);
    expect(await itemsOf('wire')).toBe(3);
  });

  it('the network log holds requests only to the feeds added and the pages opened', () => {
    const allowed = new Set([`${origin}/feeds/wire.xml`, `${origin}/feeds/broken.xml`, `${origin}/feeds/slow.xml`, `${origin}/news/${seeds[0]!.id}.html`]);
    const other = seen.filter((s) => !allowed.has(s.url));
    expect(other, JSON.stringify(other, null, 1)).toEqual([]);
    // The feeds were fetched by the service worker itself.
    expect(seen.filter((s) => s.url.includes('/feeds/')).every((s) => s.fromWorker)).toBe(true);
    expect(seen.filter((s) => s.url.includes('/feeds/')).length).toBeGreaterThanOrEqual(4);
  });
});
