/**
 * Crossread in Firefox ESR as a person uses it there: the actual sidebar beside a news page, and the
 * content-area context menu's "Find related coverage" and "Save highlight" on a selection. The same
 * assertions as the Chromium side-panel, context-menu and highlight tests (extension.e2e.ts,
 * annotation.e2e.ts).
 *
 * What is real:
 * - Firefox ESR with the MV2 build (.output/firefox-mv2) installed as a temporary add-on; the news
 *   pages come from the demo server over http, as in the Chromium tests.
 * - The sidebar is Firefox's own sidebar of the add-on (`sidebar_action`, sidepanel.html in
 *   webext-panels.xhtml beside the tabs), never the panel page opened as a tab; it picks its tab itself
 *   (the active tab of its window). It is opened at install by Firefox (`open_at_install`), by the View ›
 *   Sidebar › Crossread menu item's command, or by the add-on's `sidebarAction.open()` in its
 *   `menus.onClicked` handler (the user action Firefox requires).
 * - The context menu: the text is selected in the page (a DOM selection, as the Chromium tests make it),
 *   then a real right-click over it (WebDriver BiDi input), which makes Firefox open
 *   `#contentAreaContextMenu` with the add-on's items; the item is activated in that open menu (and its
 *   "Crossread" submenu) with the popup's `activateItem`, as a click does. From there everything is
 *   Firefox's: it builds the click info (selectionText from the page's selection), fires the add-on's
 *   `menus.onClicked`, which opens the sidebar and reads or saves the selection. No event is dispatched
 *   by hand.
 * - What a person sees is read where they see it: the sidebar's rendered DOM (reached through
 *   `extension.getViews({ type: 'sidebar' })` from another extension page), the page's toast and its
 *   painted highlight (CSS Custom Highlights).
 *
 * What is not: the mouse never moves over the menu (the item is activated, not clicked at a screen
 * point), and the menu bar is not unfolded for View › Sidebar (its item's command runs). Firefox's chrome
 * is reached over the same BiDi session (firefox-chrome.ts says why not Marionette).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { renderArticlePage, OTHER_STORY } from '../../scripts/demo/pages';
import { useFirefoxExtension } from './firefox-browser';
import {
  chooseContextMenuItem,
  closeContextMenu,
  firefoxChrome,
  hideSidebar,
  MENU_ITEM,
  openSidebarFromViewMenu,
  saveDownloadsTo,
  SIDEBAR_ID,
  sidebarState,
  type FirefoxChrome,
} from './firefox-chrome';
import { badgeOf, clickInSidebar, fillInSidebar, highlightSize, readPanel, selectText, sidebarStatus, tabIdOf, toastOf, type PanelView } from './firefox-pages';
import { waitFor } from './helpers';
import { harbourNotesHtml } from './page-text';

/** `probe`: an extension page kept open (in a background tab) to ask the extension's API and to read the sidebar. */
const { ff, server, probe } = useFirefoxExtension();
let chrome: FirefoxChrome;
const opened: Page[] = [];

beforeAll(async () => {
  chrome = await firefoxChrome(ff.browser);
});

afterEach(async () => {
  await closeContextMenu(chrome).catch(() => undefined);
  for (const p of opened.splice(0)) await p.close().catch(() => undefined);
});

/** Opens `path` in a new tab, in front (the tab the sidebar is beside), and waits for its tab id. */
async function openNews(path: string): Promise<{ page: Page; tabId: number; url: string }> {
  const url = `${server.origin}${path}`;
  const page = await ff.browser.newPage();
  opened.push(page);
  await page.goto(url);
  await page.bringToFront();
  return { page, tabId: await tabIdOf(probe, url), url };
}

/** Polls the sidebar until it shows `want`; returns what it showed last (null: no sidebar loaded). */
function sidebarShows(want: (v: PanelView) => boolean, ms = 20_000): Promise<PanelView | null> {
  return waitFor(() => readPanel(probe, 'sidebar'), (v) => v !== null && want(v), ms);
}

/** Opens the sidebar from View › Sidebar unless it is open (a test must not depend on the one before). */
async function ensureSidebar(): Promise<void> {
  if (!(await sidebarState(chrome)).open) await openSidebarFromViewMenu(chrome);
  expect(await waitFor(() => sidebarState(chrome), (s) => s.open)).toEqual({ open: true, id: SIDEBAR_ID });
}

/** The page's own headline, as the reader sees it above the article. */
const headlineOf = (page: Page) => page.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '');

/** A right-click at a viewport point of the page, as the reader's mouse makes it (BiDi input). */
const rightClick = (page: Page, at: { x: number; y: number }) => page.mouse.click(at.x, at.y, { button: 'right' });

const seedPages = () => server.pages.filter((p) => p.articleId?.startsWith('seed-'));

describe("Firefox's sidebar (sidebar_action), in Firefox ESR", () => {
  it('is opened by Firefox when the add-on is installed', async () => {
    expect(await waitFor(() => sidebarState(chrome), (s) => s.open)).toEqual({ open: true, id: SIDEBAR_ID });
  });

  it('beside each bundled article lists the other three outlets and who said what, and follows the tab a person switches to', async () => {
    // Closed, then opened again from View › Sidebar, as the README tells a person.
    await hideSidebar(chrome);
    expect(await waitFor(() => sidebarState(chrome), (s) => !s.open)).toEqual({ open: false, id: null });
    expect(await openSidebarFromViewMenu(chrome)).toBe('Crossread');
    expect(await waitFor(() => sidebarState(chrome), (s) => s.open)).toEqual({ open: true, id: SIDEBAR_ID });

    const seeds = seedPages();
    expect(seeds).toHaveLength(4);
    const tabs: { page: Page; articleId: string; headline: string }[] = [];
    for (const p of seeds) {
      const { page, tabId } = await openNews(p.path);
      expect(await waitFor(() => badgeOf(probe, tabId), (b) => b === '3'), `badge on ${p.path}`).toBe('3');
      const headline = await headlineOf(page);
      tabs.push({ page, articleId: p.articleId!, headline });

      const others = seeds.map((s) => s.articleId).filter((id) => id !== p.articleId).sort();
      const view = await sidebarShows((v) => v.subjectTitle === headline && v.sameStoryIds.length === 3 && v.speakers.length > 0);
      // The sidebar is about the tab it is beside: its headline, not another tab's.
      expect(view?.subjectTitle, `sidebar beside ${p.path}`).toBe(headline);
      expect(view!.state).toBeNull();
      expect(view!.sections.join(' | ')).toMatch(/Same story/);
      expect([...view!.sameStoryIds].sort()).toEqual(others);
      expect(view!.outlets.every((o) => o.length > 0)).toBe(true);
      // The page is recognised as one of the corpus articles, not counted as other coverage.
      expect(view!.inCorpus).toBe(true);
      expect(view!.sections.join(' | ')).toMatch(/Who said what/);
      expect(view!.statements).toBeGreaterThan(0);
      if (p.articleId === 'seed-001') expect(view!.speakers).toContain('Jens Stoltenberg');
    }

    // Back to the first article's tab: the sidebar follows the tab in front.
    const first = tabs[0]!;
    await first.page.bringToFront();
    const back = await sidebarShows((v) => v.subjectTitle === first.headline);
    expect(back?.subjectTitle).toBe(first.headline);
    expect([...back!.sameStoryIds].sort()).toEqual(tabs.map((t) => t.articleId).filter((id) => id !== first.articleId).sort());
  });

  it('follows its tab to the next page: a page on another story says there is no related coverage', async () => {
    const { page, tabId } = await openNews(seedPages()[0]!.path);
    await ensureSidebar();
    await sidebarShows((v) => v.sameStoryIds.length === 3);
    await page.goto(`${server.origin}/local/riverside-bike-lanes.html`);
    const view = await sidebarShows((v) => v.state === 'No related coverage');
    expect(view?.state).toBe('No related coverage');
    expect(view!.sameStoryIds).toEqual([]);
    expect(await waitFor(() => badgeOf(probe, tabId), (b) => b === '')).toBe('');
  });
});

describe("Firefox's context menu on a page, in Firefox ESR", () => {
  // The Chromium test's sentence, here on the page itself (a Riverside article with a world-news brief),
  // so that the reader can select it: the page is on another story, the selection is not.
  const sentence =
    'NATO Secretary General Jens Stoltenberg said any use of chemical weapons by Russia would change the nature of the conflict in Ukraine, as President Biden met NATO leaders in Brussels.';
  const briefPath = '/local/riverside-brief.html';

  it('"Find related coverage" opens the sidebar and shows the coverage related to the selected text', async () => {
    server.put(
      briefPath,
      renderArticlePage({ site: 'Riverside Gazette', url: `${server.origin}${briefPath}`, ...OTHER_STORY, paragraphs: [...OTHER_STORY.paragraphs, `World news in brief: ${sentence}`] }),
    );
    const { page } = await openNews(briefPath);
    // Before: the sidebar beside the page shows the page, which is on another story.
    const before = await sidebarShows((v) => v.state === 'No related coverage');
    expect(before?.state).toBe('No related coverage');
    // Closed, so that only the menu click can open it (sidebarAction.open() in menus.onClicked).
    await hideSidebar(chrome);
    expect(await waitFor(() => sidebarState(chrome), (s) => !s.open)).toEqual({ open: false, id: null });

    await rightClick(page, await selectText(page, sentence));
    expect(await chooseContextMenuItem(chrome, MENU_ITEM.findRelated)).toEqual(['Crossread', 'Find related coverage']);

    expect(await waitFor(() => sidebarState(chrome), (s) => s.open)).toEqual({ open: true, id: SIDEBAR_ID });
    const view = await sidebarShows((v) => v.subject === 'Your selection' && v.sameStoryIds.length === 4);
    expect(view?.subject).toBe('Your selection');
    expect(view!.subjectExcerpt).toBe(`“${sentence}”`);
    expect([...view!.sameStoryIds].sort()).toEqual(seedPages().map((p) => p.articleId).sort());
  });

  it('"Save highlight" saves the selection: the page says so and paints it, the sidebar lists it, keeps it as orphaned when the page changed, and exports it', async () => {
    const path = '/local/harbour-notes.html';
    const body = harbourNotesHtml;
    server.put(path, body('The new timetable was agreed after a long public consultation.'));
    const { page } = await openNews(path);
    const quote = 'agreed after a long public consultation';
    await ensureSidebar();

    await rightClick(page, await selectText(page, quote));
    expect(await chooseContextMenuItem(chrome, MENU_ITEM.saveHighlight)).toEqual(['Crossread', 'Save highlight']);
    expect(await waitFor(() => toastOf(page), (t) => t !== null)).toBe('Highlight saved. Add a note in the Crossread sidebar.');
    expect(await waitFor(() => highlightSize(page, 'crossread-note'), (n) => n === 1)).toBe(1);
    expect((await sidebarShows((v) => v.notes.length > 0))?.notes).toEqual([quote]);

    // The next visit paints it again.
    await page.reload();
    expect(await waitFor(() => highlightSize(page, 'crossread-note'), (n) => n === 1)).toBe(1);
    expect((await sidebarShows((v) => v.notes.length > 0))?.notes).toEqual([quote]);

    // A note and tags, written in the sidebar. (Two calls: the panel re-renders between typing and saving.)
    await fillInSidebar(probe, 'Note', 'Check who was consulted.');
    await fillInSidebar(probe, 'Tags', 'ferry, local');
    await clickInSidebar(probe, 'Save note');
    expect(await waitFor(() => sidebarStatus(probe), (s) => s.includes('Saved.'))).toContain('Saved.');

    // The page changes so much the highlight cannot be found: it is listed as orphaned, not lost.
    server.put(path, body('The timetable will be published next week.'));
    await page.reload();
    const orphan = await sidebarShows((v) => v.noteNotices.some((n) => /Not found on the page at this visit/.test(n)));
    expect(orphan?.noteNotices.join(' ')).toMatch(/Not found on the page at this visit/);
    expect(orphan!.notes).toEqual([quote]);

    // Export all as Markdown: Firefox saves the file.
    const dir = mkdtempSync(join(tmpdir(), 'crossread-ff-export-'));
    await saveDownloadsTo(chrome, dir);
    await clickInSidebar(probe, 'Export all as Markdown');
    const file = await waitFor(async () => readdirSync(dir).find((f) => f.endsWith('.md') && !f.endsWith('.part')) ?? null, (f) => f !== null);
    expect(file).toMatch(/^crossread-annotations-\d{4}-\d{2}-\d{2}\.md$/);
    const md = await waitFor(async () => readFileSync(join(dir, file!), 'utf8'), (t) => t.includes('#local'));
    expect(md).toContain(`> ${quote}`);
    expect(md).toContain('Check who was consulted.');
    expect(md).toContain('#ferry #local');
    rmSync(dir, { recursive: true, force: true });
  });

  it('"Find related coverage" on a link reads the linked page and shows its coverage', async () => {
    const path = '/local/riverside-links.html';
    server.put(
      path,
      renderArticlePage({ site: 'Riverside Gazette', url: `${server.origin}${path}`, ...OTHER_STORY, paragraphs: [...OTHER_STORY.paragraphs, 'Elsewhere today: NATO leaders meet in Brussels.'] }).replace(
        '<p>Elsewhere today: NATO leaders meet in Brussels.</p>',
        `<p>Elsewhere today: <a href="${server.origin}/news/seed-002.html">NATO leaders meet in Brussels</a>.</p>`,
      ),
    );
    const { page } = await openNews(path);
    await ensureSidebar();
    await sidebarShows((v) => v.state === 'No related coverage');
    const link = await page.evaluate(() => {
      const a = document.querySelector('a[href$="/news/seed-002.html"]')!;
      a.scrollIntoView({ block: 'center' });
      const box = a.getBoundingClientRect();
      return { x: box.left + 5, y: box.top + box.height / 2 };
    });
    await rightClick(page, link);
    // One item applies to a link, so Firefox shows it at the top level, not in a "Crossread" submenu.
    expect(await chooseContextMenuItem(chrome, MENU_ITEM.findRelated)).toEqual(['Find related coverage']);
    const view = await sidebarShows((v) => v.subject === 'The linked page' && v.sameStoryIds.length === 3);
    expect(view?.subject).toBe('The linked page');
    expect([...view!.sameStoryIds].sort()).toEqual(seedPages().map((p) => p.articleId).filter((id) => id !== 'seed-002').sort());
  });
});
