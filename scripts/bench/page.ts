/**
 * The page cost of Crossread's content script, in real Chromium with the built extension, on two
 * sets of saved real pages:
 *
 * - ../shared/datasets/pages/readability: main-thread time the extension adds to the page (the
 *   cheap detection, then serialising the HTML in idle time; parsing and extraction run in the
 *   extension's offscreen document), and the time until the background has the page's result.
 *   Beside it, in the same run: Readability run directly in the page, as an extension that
 *   extracts in the content script would.
 * - ../shared/datasets/pages/detection: the same measurement on pages labelled article /
 *   non-article by looking at them, with the detection's main-thread time for articles and for
 *   non-articles apart — #13's goal is the non-article decision under 2 ms of the page's main
 *   thread — and how many of each the extension took for articles (a sanity line; the quality
 *   figures are `npm run eval -- extract`). Each page is served at its own address (the label's
 *   URL, answered by the browser's request routing) so the detector reads the URL it would read.
 *
 * The decision is two-stage (#13): on the page, the content script reads only the declarations
 * (`quickVerdict`, measured as `crossread:detect`) and rejects what they settle; every other page is
 * serialised in idle time (`crossread:serialise`) and the background's offscreen document runs the
 * full `detectArticle` on its HTML (`crossread:detect-full`, read from that document over the
 * DevTools protocol), whose verdict is the tab's final state ('ready' or 'not-article').
 *
 * Both sets are timed one way: the content script's User Timing measures, read from the page once
 * the background holds the tab's final result, and the offscreen document's measure of that page.
 * `BENCH_PAGES=N` runs the first N pages of each set (of the detection set, articles and
 * non-articles in turn). A set that is not beside the repository is skipped with a message.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../demo/browser';
import { startDemoServer } from '../demo/server';

const DATASETS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'datasets', 'pages');
const READABILITY_PAGES = join(DATASETS, 'readability');
const DETECTION_PAGES = join(DATASETS, 'detection');
const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
const TERMINAL = ['ready', 'not-article', 'error'];

function stats(xs: number[]): string {
  if (xs.length === 0) return '(no pages)';
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return `median ${q(0.5).toFixed(2)} ms  p95 ${q(0.95).toFixed(2)} ms  max ${(s[s.length - 1] ?? NaN).toFixed(2)} ms`;
}

/** What one page cost: the content script's measures and the background's verdict. */
interface PageCost {
  /** Main-thread time of the detection (`crossread:detect`), ms. */
  detect: number;
  /** Main-thread time of serialising the HTML (`crossread:serialise`), ms; null when the content script did not (its declarations settled "no article"). */
  serialise: number | null;
  /** The full `detectArticle` in the offscreen document on this page's HTML (`crossread:detect-full`), ms; null when it did not run. */
  detectFull: number | null;
  /** From navigation to the background holding the tab's result, ms. */
  toResult: number;
  /** The tab's final state in the background ('ready', 'not-article', 'error'), or what it was when we stopped waiting. */
  state: string;
  /** The page kind the background holds for a page it did not read. */
  kind: string | null;
}

/**
 * The extension's offscreen document, where the full detector runs: Playwright lists no page for it,
 * so it is reached over the DevTools protocol (attached through the bench tab's session, found
 * again if the background recreated it).
 */
class Offscreen {
  private session: { targetId: string; sessionId: string } | null = null;
  private seq = 0;
  private readonly waiting = new Map<number, (v: unknown) => void>();
  constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.receivedMessageFromTarget' as never, (e: { message: string }) => {
      const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: unknown } } };
      if (m.id === undefined) return;
      this.waiting.get(m.id)?.(m.result?.result?.value ?? null);
      this.waiting.delete(m.id);
    });
  }
  static async open(page: Page): Promise<Offscreen> {
    return new Offscreen(await page.context().newCDPSession(page));
  }
  private async attach(): Promise<string | null> {
    const { targetInfos } = (await this.cdp.send('Target.getTargets' as never)) as { targetInfos: { targetId: string; url: string }[] };
    const t = targetInfos.find((x) => x.url.endsWith('/offscreen.html'));
    if (!t) return (this.session = null);
    if (this.session?.targetId !== t.targetId) {
      const { sessionId } = (await this.cdp.send('Target.attachToTarget' as never, { targetId: t.targetId, flatten: false } as never)) as { sessionId: string };
      this.session = { targetId: t.targetId, sessionId };
    }
    return this.session.sessionId;
  }
  /** Evaluates `expression` in the offscreen document; null when there is none (yet). */
  async evaluate(expression: string): Promise<unknown> {
    const sessionId = await this.attach();
    if (!sessionId) return null;
    const id = ++this.seq;
    const answer = new Promise<unknown>((resolve) => {
      this.waiting.set(id, resolve);
      setTimeout(() => {
        this.waiting.delete(id);
        resolve(null);
      }, 5_000);
    });
    const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } });
    await this.cdp.send('Target.sendMessageToTarget' as never, { sessionId, message } as never);
    return answer;
  }
  /** Forgets the last page's measure, so that the next one read is the next page's. */
  async clear(): Promise<void> {
    await this.evaluate(`performance.clearMeasures('crossread:detect-full')`);
  }
  /** The full detector's time on the last page parsed, ms, or null. */
  async detectFull(): Promise<number | null> {
    const v = await this.evaluate(`performance.getEntriesByName('crossread:detect-full', 'measure').at(-1)?.duration ?? null`);
    return typeof v === 'number' ? v : null;
  }
}

/**
 * Opens `url` in `page`, waits until the background holds this page's result (read from its store;
 * the previous page's is gone first), and reads the content script's measures.
 * Null when the page does not load.
 */
async function measure(ext: ExtensionBrowser, page: Page, offscreen: Offscreen, url: string, name: string): Promise<PageCost | null> {
  // The tab's stored view, as the side panel would read it.
  const readView = (id: number) =>
    ext.worker.evaluate(
      (tab) =>
        new Promise<{ state: string; kind: string | null } | null>((resolve) => {
          const open = indexedDB.open('crossread');
          open.onsuccess = () => {
            const get = open.result.transaction('tabs').objectStore('tabs').get(tab);
            get.onsuccess = () => {
              const v = get.result?.view as { state?: string; detection?: { kind?: string } | null } | undefined;
              resolve(v?.state ? { state: v.state, kind: v.detection?.kind ?? null } : null);
            };
            get.onerror = () => resolve(null);
          };
          open.onerror = () => resolve(null);
        }),
      id,
    );
  // Leave the previous page first and wait until the background has dropped its view, so that the
  // result read below is this page's.
  const tabOf = (u: string) => ext.worker.evaluate(async (x) => (await chrome.tabs.query({})).find((t) => t.url === x)?.id ?? -1, u);
  if (page.url() !== 'about:blank') {
    const before = await tabOf(page.url());
    await page.goto('about:blank').catch(() => page.goto('about:blank'));
    for (let i = 0; i < 100 && (await readView(before)) !== null; i++) await new Promise((r) => setTimeout(r, 20));
  }
  await offscreen.clear();
  // Not 'load': a saved page's script may retry its (blocked) images forever. The content script
  // runs at document_idle whatever we wait for here; the result is waited for below.
  let start = Date.now();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
  } catch {
    // Once more, from a blank page: a navigation the previous page left pending can cancel this one.
    try {
      await page.goto('about:blank');
      start = Date.now();
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
    } catch (err) {
      console.log(`  (skipped ${name}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
      return null;
    }
  }
  const tabId = await tabOf(page.url());
  let view: { state: string; kind: string | null } | null = null;
  for (let i = 0; i < 400 && !TERMINAL.includes(view?.state ?? ''); i++) {
    view = await readView(tabId);
    if (!TERMINAL.includes(view?.state ?? '')) await new Promise((r) => setTimeout(r, 25));
  }
  const toResult = Date.now() - start;
  const state = view?.state ?? '';
  if (!TERMINAL.includes(state)) console.log(`  (no result for ${name}: tab ${tabId}, state "${state}")`);
  const m = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').filter((e) => e.name.startsWith('crossread:')).map((e) => [e.name, e.duration])));
  const serialise = m['crossread:serialise'] ?? null;
  // Only a page the content script sent was parsed; otherwise a measure there is not this page's.
  const detectFull = serialise === null ? null : await offscreen.detectFull();
  return { detect: m['crossread:detect'] ?? 0, serialise, detectFull, toResult, state, kind: view?.kind ?? null };
}

/** The Readability test pages, timed as before, with Readability run in the page beside. */
async function readabilitySet(ext: ExtensionBrowser, page: Page, offscreen: Offscreen, put: (path: string, html: string) => string, limit: number): Promise<void> {
  if (!existsSync(READABILITY_PAGES)) {
    console.log(`Readability pages: skipped (no saved pages at ${READABILITY_PAGES})`);
    return;
  }
  const cases = readdirSync(READABILITY_PAGES).filter((d) => existsSync(join(READABILITY_PAGES, d, 'source.html'))).sort().slice(0, limit);
  const detect: number[] = [];
  const serialise: number[] = [];
  const total: number[] = [];
  const toResult: number[] = [];
  const readability: number[] = [];
  let longTasks = 0;
  let readabilityLong = 0;
  let articles = 0;
  for (const c of cases) {
    const url = put(`/pages/${c}/index.html`, readFileSync(join(READABILITY_PAGES, c, 'source.html'), 'utf8'));
    const cost = await measure(ext, page, offscreen, url, c);
    if (!cost) continue;
    toResult.push(cost.toResult);
    if (cost.state === 'ready') articles++;
    detect.push(cost.detect);
    if (cost.serialise !== null) serialise.push(cost.serialise);
    total.push(cost.detect + (cost.serialise ?? 0));
    if (cost.detect > 50 || (cost.serialise ?? 0) > 50) longTasks++;
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
  console.log(`Page cost on ${detect.length} saved pages (../shared/datasets/pages/readability), Chromium headless, this machine:`);
  console.log(`  Crossread content script, page-side verdict    ${stats(detect)}`);
  console.log(`  Crossread content script, serialise (${serialise.length} pages sent) ${stats(serialise)}`);
  console.log(`  Crossread total main-thread work per page     ${stats(total)}   tasks > 50 ms: ${longTasks}`);
  console.log(`  Readability.parse() in the page (alternative) ${stats(readability)}   tasks > 50 ms: ${readabilityLong}`);
  console.log(`  Time from navigation to the background's result ${stats(toResult)}   (${articles} read as articles)`);
}

interface LabelledPage {
  id: string;
  label: 'article' | 'non-article';
  kind: string;
  url: string | null;
}

/** The labelled pages; when limited, articles and non-articles in turn so that both are timed. */
function detectionCases(limit: number): LabelledPage[] {
  const all = readFileSync(join(DETECTION_PAGES, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledPage);
  const a = all.filter((c) => c.label === 'article');
  const n = all.filter((c) => c.label !== 'article');
  const mixed: LabelledPage[] = [];
  for (let i = 0; i < Math.max(a.length, n.length); i++) mixed.push(...[a[i], n[i]].filter((c): c is LabelledPage => c !== undefined));
  return mixed.slice(0, limit);
}

/** The address a page is served at: its own (answered by `routes`), else one on the local server. */
type Serve = (c: LabelledPage, body: Buffer) => string;

/** One label's figures. */
interface Group {
  n: number;
  /** Page side: `quickVerdict` (`crossread:detect`), every page. */
  detect: number[];
  /** Page side: serialising the HTML, the pages the declarations did not settle. */
  serialise: number[];
  /** Page side, the whole decision: verdict + serialise (0 when not sent), every page. */
  pageTotal: number[];
  /** Offscreen document: the full `detectArticle` on the HTML sent. */
  detectFull: number[];
  /** Navigation to the background's final state for the tab. */
  toResult: number[];
  /** Settled on the page alone (rejected by its declarations, nothing sent). */
  settledOnPage: number;
  /** Final state 'ready': read as an article. */
  read: number;
  longTasks: number;
  kinds: Map<string, number>;
}

const group = (): Group => ({ n: 0, detect: [], serialise: [], pageTotal: [], detectFull: [], toResult: [], settledOnPage: 0, read: 0, longTasks: 0, kinds: new Map() });

/** Median and p95 only, for the sums. */
function stats2(xs: number[]): string {
  return stats(xs).replace(/ {2}max .*$/u, '');
}

/** The labelled detection pages: the two-stage decision's cost for articles and non-articles apart. */
async function detectionSet(ext: ExtensionBrowser, page: Page, offscreen: Offscreen, serve: Serve, limit: number): Promise<void> {
  if (!existsSync(join(DETECTION_PAGES, 'labels.jsonl'))) {
    console.log(`Detection pages: skipped (no labelled pages at ${DETECTION_PAGES})`);
    return;
  }
  const groups = { article: group(), 'non-article': group() };
  for (const c of detectionCases(limit)) {
    const url = serve(c, readFileSync(join(DETECTION_PAGES, 'pages', `${c.id}.html`)));
    const cost = await measure(ext, page, offscreen, url, c.id);
    if (!cost) continue;
    const g = groups[c.label === 'article' ? 'article' : 'non-article'];
    g.n++;
    g.detect.push(cost.detect);
    g.toResult.push(cost.toResult);
    g.pageTotal.push(cost.detect + (cost.serialise ?? 0));
    // The content script serialises every page its declarations do not settle as "not an article".
    if (cost.serialise !== null) g.serialise.push(cost.serialise);
    else g.settledOnPage++;
    if (cost.detectFull !== null) g.detectFull.push(cost.detectFull);
    if (cost.state === 'ready') g.read++;
    const kind = cost.state === 'ready' ? 'article' : (cost.kind ?? cost.state);
    g.kinds.set(kind, (g.kinds.get(kind) ?? 0) + 1);
    if (cost.detect > 50 || (cost.serialise ?? 0) > 50) g.longTasks++;
  }
  const kinds = (m: Map<string, number>) =>
    [...m]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  console.log(`\nDetection on ${groups.article.n + groups['non-article'].n} labelled pages (../shared/datasets/pages/detection), each at its own address, same run:`);
  for (const [label, g] of Object.entries(groups)) {
    console.log(`  ${label} pages (${g.n}):`);
    console.log(`    page side, verdict (crossread:detect)           ${stats(g.detect)}`);
    console.log(`    page side, serialise (${g.serialise.length} pages sent)          ${stats(g.serialise)}`);
    console.log(`    page side, whole decision (verdict + serialise) ${stats2(g.pageTotal)}${label === 'non-article' ? '   (goal: under 2 ms)' : ''}`);
    console.log(`    settled on the page alone                       ${g.settledOnPage} / ${g.n}`);
    console.log(`    offscreen document, full detectArticle          ${stats(g.detectFull)}   (${g.detectFull.length} pages; off the page's main thread)`);
    console.log(`    navigation to the background's final verdict    ${stats2(g.toResult)}`);
    console.log(`    main-thread tasks over 50 ms on the page        ${g.longTasks}`);
    console.log(`    read as articles in the end (state 'ready')     ${g.read} / ${g.n}   (sanity, not a quality figure: npm run eval -- extract)`);
    console.log(`    what the background holds: ${kinds(g.kinds)}`);
  }
}

/** Which detector the built extension holds, as far as the files tell: the bench times the build, not the source. */
function buildNote(): string {
  const detect = 'utils/article/detect.ts';
  let commit = '?';
  let dirty = false;
  try {
    commit = execFileSync('git', ['log', '-1', '--format=%h', '--', detect], { encoding: 'utf8' }).trim() || '?';
    dirty = execFileSync('git', ['status', '--porcelain', '--', detect], { encoding: 'utf8' }).trim() !== '';
  } catch {
    // Not a git checkout: say what we know.
  }
  const built = statSync('.output/chrome-mv3/manifest.json').mtimeMs;
  const stale = existsSync(detect) && statSync(detect).mtimeMs > built;
  let head = '?';
  try {
    head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // As above.
  }
  return `HEAD ${head}; ${detect} at ${commit}${dirty ? ' with uncommitted changes' : ''}${stale ? '; CHANGED SINCE THE BUILD: rebuild with npx wxt build' : ''}`;
}

export async function main(): Promise<void> {
  if (!existsSync('.output/chrome-mv3/manifest.json')) throw new Error('build the extension first: npx wxt build');
  if (!existsSync(READABILITY_PAGES) && !existsSync(DETECTION_PAGES)) {
    console.log(`page bench skipped: no saved pages at ${DATASETS}`);
    return;
  }
  const limit = Number(process.env['BENCH_PAGES'] ?? Infinity);
  console.log(`Built extension: ${buildNote()}`);
  const server = await startDemoServer();
  const ext = await launchWithExtension();
  /** Documents answered at their own addresses (keyed without the scheme: Chromium may try https first). */
  const documents = new Map<string, Buffer>();
  const key = (u: string) => {
    const x = new URL(u); // as the browser writes it: "https://www.heise.de" asks for "https://www.heise.de/"
    x.hash = '';
    return x.href.replace(/^https?:/u, '');
  };
  try {
    // The saved pages refer to their sites' images and scripts: only our local server and the pages themselves answer.
    await ext.context.route('**/*', (route) => {
      const u = route.request().url();
      const body = documents.get(key(u));
      if (body) return route.fulfill({ status: 200, contentType: 'text/html', body });
      if (new URL(u).hostname === '127.0.0.1') return route.continue();
      // A saved page's own script may navigate away (a consent wall, a redirect): "204 No Content"
      // leaves the page where it is, as an aborted request would not (it shows an error page).
      return route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.abort();
    });
    const page = await ext.context.newPage();
    const offscreen = await Offscreen.open(page);
    const put = (path: string, html: string) => {
      server.put(path, html);
      return `${server.origin}${path}`;
    };
    await readabilitySet(ext, page, offscreen, put, limit);
    const serve: Serve = (c, body) => {
      documents.clear();
      if (!c.url || !/^https?:\/\//u.test(c.url)) {
        // No address of its own: the local server, with the bytes as saved (the page's own charset declaration decides).
        const path = `/detection/${encodeURIComponent(c.id)}.html`;
        documents.set(key(`${server.origin}${path}`), body);
        return `${server.origin}${path}`;
      }
      documents.set(key(c.url), body);
      return c.url;
    };
    await detectionSet(ext, page, offscreen, serve, limit);
  } finally {
    await ext.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
