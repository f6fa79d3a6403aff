/**
 * Popup search in real Chromium: matched words highlighted, filters by speaker and outlet, and a
 * result that is open in a tab brought to the front instead of opened again. Also the
 * "add the articles I read" setting, which puts a page read into the corpus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './fixture';
import { SHOTS, tabIdOf, waitFor, eventually } from './helpers';

const { ext, server } = useExtension();
let popup: Page;

beforeAll(async () => {
  popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 440, height: 800 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
});

const box = () => popup.getByRole('combobox', { name: 'Search your corpus' });

describe('popup search', () => {
  it('highlights the matched words, prefix and typo tolerant', async () => {
    await box().fill('chemic');
    const first = popup.locator('#results').getByRole('option').first();
    await first.waitFor();
    expect((await first.locator('mark').allTextContents()).map((m) => m.toLowerCase())).toContain('chemical');
    await box().fill('Stoltenburg');
    // The list follows the query a moment later: wait for this query's results, not the last one's.
    await eventually(() => popup.locator('#results').getByRole('option').first().textContent()).toMatch(/Stoltenberg/);
  });

  it('shows a statement several outlets carried once, naming the others', async () => {
    await box().fill('fundamentally change the nature');
    const hits = popup.locator('#results').getByRole('option');
    await eventually(async () => (await hits.allTextContents()).filter((t) => t.includes('Jens Stoltenberg:')).length).toBe(1);
    const quoteHit = (await hits.allTextContents()).find((t) => t.includes('Jens Stoltenberg:'))!;
    expect(quoteHit).toMatch(/Also carried by (New York Post|Unknown outlet)\./);
  });

  it('filters by speaker and by outlet', async () => {
    await box().fill('');
    await popup.getByText('Filters').click();
    await popup.getByLabel('Speaker').selectOption('Jens Stoltenberg');
    const hits = popup.locator('#results').getByRole('option');
    // Results follow the filters a moment later: wait until every hit is one of his quotes.
    const allHis = async () => {
      const texts = await hits.allTextContents();
      return texts.length > 3 && texts.every((t) => t.includes('Jens Stoltenberg:'));
    };
    await eventually(allHis).toBe(true);
    await popup.screenshot({ path: `${SHOTS}/popup-filters.png` });
    await popup.getByLabel('Speaker').selectOption('');
    await popup.getByLabel('Outlet').selectOption('New York Post');
    await box().fill('NATO');
    const texts = () => hits.allTextContents();
    await eventually(async () => (await texts()).length > 0 && (await texts()).every((t) => t.includes('New York Post'))).toBe(true);
    await popup.getByLabel('Outlet').selectOption('');
  });

  it('adds an article read to the corpus when the reader turned it on, and a search result jumps to its open tab', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByLabel('Add the news articles I read to my corpus').check();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Saved.').waitFor();

    const url = `${server.origin}/local/riverside-bike-lanes.html`;
    const article = await ext.context.newPage();
    await article.goto(url);
    await tabIdOf(ext, url);
    const count = async () => {
      await options.reload();
      return (await options.getByText(/articles and/).textContent()) ?? '';
    };
    expect(await waitFor(count, (t) => t.startsWith('5 articles'))).toMatch(/^5 articles/);
    await options.close();

    const other = await ext.context.newPage();
    await other.goto(`${server.origin}/`);
    await popup.bringToFront();
    await box().fill('protected bike lanes');
    await popup.locator('#results').getByRole('option').filter({ hasText: 'Riverside council approves' }).first().waitFor();
    const pagesBefore = ext.context.pages().length;
    await box().press('Enter');
    expect(await waitFor(() => article.evaluate(() => document.visibilityState), (v) => v === 'visible')).toBe('visible');
    expect(ext.context.pages().length).toBe(pagesBefore);
    await other.close();
    await article.close();
  });
});
