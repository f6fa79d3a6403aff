/**
 * Hostile pages in real Chromium. (1) Page text is data: a news article whose title, byline,
 * paragraphs and quotations carry markup and script payloads (test/fixtures/hostile/pages.ts) is
 * shown as literal text in the side panel, the popup, the options list and the reader, and no
 * payload runs anywhere: each would set window.__crossreadPwned and fetch /pwned?… on the demo
 * server, and every request is recorded. (2) Hostile sizes: a 10 MB article (cut to
 * MAX_HTML_CHARS = 5,000,000 before parsing), a page with 5,000 quotation marks, a DOM nested 1,000
 * levels deep (built by script: Chromium's HTML parser caps nesting at 512, and Chromium's own
 * renderer crashes on a 5,000-level page even without the extension, measured), and a page that keeps
 * mutating. Afterwards the extension still works for other tabs: a seed page gets its badge "3".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hostileArticlePage, hostileImportRecord, hugeArticlePage, payloads, quoteMarksPage } from '../fixtures/hostile/pages';
import { useExtension } from './fixture';
import { workerHeap } from '../../scripts/demo/worker-heap';
import { badgeOf, openPanel, SHOTS, tabIdOf, waitFor, eventually } from './helpers';

const { ext, server } = useExtension();
const pwnedRequests: string[] = [];

beforeAll(() => {
  ext.context.on('request', (r) => {
    if (r.url().includes('/pwned')) pwnedRequests.push(r.url());
  });
});

/** No payload ran in this page: no global, no element a payload would create. */
async function expectClean(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __crossreadPwned?: string }).__crossreadPwned ?? null), `${where}: global`).toBeNull();
  const injected = await page.evaluate(
    () => document.querySelectorAll('img[src="x"], svg[onload], iframe[srcdoc], a[href^="javascript:" i], script:not([src]):not([type="application/ld+json"]), [onerror], [onload]').length,
  );
  expect(injected, `${where}: elements created from page text`).toBe(0);
}

describe('page text is data', () => {
  it('a hostile article page: payloads shown as text in the side panel and popup, nothing runs', async () => {
    const path = '/hostile/pier.html';
    const page = hostileArticlePage(server.origin, path);
    server.put(path, page.html);
    const tab = await ext.context.newPage();
    const url = `${server.origin}${path}`;
    await tab.goto(url);
    const tabId = await tabIdOf(ext, url);
    const panel = await openPanel(ext, tabId);
    await panel.locator('header.subject h1').waitFor({ timeout: 30_000 });
    expect(await panel.locator('header.subject h1').textContent()).toBe(page.title);
    await panel.getByRole('heading', { name: 'Who said what' }).waitFor();
    expect(await panel.locator('body').textContent()).toContain(page.quote);
    await panel.screenshot({ path: `${SHOTS}/hostile-sidepanel.png`, fullPage: true });
    await expectClean(panel, 'side panel');
    // The web page itself (where the content script and page marks work) stays clean too.
    await expectClean(tab, 'web page');

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('combobox').fill('Stoltenberg');
    await eventually(() => popup.getByRole('option').count()).toBeGreaterThan(0);
    await expectClean(popup, 'popup');
    await popup.close();
    await panel.close();
    await tab.close();
    expect(pwnedRequests).toEqual([]);
  });

  it('a hostile article imported through the options page: text in the options list and the reader, nothing runs', async () => {
    const rec = hostileImportRecord(server.origin);
    const dir = mkdtempSync(join(tmpdir(), 'crossread-hostile-'));
    const file = join(dir, 'hostile.jsonl');
    writeFileSync(file, `${rec.line}\n`);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByText('4 articles and').waitFor();
    await options.locator('input[type=file]').setInputFiles(file);
    await options.getByText('1 added, 0 replaced, 0 rejected of 1 record.').waitFor();
    await options.getByText('5 articles and').waitFor();
    expect(await options.getByText(rec.title, { exact: true }).count()).toBeGreaterThan(0);
    await expectClean(options, 'options');

    const reader = await ext.context.newPage();
    await reader.goto(`chrome-extension://${ext.extensionId}/reader.html?id=${encodeURIComponent(rec.id)}`);
    await reader.getByRole('heading', { level: 1 }).waitFor();
    expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe(rec.title);
    expect(await reader.locator('body').textContent()).toContain(payloads(server.origin).img);
    expect(await reader.locator('blockquote').allTextContents()).toContain(`“${rec.quote}”`);
    await reader.screenshot({ path: `${SHOTS}/hostile-reader.png`, fullPage: true });
    await expectClean(reader, 'reader');

    // Search finds it and shows the title as text.
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('combobox').fill('pier storms');
    await eventually(() => popup.getByRole('option').count()).toBeGreaterThan(0);
    await expectClean(popup, 'popup with hostile hit');
    await popup.close();
    await reader.close();
    await options.close();
    expect(pwnedRequests).toEqual([]);
  });
});

describe('pages of hostile size', () => {
  async function openAndSettle(path: string, html: string): Promise<{ page: Page; tabId: number }> {
    server.put(path, html);
    const page = await ext.context.newPage();
    const url = `${server.origin}${path}`;
    await page.goto(url, { timeout: 60_000 });
    return { page, tabId: await tabIdOf(ext, url) };
  }

  it('a 10 MB article, 5,000 quotation marks, 1,000 levels of nesting and a page that never stops mutating: other tabs still get their badge', async () => {
    const opened: Page[] = [];
    const huge = await openAndSettle('/hostile/huge.html', hugeArticlePage(server.origin, '/hostile/huge.html', 10_000_000));
    opened.push(huge.page);
    const marks = await openAndSettle('/hostile/marks.html', quoteMarksPage(server.origin, '/hostile/marks.html', 5_000));
    opened.push(marks.page);
    const deepHtml = `<!doctype html><html lang="en"><head><title>Deep</title></head><body><script>
let el = document.body; for (let i = 0; i < 1000; i++) { const d = document.createElement('div'); el.appendChild(d); el = d; }
const p = document.createElement('p'); p.textContent = 'Deep inside the page the harbour council met again, and the mayor said “the pier will be rebuilt before winter.”'; el.appendChild(p);
</script></body></html>`;
    const deep = await openAndSettle('/hostile/deep.html', deepHtml);
    opened.push(deep.page);
    const mutating = await openAndSettle(
      '/hostile/mutating.html',
      hugeArticlePage(server.origin, '/hostile/mutating.html', 20_000).replace(
        '</body>',
        `<script>let n = 0; setInterval(() => { const p = document.createElement('p'); p.textContent = 'Update ' + (++n) + ': the harbour council is still meeting, “nothing decided yet,” a clerk said.'; document.querySelector('article').appendChild(p); if (n % 10 === 0) history.pushState({}, '', '/hostile/mutating.html?n=' + n); }, 20);</script></body>`,
      ),
    );
    opened.push(mutating.page);

    // The huge page is read (it is an article); its view settles to a result, not a hang.
    const hugePanel = await openPanel(ext, huge.tabId);
    await hugePanel.getByRole('heading', { name: /No related coverage|Same story|Could not read|Not a news article/ }).first().waitFor({ timeout: 45_000 });
    await hugePanel.close();

    // Meanwhile and afterwards, a normal page gets its badge.
    const seed = await ext.context.newPage();
    const seedUrl = `${server.origin}/news/seed-001.html`;
    await seed.goto(seedUrl);
    const seedTab = await tabIdOf(ext, seedUrl);
    expect(await waitFor(() => badgeOf(ext, seedTab), (b) => b === '3', 30_000)).toBe('3');

    // The marks page's quotes: the side panel lists its speakers, the offsets held (it rendered).
    const marksPanel = await openPanel(ext, marks.tabId);
    await marksPanel.getByRole('heading', { name: /No related coverage|Same story|Not a news article/ }).first().waitFor({ timeout: 30_000 });
    await marksPanel.close();

    // The worker's heap stays bounded (well under the 4 GB a runaway would reach).
    const heap = await workerHeap(ext);
    expect(heap).toBeGreaterThan(0);
    expect(heap).toBeLessThan(1_000_000_000);

    for (const p of opened) await p.close();
    await seed.close();
    expect(pwnedRequests).toEqual([]);
  });
});
