/**
 * The reader's corpus on the options page, in real Chromium: import with a per-line report,
 * the new article found by matching and search, delete, clear all with confirmation, restore.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useExtension } from './fixture';
import { SHOTS } from './helpers';

const { ext } = useExtension();

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

  it('keeps "add the articles I read" off until the reader turns it on, and remembers it', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const box = page.getByLabel('Add the news articles I read to my corpus');
    await expect.poll(() => box.isChecked()).toBe(false);
    await box.check();
    await page.locator('#excluded').fill('www.private.example\nnot a site');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Add the news articles I read to my corpus').isChecked()).toBe(true);
    expect(await page.locator('#excluded').inputValue()).toBe('private.example');
    await page.close();
  });
});
