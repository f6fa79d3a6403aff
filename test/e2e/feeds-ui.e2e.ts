/**
 * The feeds a reader follows, through the options page and the popup in real Chromium: follow a
 * feed served on 127.0.0.1 by its address, see its row fill; import an OPML file (one feed new,
 * one already followed, one that answers 404, one that is not a web address) and read the report;
 * the failing feed's error in plain words on its row; a feed's articles; removal that asks first;
 * retention settings kept; the popup's feed filter and its way to the feeds; axe on the page.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { uiClient } from '../../scripts/demo/background-client';
import { useExtension } from './fixture';
import { SHOTS, eventually } from './helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const { ext, server } = useExtension();
let options: Page;

const rssDate = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toUTCString();

function rss(title: string, site: string, items: { title: string; slug: string; text: string; daysAgo: number }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>${title}</title><link>${site}</link><description>Local news for the test</description>
${items
  .map(
    (i) => `<item><title>${i.title}</title><link>${site}${i.slug}.html</link><guid>${site}${i.slug}</guid>
<pubDate>${rssDate(i.daysAgo)}</pubDate><description><![CDATA[<p>${i.text}</p>]]></description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

const HARBOUR_ITEMS = [
  {
    title: 'Harbour ferry adds late crossings on Fridays',
    slug: 'ferry-late-crossings',
    daysAgo: 1,
    text: 'The harbour ferry will run every twenty minutes from June, the operator said on Tuesday, adding two late evening crossings on Fridays and Saturdays. Commuters had asked for later boats for years, and the council agreed to pay for the extra crew.',
  },
  {
    title: 'Harbour wall repairs to finish before the storm season',
    slug: 'harbour-wall-repairs',
    daysAgo: 2,
    text: 'Repairs to the old harbour wall will be finished by October, engineers told the port board on Monday. The work, delayed by a shortage of granite, closes the northern quay to fishing boats until then.',
  },
];

const COUNCIL_ITEMS = [
  {
    title: 'Council approves protected bike lanes on Riverside Avenue',
    slug: 'riverside-bike-lanes',
    daysAgo: 1,
    text: 'The city council voted seven to two on Wednesday to build protected bike lanes along Riverside Avenue, removing forty parking spaces. Cyclists welcomed the vote; shop owners said they would lose customers.',
  },
];

let harbourUrl: string;
let councilUrl: string;
let goneUrl: string;
let opmlFile: string;

beforeAll(async () => {
  harbourUrl = `${server.origin}/feeds/harbour.xml`;
  councilUrl = `${server.origin}/feeds/council.xml`;
  goneUrl = `${server.origin}/feeds/gone.xml`; // never planted: the server answers 404
  server.put('/feeds/harbour.xml', rss('Harbour Gazette', `${server.origin}/harbour/`, HARBOUR_ITEMS), 'application/rss+xml; charset=utf-8');
  server.put('/feeds/council.xml', rss('City Hall Bulletin', `${server.origin}/council/`, COUNCIL_ITEMS), 'application/rss+xml; charset=utf-8');
  const dir = mkdtempSync(join(tmpdir(), 'crossread-opml-'));
  opmlFile = join(dir, 'subscriptions.opml');
  writeFileSync(
    opmlFile,
    `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>My feeds</title></head><body>
<outline text="Local">
  <outline type="rss" text="City Hall Bulletin" xmlUrl="${councilUrl}" htmlUrl="${server.origin}/council/"/>
  <outline type="rss" text="Harbour Gazette" xmlUrl="${harbourUrl}"/>
  <outline type="rss" text="Gone Daily" xmlUrl="${goneUrl}" htmlUrl="javascript:alert(1)"/>
  <outline type="rss" text="Broken entry" xmlUrl="javascript:alert(1)"/>
</outline>
</body></opml>`,
  );
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html#sources`);
});

/** A followed feed's rows in the table (its tbody), found by the name in its row header. */
const sourceRows = (name: string | RegExp): Locator => options.locator('table.sources tbody').filter({ has: options.getByRole('rowheader', { name }) });

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('feeds on the options page', () => {
  it('says there are none by default and what Crossread requests', async () => {
    const section = options.locator('section#sources');
    await section.getByText('You follow no feeds yet.').waitFor();
    await eventually(() => section.textContent()).toMatch(/follows no feeds by default, and it requests only the feeds you add/);
    await section.getByText(/^0 of 4 articles come from feeds\./).waitFor();
    // The page opened at #sources has the section at the top of the view (or is scrolled as far as it goes).
    const at = await section.evaluate((el) => ({ top: el.getBoundingClientRect().top, bottom: scrollY + innerHeight >= document.documentElement.scrollHeight - 1, scrolled: scrollY }));
    expect(Math.abs(at.top) < 5 || (at.bottom && at.scrolled > 0)).toBe(true);
  });

  it('follows a feed by its address and lists it with its articles', async () => {
    const field = options.getByLabel('Feed or site address');
    await field.fill(harbourUrl);
    await options.getByRole('button', { name: 'Follow', exact: true }).click();
    await options.getByRole('status').filter({ hasText: 'Now following “Harbour Gazette” (2 articles so far).' }).waitFor({ timeout: 30_000 });
    expect(await field.inputValue()).toBe('');

    const row = sourceRows('Harbour Gazette');
    await row.waitFor();
    const cells = row.locator('tr').first().getByRole('cell');
    await eventually(async () => Number(await cells.nth(1).textContent())).toBeGreaterThan(0);
    expect(await row.getByRole('rowheader').textContent()).toContain(harbourUrl);
    await eventually(() => cells.nth(0).textContent()).toMatch(/just now|minute/);
    expect(await row.getByLabel('Fetch “Harbour Gazette” every').inputValue()).toBe('30');
    expect(await row.getByLabel('Fetch the full article').isChecked()).toBe(false);
    await options.getByText(/^2 of 6 articles come from feeds\./).waitFor();
    // The corpus table below grew too.
    await options.locator('table.articles').getByRole('link', { name: 'Harbour ferry adds late crossings on Fridays' }).waitFor();

    // A feed's recent articles, each linking to the reader page.
    await row.getByRole('button', { name: 'Show articles of “Harbour Gazette”' }).click();
    const items = options.getByRole('list', { name: 'Recent articles from Harbour Gazette' });
    const first = items.getByRole('link', { name: 'Harbour ferry adds late crossings on Fridays' });
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/reader\.html\?id=/);
    expect(await items.getByRole('listitem').count()).toBe(2);

    // The schedule is the reader's to change, and it stays changed.
    await row.getByLabel('Fetch “Harbour Gazette” every').selectOption({ label: '3 h' });
    await options.reload();
    await eventually(() => sourceRows('Harbour Gazette').getByLabel('Fetch “Harbour Gazette” every').inputValue()).toBe('180');
  });

  it('says plainly why an address cannot be followed', async () => {
    await options.getByLabel('Feed or site address').fill(`${server.origin}/feeds/nothing-here.xml`);
    await options.getByRole('button', { name: 'Follow', exact: true }).click();
    const alert = options.locator('form.add-source [role=alert]');
    await alert.waitFor({ timeout: 30_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/404|not found/i);
    expect(text).not.toMatch(/TypeError|Failed to fetch|undefined|\[object/);
  });

  it('imports an OPML file, reports what it did, and shows the failing feed’s error on its row', async () => {
    const [chooser] = await Promise.all([options.waitForEvent('filechooser'), options.getByRole('button', { name: 'Import OPML…' }).click()]);
    await chooser.setFiles(opmlFile);
    const report = options.locator('.opml .import-report');
    // The outline whose address is not http(s) is never followed, and the report says which and why.
    await report.getByText('Added 2 feeds, 1 already followed, 1 rejected.').waitFor({ timeout: 30_000 });
    expect(await report.getByRole('list', { name: 'Rejected subscriptions' }).getByRole('listitem').allTextContents()).toEqual(['Broken entry (javascript:alert(1)): not the web address of a feed']);

    await sourceRows('City Hall Bulletin').waitFor();
    await sourceRows('Gone Daily').waitFor();
    expect(await sourceRows('Broken entry').count()).toBe(0);
    // A site address a file names is shown, never linked, unless it is http(s).
    expect(await sourceRows('Gone Daily').getByRole('rowheader').getByRole('link').count()).toBe(0);
    expect(await sourceRows('City Hall Bulletin').getByRole('rowheader').getByRole('link', { name: 'City Hall Bulletin' }).getAttribute('href')).toBe(`${server.origin}/council/`);

    await options.getByRole('button', { name: 'Refresh all' }).click();
    const error = sourceRows('Gone Daily').locator('.source-error');
    await error.waitFor({ timeout: 30_000 });
    const words = (await error.textContent()) ?? '';
    expect(words).toMatch(/^⚠ Last fetch failed: /);
    expect(words).toMatch(/404|not found/i);
    expect(words).not.toMatch(/TypeError|Failed to fetch|undefined|\[object/);
    expect(await error.evaluate((el) => getComputedStyle(el).color)).not.toBe(await options.locator('body').evaluate((el) => getComputedStyle(el).color));
    // The others fetched fine: no error on their rows, and the council feed's article arrived.
    expect(await sourceRows('Harbour Gazette').locator('.source-error').count()).toBe(0);
    await expect.poll(async () => Number(await sourceRows('City Hall Bulletin').locator('tr').first().getByRole('cell').nth(1).textContent()), { timeout: 30_000 }).toBe(1);
    await options.getByText(/^3 of 7 articles come from feeds\./).waitFor();
    await options.screenshot({ path: `${SHOTS}/options-feeds.png`, fullPage: true });
  });

  it('reads the table and the corpus again when a fetch it did not start ends (bgSourcesChanged)', async () => {
    const more = [...HARBOUR_ITEMS, { title: 'Harbour pilots vote to strike over night shifts', slug: 'pilots-strike', daysAgo: 0, text: 'Harbour pilots voted on Thursday to strike for two days next month over new night shifts, their union said. The port said ships would wait at anchor rather than enter without a pilot.' }];
    server.put('/feeds/harbour.xml', rss('Harbour Gazette', `${server.origin}/harbour/`, more), 'application/rss+xml; charset=utf-8');
    // Another extension page asks for the refresh, so this page hears of it only through the background's event.
    const other = await ext.context.newPage();
    await other.goto(`chrome-extension://${ext.extensionId}/reader.html`);
    expect((await uiClient(other).ask('uiRefreshSources', { id: null })).ok).toBe(true);
    await other.close();
    await expect.poll(async () => Number(await sourceRows('Harbour Gazette').locator('tr').first().getByRole('cell').nth(1).textContent()), { timeout: 15_000 }).toBe(3);
    await options.getByText(/^4 of 8 articles come from feeds\./).waitFor();
    await options.locator('table.articles').getByRole('link', { name: 'Harbour pilots vote to strike over night shifts' }).waitFor();
    await options.getByText('8 articles and').waitFor();
  });

  it('keeps "fetch the full article" off until the reader turns it on, per feed', async () => {
    const box = () => sourceRows('City Hall Bulletin').getByLabel('Fetch the full article');
    expect(await box().isChecked()).toBe(false);
    await box().check();
    await options.reload();
    await eventually(() => box().isChecked()).toBe(true);
    expect(await sourceRows('Harbour Gazette').getByLabel('Fetch the full article').isChecked()).toBe(false);
    await box().uncheck();
    await options.reload();
    await eventually(() => box().isChecked()).toBe(false);
  });

  it('asks before removing a feed, and keeps its articles unless asked', async () => {
    const row = sourceRows('Gone Daily');
    await row.getByRole('button', { name: 'Remove “Gone Daily”…' }).click();
    const confirm = row.getByRole('group', { name: 'Confirm removing “Gone Daily”' });
    const also = confirm.getByLabel('Also remove its 0 articles');
    expect(await also.isChecked()).toBe(false);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await row.count()).toBe(1);
    await row.getByRole('button', { name: 'Remove “Gone Daily”…' }).click();
    await row.getByRole('group', { name: 'Confirm removing “Gone Daily”' }).getByRole('button', { name: 'Remove', exact: true }).click();
    await options.getByRole('status').filter({ hasText: 'Stopped following “Gone Daily”; its articles stay in your corpus.' }).waitFor();
    await eventually(() => sourceRows('Gone Daily').count()).toBe(0);
    await options.getByText(/^4 of 8 articles come from feeds\./).waitFor();
  });

  it('keeps the retention the reader sets, with the other settings as they were', async () => {
    const days = options.getByLabel('Keep feed articles for');
    await eventually(() => days.inputValue()).toBe('90');
    expect(await options.getByLabel('and at most').inputValue()).toBe('10000');
    await days.fill('30');
    await options.getByLabel('and at most').fill('5000');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Saved.').waitFor();
    await options.reload();
    await eventually(() => options.getByLabel('Keep feed articles for').inputValue()).toBe('30');
    expect(await options.getByLabel('and at most').inputValue()).toBe('5000');
    expect(await options.getByLabel('Add the news articles I read to my corpus').isChecked()).toBe(false);
  });

  it('has no serious accessibility violations, in light and dark', async () => {
    await sourceRows('Harbour Gazette').waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: `${SHOTS}/options-feeds-dark.png`, fullPage: true });
    await options.emulateMedia({ colorScheme: 'light' });
  });
});

describe('feeds in the popup', () => {
  it('filters the search by the feed an article came from, and leads to the feeds', async () => {
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 440, height: 800 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByText('Filters').click();
    const feed = popup.getByLabel('Feed');
    await feed.waitFor();
    expect(await feed.locator('option').allTextContents()).toEqual(expect.arrayContaining(['Any feed', 'Harbour Gazette', 'City Hall Bulletin']));
    await feed.selectOption({ label: 'Harbour Gazette' });
    const hits = popup.locator('#results').getByRole('option');
    const titles = async () => (await hits.allTextContents()).join('\n');
    await eventually(async () => (await hits.count()) > 0 && (await hits.allTextContents()).every((t) => t.includes('Harbour'))).toBe(true);
    expect(await titles()).toContain('Harbour ferry adds late crossings on Fridays');
    expect(await titles()).not.toContain('Riverside');
    await popup.getByText('Filters (on)').waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-feed-filter.png` });
    await feed.selectOption({ label: 'City Hall Bulletin' });
    await eventually(async () => (await hits.count()) > 0 && (await hits.allTextContents()).every((t) => t.includes('Riverside'))).toBe(true);

    const opened = ext.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Feeds…' }).click();
    const page = await opened;
    await page.waitForURL(/options\.html#sources$/);
    await page.locator('section#sources').getByRole('rowheader', { name: /Harbour Gazette/ }).waitFor();
    await page.close();
  });
});
