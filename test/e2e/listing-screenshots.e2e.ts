/**
 * The five store screenshots (assets/listing/screenshots/, 1280×800, the Chrome Web Store's size),
 * taken from the built extension in real Chromium with the English interface: an article with the
 * side panel's same-story coverage beside it, who said what with another outlet's wording, the
 * popup's search over the page, the options page's feeds, and the marks on the page with their
 * hover card. The side panel and the popup are extension pages opened as tabs (headless Chromium
 * draws no browser frame), composed beside the page they belong to. Each file is checked: a PNG,
 * 1280×800, and not blank.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { uiClient } from '../../scripts/demo/background-client';
import { useExtension } from './fixture';
import { badgeOf, tabIdOf, waitFor, eventually } from './helpers';
import { textPoint } from './page-text';

/** Where the screenshots go: committed with the listing (assets/listing/README.md says how to redo them). */
const OUT = 'assets/listing/screenshots';
const W = 1280;
const H = 800;
/** The side panel's width beside the page (Chrome's default side panel is about this wide). */
const PANEL_W = 400;

/** The DOM a feed is written with (jsdom's window in Node). */
type DomWindow = { document: Document; XMLSerializer: typeof XMLSerializer };

const { ext, server } = useExtension({ lang: 'en-US' });
let article: Page;
let tabId: number;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const url = `${server.origin}/news/seed-003.html`;
  article = await ext.context.newPage();
  await article.setViewportSize({ width: W - PANEL_W, height: H });
  await article.goto(url);
  tabId = await tabIdOf(ext, url);
  await waitFor(() => badgeOf(ext, tabId), (b) => b === '3');
});

/** The side panel for the article's tab, at the panel's width and the screenshot's height. */
async function panelPage(): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: PANEL_W, height: H });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.locator('li.match').first().waitFor({ timeout: 20_000 });
  return panel;
}

/** One piece of a composed screenshot: an image and where it goes, with an optional frame. */
interface Piece {
  png: Buffer;
  x: number;
  y: number;
  frame?: 'panel' | 'popup';
}

/**
 * Draws the pieces on one 1280×800 page and saves it: the page on the left and the panel on the
 * right, as Chrome shows them, or a popup over the page. Built from elements (no markup strings).
 */
async function compose(name: string, pieces: Piece[]): Promise<string> {
  const canvas = await ext.context.newPage();
  await canvas.setViewportSize({ width: W, height: H });
  await canvas.goto('about:blank');
  await canvas.evaluate(
    async (list) => {
      document.body.style.cssText = 'margin:0;width:1280px;height:800px;overflow:hidden;background:#dee1e6;position:relative';
      const loads = list.map((p) => {
        const img = document.createElement('img');
        img.src = `data:image/png;base64,${p.b64}`;
        img.style.cssText = `position:absolute;left:${p.x}px;top:${p.y}px;display:block`;
        if (p.frame === 'panel') img.style.borderLeft = '1px solid #c4c7c5';
        if (p.frame === 'popup') img.style.cssText += ';border:1px solid #c4c7c5;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.28)';
        document.body.append(img);
        return img.decode();
      });
      await Promise.all(loads);
    },
    pieces.map((p) => ({ b64: p.png.toString('base64'), x: p.x, y: p.y, frame: p.frame })),
  );
  const file = join(OUT, name);
  await canvas.screenshot({ path: file });
  await canvas.close();
  return file;
}

/** Width, height and colour spread of a PNG file, decoded by the browser (distinct colours at 5 bits a channel, and the commonest one's share). */
async function inspect(file: string): Promise<{ signature: boolean; width: number; height: number; colours: number; commonest: number }> {
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const page = await ext.context.newPage();
  await page.goto('about:blank');
  const spread = await page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = ((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return { width: bitmap.width, height: bitmap.height, colours: counts.size, commonest: Math.max(...counts.values()) / (data.length / 4) };
  }, bytes.toString('base64'));
  await page.close();
  return { signature, ...spread };
}

/** Checks a written screenshot: a PNG of exactly 1280×800 with real content (many colours; the page's white background under 97 %). */
async function expectScreenshot(file: string): Promise<void> {
  const r = await inspect(file);
  expect(r.signature, file).toBe(true);
  expect([r.width, r.height], file).toEqual([W, H]);
  expect(r.colours, file).toBeGreaterThan(40);
  expect(r.commonest, file).toBeLessThan(0.97);
}

describe('store screenshots (1280×800, English)', () => {
  it('runs the browser in English', async () => {
    expect(await ext.worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^en/);
    expect(await ext.worker.evaluate(() => chrome.i18n.getMessage('@@ui_locale'))).toMatch(/^en/);
  });

  it('1: an article with the side panel showing the same story in other outlets', async () => {
    const panel = await panelPage();
    await panel.getByRole('heading', { name: 'Same story' }).waitFor();
    expect(await panel.locator('section[aria-labelledby="same-story"] li.match').count()).toBe(3);
    const file = await compose('1-same-story.png', [
      { png: await article.screenshot(), x: 0, y: 0 },
      { png: await panel.screenshot(), x: W - PANEL_W, y: 0, frame: 'panel' },
    ]);
    await panel.close();
    await expectScreenshot(file);
  });

  it('2: who said what, with how another outlet worded the same statement', async () => {
    const panel = await panelPage();
    await panel.getByRole('heading', { name: 'Who said what' }).waitFor();
    const stoltenberg = panel.locator('li.speaker').filter({ has: panel.getByRole('heading', { name: /Stoltenberg/ }) });
    const chemical = stoltenberg.locator('li.statement').filter({ hasText: 'chemical weapons' }).first();
    await chemical.waitFor();
    expect(await chemical.getByRole('list', { name: 'Other wordings' }).locator('del, ins').count()).toBeGreaterThan(0);
    // His heading just below the panel's sticky section links.
    await stoltenberg.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      scrollBy(0, -(document.querySelector('nav')?.getBoundingClientRect().height ?? 40) - 16);
    });
    // The article beside it at the same quotation.
    await article.getByText('chemical weapons', { exact: false }).first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const file = await compose('2-who-said-what.png', [
      { png: await article.screenshot(), x: 0, y: 0 },
      { png: await panel.screenshot(), x: W - PANEL_W, y: 0, frame: 'panel' },
    ]);
    await article.evaluate(() => scrollTo(0, 0));
    await panel.close();
    await expectScreenshot(file);
  });

  it('3: the popup searching articles, quotes and speakers over the page', async () => {
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 420, height: 560 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('combobox', { name: 'Search your corpus' }).fill('chemical weapons');
    const hits = popup.locator('#results').getByRole('option');
    await eventually(async () => (await hits.allTextContents()).some((t) => /chemical/i.test(t))).toBe(true);
    await eventually(() => hits.count()).toBeGreaterThan(2);
    await article.setViewportSize({ width: W, height: H });
    const file = await compose('3-popup-search.png', [
      { png: await article.screenshot(), x: 0, y: 0 },
      { png: await popup.screenshot(), x: W - 420 - 24, y: 8, frame: 'popup' },
    ]);
    await article.setViewportSize({ width: W - PANEL_W, height: H });
    await popup.close();
    await expectScreenshot(file);
  });

  it("4: the options page's feeds you follow", async () => {
    const day = (n: number) => new Date(Date.now() - n * 3_600_000).toUTCString();
    const feed = (win: DomWindow, title: string, site: string, items: [string, string, string][]) => {
      const rss = win.document.implementation.createDocument(null, 'rss', null);
      rss.documentElement.setAttribute('version', '2.0');
      const channel = rss.createElement('channel');
      const el = (parent: Element, name: string, text: string) => parent.appendChild(rss.createElement(name)).append(text);
      el(channel, 'title', title);
      el(channel, 'link', site);
      items.forEach(([t, slug, text], i) => {
        const item = channel.appendChild(rss.createElement('item'));
        el(item, 'title', t);
        el(item, 'link', `${site}${slug}.html`);
        el(item, 'guid', `${site}${slug}`);
        el(item, 'pubDate', day(i + 2));
        el(item, 'description', text);
      });
      rss.documentElement.append(channel);
      return new win.XMLSerializer().serializeToString(rss);
    };
    // The feeds are written as XML by a DOM (their text is data, never spliced into markup).
    const { JSDOM } = await import('jsdom');
    const win: DomWindow = new JSDOM('').window;
    server.put(
      '/feeds/harbour.xml',
      feed(win, 'Harbour Gazette', `${server.origin}/harbour/`, [
        ['Harbour ferry adds late crossings on Fridays', 'ferry', 'The harbour ferry will run every twenty minutes from June, the operator said on Tuesday, adding two late crossings on Fridays.'],
        ['Harbour wall repairs to finish before the storm season', 'wall', 'Repairs to the old harbour wall will be finished by October, engineers told the port board on Monday.'],
      ]),
      'application/rss+xml; charset=utf-8',
    );
    server.put(
      '/feeds/council.xml',
      feed(win, 'City Hall Bulletin', `${server.origin}/council/`, [
        ['Council approves protected bike lanes on Riverside Avenue', 'bike-lanes', 'The city council voted seven to two on Wednesday to build protected bike lanes along Riverside Avenue.'],
      ]),
      'application/rss+xml; charset=utf-8',
    );
    const options = await ext.context.newPage();
    await options.setViewportSize({ width: W, height: H });
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#sources`);
    for (const path of ['/feeds/harbour.xml', '/feeds/council.xml']) expect((await uiClient(options).ask('uiAddSource', { url: `${server.origin}${path}` })).ok).toBe(true);
    await options.reload();
    const rows = options.locator('table.sources tbody');
    await eventually(() => rows.count()).toBe(2);
    await options.getByRole('rowheader', { name: /Harbour Gazette/ }).waitFor();
    await options.getByText(/^3 of 7 articles come from feeds\./).waitFor();
    await options.locator('section#sources').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const file = join(OUT, '4-options-feeds.png');
    await options.screenshot({ path: file });
    await options.close();
    await expectScreenshot(file);
  });

  it('5: quotations other outlets carry, marked on the page, with the hover card', async () => {
    await article.setViewportSize({ width: W, height: H });
    const point = await article.evaluate(textPoint, { text: 'any use of chemical weapons would fundamentally change', select: false });
    expect(point).not.toBeNull();
    await article.mouse.move(point!.x, point!.y);
    const card = article.locator('crossread-ui .card');
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Stoltenberg/);
    const file = join(OUT, '5-page-marks.png');
    await article.screenshot({ path: file });
    await expectScreenshot(file);
  });
});
