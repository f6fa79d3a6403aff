/**
 * The Firefox build (`.output/firefox-mv2`: MV2, browserAction badge, sidebar, DOMParser in the
 * background page) in real Firefox ESR: a news page → content script → background → badge, and the
 * side panel page (Firefox's sidebar, opened here as a tab for one page) shows what a person sees.
 * The actual sidebar and the context menu are in firefox-sidebar.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefoxExtension, type ExtensionApi } from './firefox-browser';
import { badgeOf as badgeIn, readPanel, tabIdOf as tabIdIn, type PanelView } from './firefox-pages';
import { SHOTS, waitFor } from './helpers';

/** `probe`: an extension page kept open to ask the extension's own API (tabs, badge). */
const { ff, server, probe } = useFirefoxExtension();

/** Opens the side panel page for a tab and waits until it shows `want` (or the time is up). */
async function openPanel(tabId: number, want: (v: PanelView) => boolean): Promise<{ panel: Page; view: PanelView }> {
  const panel = await ff.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  await panel.setViewport({ width: 420, height: 1000 });
  const view = await waitFor(() => readPanel(panel), (v) => v !== null && want(v));
  if (!view) throw new Error(`the panel for tab ${tabId} did not render`);
  return { panel, view };
}

/** Firefox's `browser` global inside an extension page (the functions below run there, not in Node). */
type ExtGlobal = { browser: ExtensionApi };
const tabIdOf = (url: string) => tabIdIn(probe, url);
const badgeOf = (tabId: number) => badgeIn(probe, tabId);

async function openNews(path: string): Promise<{ page: Page; tabId: number }> {
  const url = `${server.origin}${path}`;
  const page = await ff.browser.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(url) };
}

describe('Firefox (MV2 build, real Firefox ESR)', () => {
  it('runs the extension: its API answers in an extension page', async () => {
    const manifest = await probe.evaluate(() => (globalThis as unknown as ExtGlobal).browser.runtime.getManifest());
    expect(manifest.manifest_version).toBe(2);
    expect(await probe.evaluate(() => typeof (globalThis as unknown as ExtGlobal).browser.browserAction.getBadgeText)).toBe('function');
  });

  it('gives each bundled article a badge of 3; its panel lists the other three outlets and who said what', async () => {
    const seeds = server.pages.filter((p) => p.articleId?.startsWith('seed-'));
    expect(seeds).toHaveLength(4);
    for (const p of seeds) {
      const { page, tabId } = await openNews(p.path);
      expect(await waitFor(() => badgeOf(tabId), (b) => b === '3'), `badge on ${p.path}`).toBe('3');

      const others = seeds.map((s) => s.articleId).filter((id) => id !== p.articleId).sort();
      const { panel, view } = await openPanel(tabId, (v) => v.sameStoryIds.length === 3 && v.speakers.length > 0);
      expect(view.state, `panel state on ${p.path}`).toBeNull();
      expect(view.sections.join(' | ')).toMatch(/Same story/);
      expect([...view.sameStoryIds].sort()).toEqual(others);
      expect(view.outlets.every((o) => o.length > 0)).toBe(true);
      // The page is recognised as one of the corpus articles, not counted as other coverage.
      expect(view.inCorpus).toBe(true);
      expect(view.sections.join(' | ')).toMatch(/Who said what/);
      expect(view.statements).toBeGreaterThan(0);
      if (p.articleId === 'seed-001') {
        expect(view.speakers).toContain('Jens Stoltenberg');
        await panel.screenshot({ path: `${SHOTS}/firefox-sidepanel-same-story.png`, fullPage: true });
      }
      await panel.close();
      await page.close();
    }
  });

  it('gives a page on another story no badge and says there is no related coverage', async () => {
    const { page, tabId } = await openNews('/local/riverside-bike-lanes.html');
    const { panel, view } = await openPanel(tabId, (v) => v.state === 'No related coverage');
    expect(view.state).toBe('No related coverage');
    expect(view.sameStoryIds).toEqual([]);
    expect(await badgeOf(tabId)).toBe('');
    await panel.close();
    await page.close();
  });

  it('says "Not a news article" on a page that is not one, with no badge', async () => {
    const { page, tabId } = await openNews('/');
    const { panel, view } = await openPanel(tabId, (v) => v.state === 'Not a news article');
    expect(view.state).toBe('Not a news article');
    expect(await badgeOf(tabId)).toBe('');
    // Its first line says what the detector took the page for (its summary), not only that it is no article.
    expect(await panel.evaluate(() => document.querySelector('section.state p.why-not-summary')?.textContent ?? '')).toMatch(/^This page looks like \S.*, so Crossread did not read it\.$/);
    await panel.screenshot({ path: `${SHOTS}/firefox-sidepanel-not-article.png` });
    await panel.close();
    await page.close();
  });

  it('follows a feed through the options page: the background (an MV2 page) fetches it and its items join the corpus; the alarm is set', async () => {
    const day = new Date(Date.now() - 3_600_000).toUTCString();
    server.put(
      '/feeds/harbour.xml',
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>${server.origin}/harbour/</link>` +
        ['Harbour ferry adds late crossings on Fridays', 'Harbour wall repairs to finish before the storm season']
          .map((t, i) => `<item><title>${t}</title><link>${server.origin}/harbour/${i}</link><guid>h-${i}</guid><pubDate>${day}</pubDate><description>&lt;p&gt;${t}, the operator said on Tuesday, after years of requests from commuters.&lt;/p&gt;</description></item>`)
          .join('') +
        '</channel></rss>',
      'application/rss+xml; charset=utf-8',
    );
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('#source-url');
    await options.type('#source-url', `${server.origin}/feeds/harbour.xml`);
    await options.click('form.add-source button[type=submit]');
    const status = await waitFor(
      () => options.evaluate(() => [...document.querySelectorAll('section#sources [role=status]')].map((e) => e.textContent ?? '').join(' ')),
      (t) => t.includes('Now following'),
      30_000,
    );
    expect(status).toContain('Now following “Harbour Gazette” (2 articles so far).');
    const row = await options.evaluate(() => document.querySelector('section#sources tbody.source')?.textContent ?? '');
    expect(row).toContain('Harbour Gazette');
    const alarm = await probe.evaluate(() => (globalThis as unknown as ExtGlobal).browser.alarms.get('crossread-feeds'));
    expect(alarm?.periodInMinutes).toBe(5);
    await options.screenshot({ path: `${SHOTS}/firefox-options-feeds.png`, fullPage: true });
    await options.close();
  });
});
