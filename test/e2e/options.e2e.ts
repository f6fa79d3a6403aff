/**
 * The reader's corpus on the options page, in real Chromium: import with a per-line report,
 * the new article found by matching and search, delete, clear all with confirmation, restore;
 * and a corpus of 2,000 listed a page at a time, filtered by outlet, and the filtered articles
 * deleted in one action.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './fixture';
import { SHOTS, eventually } from './helpers';

const { ext } = useExtension();

/** The corpus table's outlet menu. */
const outletMenu = (page: Page) => page.locator('.listing-filters label', { hasText: 'Outlet' }).locator('select');

const ours = (id: string, title: string, text: string) => JSON.stringify({ id, story: 'LABEL-NEVER-READ', source: 'Example Wire', title, date: '2022-03-24', text });

describe('options page', () => {
  it('imports a JSON Lines file, lists what it rejected and why, and keeps the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossread-import-'));
    const file = join(dir, 'articles.jsonl');
    writeFileSync(
      file,
      [
        ours('wire-1', 'NATO leaders meet in Brussels as Stoltenberg warns on chemical weapons', 'NATO leaders gathered in Brussels on Thursday for an emergency summit. Secretary General Jens Stoltenberg said any use of chemical weapons by Russia in Ukraine would change the nature of the conflict. President Joe Biden attended the meeting before joining G7 and European Council talks.'),
        '{"id": "broken", ',
        JSON.stringify({ id: 'no-text', title: 'Missing body' }),
        ours('wire-2', 'Harbour ferry timetable changes for the summer', 'The harbour ferry will run every twenty minutes from June, the operator said, adding two late evening crossings on Fridays and Saturdays.'),
      ].join('\n'),
    );
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.getByText('4 articles and').waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('2 added, 0 replaced, 2 rejected of 4 records.').waitFor();
    const rejected = page.getByRole('list', { name: 'Rejected records' }).getByRole('listitem');
    const reasons = await rejected.allTextContents();
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toMatch(/^Line 2: not valid JSON/);
    expect(reasons[1]).toBe('Line 3: missing "text"');
    await page.getByText('6 articles and').waitFor();
    await page.screenshot({ path: `${SHOTS}/options-import.png`, fullPage: true });

    // The imported article is searchable from the popup.
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('combobox', { name: 'Search your corpus' }).fill('harbour ferry');
    await popup.locator('#results').getByRole('option').filter({ hasText: 'Harbour ferry timetable' }).first().waitFor();
    await popup.close();

    // Delete one.
    await page.getByRole('button', { name: 'Delete “Harbour ferry timetable changes for the summer”' }).click();
    await page.getByText('5 articles and').waitFor();

    // Clear all asks first; cancel keeps everything.
    await page.getByRole('button', { name: 'Clear all…' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('5 articles and').waitFor();
    await page.getByRole('button', { name: 'Clear all…' }).click();
    await page.getByRole('button', { name: 'Yes, delete all' }).click();
    await page.getByText('0 articles and 0 quotations').waitFor();
    await page.getByText('Your corpus is empty').waitFor();

    await page.getByRole('button', { name: 'Restore bundled articles' }).click();
    await page.getByText('4 articles and').waitFor();
    await page.close();
  });

  it('lists 2,000 imported articles a page at a time, filters by outlet and deletes the filtered ones in one action', async () => {
    const outlets = ['Harbour Gazette', 'Valley Times', 'Coast Wire', 'Metro Daily'];
    const places = ['Westmere', 'Eastwick', 'Northam', 'Sutton', 'Ravensby', 'Holm', 'Carrow', 'Lindel'];
    const lines = Array.from({ length: 2000 }, (_, i) => {
      const place = places[i % places.length]!;
      const text = `The council of ${place} voted ${i} to ${i % 7} on a plan for ${i % 13} new ferry crossings, officials said on Tuesday. Residents of ${place} district ${i} asked for later sailings. "We will review the timetable ${i}," the operator said.`;
      return JSON.stringify({ id: `bulk-${i}`, title: `${place} council votes on ferry plan ${i}`, source: outlets[i % 4], date: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`, text });
    });
    const dir = mkdtempSync(join(tmpdir(), 'crossread-bulk-'));
    const file = join(dir, 'bulk.jsonl');
    writeFileSync(file, lines.join('\n'));
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.locator('.listing-count').getByText('articles').waitFor();
    const before = Number((await page.locator('.listing-count').textContent())!.replace(/\D/g, ''));
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('2,000 added, 0 replaced, 0 rejected of 2,000 records.').waitFor({ timeout: 240_000 });
    const total = before + 2000;
    const count = page.locator('.listing-count');
    await count.getByText(`${total.toLocaleString('en')} articles`, { exact: true }).waitFor();
    const rows = page.locator('table.articles tbody tr');
    // The count comes with the page's answer; the rows are drawn from it: wait for the 50th to be shown.
    await rows.nth(49).waitFor();
    expect(await rows.count()).toBe(50);
    const firstPage = await rows.allTextContents();

    // Paging: next, next, previous; 50 rows each, no row on two pages.
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Rows 51–100').waitFor();
    const secondPage = await rows.allTextContents();
    expect(secondPage).toHaveLength(50);
    expect(secondPage.filter((r) => firstPage.includes(r))).toEqual([]);
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Rows 101–150').waitFor();
    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.getByText('Rows 51–100').waitFor();
    expect(await rows.allTextContents()).toEqual(secondPage);

    // Filter by outlet: the menu counts each, the count says how many of all, every row is that outlet.
    await outletMenu(page).selectOption({ label: 'Harbour Gazette (500)' });
    await count.getByText(`500 of ${total.toLocaleString('en')} articles`).waitFor();
    await page.getByText('Rows 1–50').waitFor();
    expect((await rows.locator('td:nth-child(2)').allTextContents()).every((t) => t === 'Harbour Gazette')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/options-listing.png`, fullPage: true });

    // Delete the 500 in one action, after confirming; the count and the listing follow.
    await page.getByRole('button', { name: 'Delete these 500 articles…' }).click();
    await page.getByRole('group', { name: 'Confirm deleting the listed articles' }).getByText('Delete the 500 articles that match').waitFor();
    await page.getByRole('button', { name: 'Yes, delete them' }).click();
    await page.getByText('500 articles deleted.').waitFor({ timeout: 120_000 });
    await count.getByText(`0 of ${(total - 500).toLocaleString('en')} articles`).waitFor();
    await page.getByText('No article matches these filters.').waitFor();
    await page.getByText(`${(total - 500).toLocaleString('en')} articles and`).waitFor();
    expect(await outletMenu(page).locator('option').allTextContents()).not.toContain('Harbour Gazette (500)');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await count.getByText(`${(total - 500).toLocaleString('en')} articles`, { exact: true }).waitFor();
    await rows.nth(49).waitFor();
    expect(await rows.count()).toBe(50);
    expect(await rows.locator('td:nth-child(2)').allTextContents()).not.toContain('Harbour Gazette');
    await page.close();
  });

  it('keeps "add the articles I read" off until the reader turns it on, and remembers it', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const box = page.getByLabel('Add the news articles I read to my corpus');
    await eventually(() => box.isChecked()).toBe(false);
    await box.check();
    await page.locator('#excluded').fill('www.private.example\nnot a site');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved.').waitFor();
    await page.reload();
    await eventually(() => page.getByLabel('Add the news articles I read to my corpus').isChecked()).toBe(true);
    expect(await page.locator('#excluded').inputValue()).toBe('private.example');
    await page.close();
  });
});
