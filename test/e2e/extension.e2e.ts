/**
 * The product's whole path in real Chromium with the built extension: news page → content script →
 * background (extract, match, quotes, IndexedDB) → badge and side panel; the context menu; the popup.
 */
import { describe, expect, it } from 'vitest';
import { uiClient } from '../../scripts/demo/background-client';
import { notArticleLine } from '../../utils/coverage/format';
import { useExtension } from './fixture';
import { badgeOf, openPanel, SHOTS, tabIdOf, waitFor, eventually } from './helpers';

const { ext, server } = useExtension();

const seedPages = () => server.pages.filter((p) => p.articleId?.startsWith('seed-'));

describe('reading a news page', () => {
  it('gives each bundled article a badge of 3 and lists the other three in the side panel', async () => {
    expect(seedPages()).toHaveLength(4);
    for (const p of seedPages()) {
      const page = await ext.context.newPage();
      const url = `${server.origin}${p.path}`;
      await page.goto(url);
      const tabId = await tabIdOf(ext, url);
      const badge = await waitFor(() => badgeOf(ext, tabId), (b) => b === '3');
      expect(badge, `badge on ${p.path}`).toBe('3');

      const panel = await openPanel(ext, tabId);
      await panel.getByRole('heading', { name: /Same story/ }).waitFor();
      const items = panel.locator('#same-story ~ ul .match, section[aria-labelledby="same-story"] li.match');
      await eventually(() => items.count()).toBe(3);
      const ids = await items.locator('a.match-title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('id')));
      expect(ids.sort()).toEqual(
        seedPages()
          .map((s) => s.articleId)
          .filter((id) => id !== p.articleId)
          .sort(),
      );
      // The page is recognised as one of the corpus articles, not as other coverage.
      await eventually(() => panel.getByText('in your corpus').count()).toBe(1);
      await eventually(() => panel.getByRole('heading', { name: 'Who said what' }).count()).toBe(1);
      if (p.articleId === 'seed-001') {
        await page.screenshot({ path: `${SHOTS}/news-page.png` });
        await panel.screenshot({ path: `${SHOTS}/sidepanel-same-story.png`, fullPage: true });
      }
      await panel.close();
      await page.close();
    }
  });

  it('gives a page on another story no badge and says there is no related coverage', async () => {
    const url = `${server.origin}/local/riverside-bike-lanes.html`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    const panel = await openPanel(ext, tabId);
    await panel.getByRole('heading', { name: 'No related coverage' }).waitFor();
    expect(await panel.getByText(/None of your 4 articles covers this story/).count()).toBe(1);
    expect(await badgeOf(ext, tabId)).toBe('');
    await panel.screenshot({ path: `${SHOTS}/sidepanel-no-coverage.png`, fullPage: true });
    await panel.close();
    await page.close();
  });

  it('says "not a news article" on a page that is not one, with no badge', async () => {
    const url = `${server.origin}/`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    const panel = await openPanel(ext, tabId);
    await panel.getByRole('heading', { name: 'Not a news article' }).waitFor();
    expect(await badgeOf(ext, tabId)).toBe('');
    // The first line says what the detector took the page for: the summary the background holds for the tab.
    const view = await uiClient(panel).ask('uiTabView', { tabId });
    if (!view.ok || view.value.state !== 'not-article') throw new Error(`the background holds no not-article view: ${JSON.stringify(view)}`);
    const summary = view.value.detection.summary;
    expect(summary.length, 'the detection has a summary').toBeGreaterThan(0);
    const line = panel.locator('section.state p.why-not-summary');
    await eventually(() => line.isVisible()).toBe(true);
    expect(await line.textContent()).toBe(notArticleLine(summary));
    expect(await line.textContent()).toContain(summary);
    await panel.close();
    await page.close();
  });
});

describe('single-page news sites', () => {
  it('reads the new article after an in-page navigation', async () => {
    const seed = server.pages.find((p) => p.articleId === 'seed-001')!;
    server.put('/spa/app.html', server.pages.find((p) => p.path === '/local/riverside-bike-lanes.html')!.html);
    const url = `${server.origin}/spa/app.html`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    const panel = await openPanel(ext, tabId);
    await panel.getByRole('heading', { name: 'No related coverage' }).waitFor();
    // The site swaps in another article and changes the address without loading a page.
    await page.evaluate(async (seedPath) => {
      const html = await (await fetch(seedPath)).text();
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.title = next.title;
      document.querySelector('article')!.replaceWith(document.adoptNode(next.querySelector('article')!));
      for (const s of document.querySelectorAll('script[type="application/ld+json"]')) s.remove();
      document.head.append(document.adoptNode(next.querySelector('script[type="application/ld+json"]')!));
      history.pushState({}, '', '/spa/biden-nato-brussels');
    }, seed.path);
    expect(await waitFor(() => badgeOf(ext, tabId), (b) => b === '3')).toBe('3');
    await panel.locator('section[aria-labelledby="same-story"] li.match').first().waitFor();
    await panel.close();
    await page.close();
  });
});

describe('context menu "Find related coverage"', () => {
  it('on a selection shows the coverage related to the selected text', async () => {
    const url = `${server.origin}/local/riverside-bike-lanes.html`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    const selectionText =
      'NATO Secretary General Jens Stoltenberg said any use of chemical weapons by Russia would change the nature of the conflict in Ukraine, as President Biden met NATO leaders in Brussels.';
    await ext.worker.evaluate(
      ({ tabId, selectionText, url }) =>
        (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: unknown): void }).dispatch(
          { menuItemId: 'crossread-find-related', selectionText, pageUrl: url, editable: false },
          { id: tabId, url, index: 0, windowId: 1, active: true },
        ),
      { tabId, selectionText, url },
    );
    const panel = await openPanel(ext, tabId);
    await panel.getByText('Your selection').waitFor();
    const items = panel.locator('section[aria-labelledby="same-story"] li.match');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(4);
    await panel.screenshot({ path: `${SHOTS}/sidepanel-selection.png`, fullPage: true });
    await panel.close();
    await page.close();
  });
});

describe('context menu on a link', () => {
  const click = (tabId: number, url: string, linkUrl: string) =>
    ext.worker.evaluate(
      ({ tabId, url, linkUrl }) =>
        (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: unknown): void }).dispatch(
          { menuItemId: 'crossread-find-related', linkUrl, pageUrl: url, editable: false },
          { id: tabId, url, index: 0, windowId: 1, active: true },
        ),
      { tabId, url, linkUrl },
    );

  it('fetches and reads the linked page, then shows its coverage', async () => {
    const url = `${server.origin}/local/riverside-bike-lanes.html`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    await click(tabId, url, `${server.origin}/news/seed-002.html`);
    const panel = await openPanel(ext, tabId);
    await panel.getByText('The linked page').waitFor();
    const items = panel.locator('section[aria-labelledby="same-story"] li.match');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(3);
    await panel.close();
    await page.close();
  });

  it('says so when the link cannot be read, and falls back to the words of the link', async () => {
    const url = `${server.origin}/local/riverside-bike-lanes.html`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    await click(tabId, url, `${server.origin}/gone/biden-nato-summit-brussels-russia-ukraine`);
    const panel = await openPanel(ext, tabId);
    await panel.getByText(/Could not read the linked page \(the site answered 404\)/).waitFor();
    await panel.close();
    await page.close();
  });
});

describe('popup search', () => {
  it("finds an article by a speaker's name", async () => {
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 440, height: 700 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('combobox', { name: 'Search your corpus' }).fill('Stoltenberg');
    const hits = popup.locator('#results').getByRole('option');
    await eventually(() => hits.count()).toBeGreaterThan(0);
    const quoteHit = hits.filter({ hasText: 'Jens Stoltenberg' }).first();
    await quoteHit.waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-search.png` });
    // Keyboard: Enter opens the highlighted result in the reader page.
    const opened = ext.context.waitForEvent('page');
    await popup.getByRole('combobox', { name: 'Search your corpus' }).press('Enter');
    const reader = await opened;
    await reader.waitForLoadState();
    expect(reader.url()).toContain('/reader.html?id=seed-');
    await reader.getByRole('heading', { level: 1 }).waitFor();
    await reader.close();
    await popup.close();
  });
});

describe('service worker restart', () => {
  it('answers as before after the worker is stopped', async () => {
    const p = seedPages()[1]!;
    const url = `${server.origin}${p.path}`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    expect(await waitFor(() => badgeOf(ext, tabId), (b) => b === '3')).toBe('3');
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const panel = await openPanel(ext, tabId);
    const items = panel.locator('section[aria-labelledby="same-story"] li.match');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(3);
    await panel.close();
    await page.close();
  });
});
