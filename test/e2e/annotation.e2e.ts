/**
 * Reading annotation in real Chromium: quiet marks on the quotations other coverage carries, the
 * hover card with the other wording, the reader's highlights saved from the context menu, coming
 * back on the next visit, listed as orphaned (not lost) when the page changed, notes and export.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './fixture';
import { badgeOf, openPanel, SHOTS, tabIdOf, waitFor, eventually } from './helpers';
import { harbourNotesHtml, textPoint } from './page-text';

const { ext, server } = useExtension();

/** How many ranges a named Custom Highlight has on the page (0 when none). */
const highlightSize = (page: Page, name: string) =>
  page.evaluate((n) => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get(n)?.size ?? 0, name);

/** The viewport point in the middle of the first occurrence of `text` on the page. */
const pointOf = async (page: Page, text: string) => {
  const point = await page.evaluate(textPoint, { text, select: false });
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
};

/** Selects `text` on the page, as a reader would with the mouse. */
const select = (page: Page, text: string) => page.evaluate(textPoint, { text, select: true });

const menuClick = (tabId: number, url: string, menuItemId: string, selectionText: string) =>
  ext.worker.evaluate(
    ({ tabId, url, menuItemId, selectionText }) =>
      (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: unknown): void }).dispatch(
        { menuItemId, selectionText, pageUrl: url, editable: false },
        { id: tabId, url, index: 0, windowId: 1, active: true },
      ),
    { tabId, url, menuItemId, selectionText },
  );

describe('marks on the page', () => {
  it('underlines the quotes other outlets carry and shows their wording on hover; the site toggle turns them off', async () => {
    const url = `${server.origin}/news/seed-003.html`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    expect(await waitFor(() => badgeOf(ext, tabId), (b) => b === '3')).toBe('3');
    expect(await waitFor(() => highlightSize(page, 'crossread-quote'), (n) => n > 0)).toBeGreaterThan(0);
    // No element was added to the article: only the extension's own host element.
    expect(await page.locator('article *').evaluateAll((els) => els.filter((e) => e.tagName.includes('-')).length)).toBe(0);

    const p = await pointOf(page, 'any use of chemical weapons would fundamentally change');
    await page.mouse.move(p.x, p.y);
    const card = page.locator('crossread-ui .card');
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Stoltenberg/);
    expect(await card.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('totally')]));
    await page.screenshot({ path: `${SHOTS}/page-marks-hover-card.png` });
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden' });

    // From the keyboard: the shortcut's command brings the next marked quotation and its card.
    await ext.worker.evaluate((id) => (chrome.commands.onCommand as unknown as { dispatch(c: string, t: unknown): void }).dispatch('next-quote', { id, index: 0, windowId: 1, active: true }), tabId);
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Also carried by/);

    const panel = await openPanel(ext, tabId);
    const toggle = panel.getByLabel(/Mark quotes other outlets carry on/);
    await eventually(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    expect(await waitFor(() => highlightSize(page, 'crossread-quote'), (n) => n === 0)).toBe(0);
    await page.reload();
    await waitFor(() => badgeOf(ext, tabId), (b) => b === '3');
    await new Promise((r) => setTimeout(r, 800));
    expect(await highlightSize(page, 'crossread-quote')).toBe(0);
    await panel.reload();
    await eventually(() => panel.getByLabel(/Mark quotes other outlets carry on/).isChecked()).toBe(false);
    await panel.getByLabel(/Mark quotes other outlets carry on/).check();
    expect(await waitFor(() => highlightSize(page, 'crossread-quote'), (n) => n > 0)).toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });
});

describe('highlights and notes', () => {
  it('saves a selection, repaints it on the next visit, keeps it as orphaned when the page changed, and exports', async () => {
    const path = '/local/harbour-notes.html';
    const body = harbourNotesHtml;
    server.put(path, body('The new timetable was agreed after a long public consultation.'));
    const url = `${server.origin}${path}`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);

    await select(page, 'agreed after a long public consultation');
    await menuClick(tabId, url, 'crossread-save-highlight', 'agreed after a long public consultation');
    await page.locator('crossread-ui .toast').filter({ hasText: 'Highlight saved' }).waitFor();
    expect(await highlightSize(page, 'crossread-note')).toBe(1);

    await page.reload();
    expect(await waitFor(() => highlightSize(page, 'crossread-note'), (n) => n === 1)).toBe(1);

    const panel = await openPanel(ext, tabId);
    const item = panel.locator('li.note-item').first();
    await item.waitFor();
    expect(await item.locator('blockquote').textContent()).toBe('agreed after a long public consultation');
    await item.getByLabel('Note').fill('Check who was consulted.');
    await item.getByLabel('Tags (comma-separated)').fill('ferry, local');
    await item.getByRole('button', { name: 'Save note' }).click();
    await item.getByText('Saved.').waitFor();
    await panel.screenshot({ path: `${SHOTS}/sidepanel-notes.png`, fullPage: true });

    // The page changes so much the highlight cannot be found: it is listed as orphaned, not lost.
    server.put(path, body('The timetable will be published next week.'));
    await page.reload();
    await panel.reload();
    await panel.getByText(/Not found on the page at this visit/).waitFor({ timeout: 15_000 });
    expect(await panel.locator('li.note-item').count()).toBe(1);

    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export all as Markdown' }).click();
    const md = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(md!, 'utf8');
    expect(text).toContain('> agreed after a long public consultation');
    expect(text).toContain('Check who was consulted.');
    expect(text).toContain('#ferry #local');
    await panel.close();
    await page.close();
  });

  it('says to select text first when nothing is selected', async () => {
    const url = `${server.origin}/local/riverside-bike-lanes.html`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    await menuClick(tabId, url, 'crossread-save-highlight', '');
    await page.locator('crossread-ui .toast').filter({ hasText: 'Select some text first' }).waitFor();
    await page.close();
  });
});
