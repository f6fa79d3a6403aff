/**
 * The page cost of Crossread's content script, in real Chromium with the built extension, on the
 * saved real pages of ../shared/datasets/pages/readability: main-thread time the extension adds
 * to the page (the cheap detection, then serialising the HTML in idle time; parsing and
 * extraction run in the extension's offscreen document), and the time until the background has
 * the page's result. Beside it, in the same run: Readability run directly in the page, as an
 * extension that extracts in the content script would.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../demo/browser';
import { startDemoServer } from '../demo/server';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'datasets', 'pages', 'readability');
const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

function stats(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return `median ${q(0.5).toFixed(2)} ms  p95 ${q(0.95).toFixed(2)} ms  max ${(s[s.length - 1] ?? NaN).toFixed(2)} ms`;
}

export async function main(): Promise<void> {
  if (!existsSync(PAGES)) throw new Error(`no saved pages at ${PAGES}`);
  if (!existsSync('.output/chrome-mv3/manifest.json')) throw new Error('build the extension first: npx wxt build');
  const cases = readdirSync(PAGES).filter((d) => existsSync(join(PAGES, d, 'source.html'))).sort();
  const limit = Number(process.env['BENCH_PAGES'] ?? cases.length);
  const server = await startDemoServer();
  const ext = await launchWithExtension();
  const detect: number[] = [];
  const serialise: number[] = [];
  const total: number[] = [];
  const toResult: number[] = [];
  const readability: number[] = [];
  let longTasks = 0;
  let readabilityLong = 0;
  let articles = 0;
  try {
    // The saved pages refer to their sites' images and scripts: only our local server answers.
    await ext.context.route((u) => u.hostname !== '127.0.0.1', (route) => route.abort());
    const page = await ext.context.newPage();
    for (const c of cases.slice(0, limit)) {
      const path = `/pages/${c}/index.html`;
      server.put(path, readFileSync(join(PAGES, c, 'source.html'), 'utf8'));
      const url = `${server.origin}${path}`;
      const start = Date.now();
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
      } catch (err) {
        console.log(`  (skipped ${c}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
        continue;
      }
      const tabId = await ext.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
      // Time until the background holds this tab's result (read from its store).
      let state = '';
      for (let i = 0; i < 300 && !['ready', 'not-article', 'error'].includes(state); i++) {
        state = await ext.worker.evaluate(
          (id) =>
            new Promise<string>((resolve) => {
              const open = indexedDB.open('crossread');
              open.onsuccess = () => {
                const get = open.result.transaction('tabs').objectStore('tabs').get(id);
                get.onsuccess = () => resolve((get.result?.view?.state as string) ?? '');
                get.onerror = () => resolve('');
              };
              open.onerror = () => resolve('');
            }),
          tabId,
        );
        if (!['ready', 'not-article', 'error'].includes(state)) await new Promise((r) => setTimeout(r, 25));
      }
      toResult.push(Date.now() - start);
      if (state === 'ready') articles++;
      if (!['ready', 'not-article', 'error'].includes(state)) console.log(`  (no result for ${c}: tab ${tabId}, state "${state}")`);
      const m = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').filter((e) => e.name.startsWith('crossread:')).map((e) => [e.name, e.duration])));
      const d = m['crossread:detect'] ?? 0;
      const s = m['crossread:serialise'] ?? 0;
      detect.push(d);
      if (m['crossread:serialise'] !== undefined) serialise.push(s);
      total.push(d + s);
      if (d > 50 || s > 50) longTasks++;
      // The alternative: Readability in the page's own main thread.
      await page.evaluate(readabilitySource + '\n;window.__Readability = Readability;');
      const r = await page.evaluate(() => {
        const t = performance.now();
        new (window as unknown as { __Readability: new (d: Document) => { parse(): unknown } }).__Readability(document.cloneNode(true) as Document).parse();
        return performance.now() - t;
      });
      readability.push(r);
      if (r > 50) readabilityLong++;
    }
    const n = Math.min(limit, cases.length);
    console.log(`Page cost on ${n} saved pages (../shared/datasets/pages/readability), Chromium headless, this machine:`);
    console.log(`  Crossread content script, detection           ${stats(detect)}`);
    console.log(`  Crossread content script, serialise (articles) ${stats(serialise)}`);
    console.log(`  Crossread total main-thread work per page     ${stats(total)}   tasks > 50 ms: ${longTasks}`);
    console.log(`  Readability.parse() in the page (alternative) ${stats(readability)}   tasks > 50 ms: ${readabilityLong}`);
    console.log(`  Time from navigation to the background's result ${stats(toResult)}   (${articles} read as articles)`);
  } finally {
    await ext.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
