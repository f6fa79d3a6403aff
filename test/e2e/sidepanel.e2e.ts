/**
 * The side panel's sections in real Chromium: coverage with its order, quotes with the outlets'
 * wording differences, reported speech marked as paraphrase, what the others add; and an axe-core check of every extension page
 * (no serious or critical violations), in light and dark mode.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtension } from './fixture';
import { openArticleWithPanel, SHOTS } from './helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const { ext, server } = useExtension();
let panel: Page;

beforeAll(async () => {
  ({ panel } = await openArticleWithPanel(ext, `${server.origin}/news/seed-003.html`));
});

/** Serious and critical axe violations on a page, as "rule: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('side panel sections', () => {
  it('shows how another outlet worded the same statement, with the changed words marked', async () => {
    const stoltenberg = panel.locator('li.speaker').filter({ has: panel.getByRole('heading', { name: /Stoltenberg/ }) });
    const chemical = stoltenberg.locator('li.statement').filter({ hasText: 'chemical weapons' }).first();
    await chemical.waitFor();
    expect(await chemical.locator('.chip-here').count()).toBe(1);
    const variant = chemical.getByRole('list', { name: 'Other wordings' });
    expect(await variant.locator('del, ins').count()).toBeGreaterThan(0);
    expect(await variant.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('totally')]));
    await chemical.screenshot({ path: `${SHOTS}/sidepanel-wording-diff.png` });
  });

  it('shows reported speech beside the quotes, marked as paraphrase, with who quoted and who paraphrased each statement', async () => {
    const stoltenberg = panel.locator('li.speaker').filter({ has: panel.getByRole('heading', { name: /Stoltenberg/ }) });
    const statement = (words: string) => stoltenberg.locator('li.statement').filter({ hasText: words }).first();
    // Seed 001: "Stoltenberg said the allies would discuss efforts to continue supporting Ukraine…": the outlet's words, not his.
    const reported = statement('discuss efforts to continue supporting Ukraine');
    await reported.waitFor();
    expect(await reported.locator('.statement-meta .chip-paraphrase').textContent()).toBe('paraphrase');
    const paraphrase = (await reported.locator('blockquote').textContent())!.trim();
    expect(paraphrase).toMatch(/^the allies would discuss efforts to continue supporting Ukraine/);
    expect(paraphrase).not.toMatch(/[“”"]/);
    // His direct quote beside it keeps its quotation marks and no paraphrase mark.
    const quoted = statement('impose costs on Russia');
    expect((await quoted.locator('blockquote').textContent())!.trim()).toBe('“We are determined to continue to impose costs on Russia to end this brutal war”');
    expect(await quoted.locator('.chip-paraphrase').count()).toBe(0);
    expect(await quoted.locator('.statement-summary').count()).toBe(0); // one outlet, one way: its chips say it
    // One statement, two ways: this page (New York Post) reports it with his words quoted inside, seed 001 quotes him.
    const chemical = statement('chemical weapons would fundamentally change');
    expect(await chemical.locator('.statement-meta .chip-paraphrase').textContent()).toBe('paraphrase, partly quoted');
    expect(await chemical.locator('.statement-summary').textContent()).toBe('An unknown outlet quotes him; New York Post quotes him in part.');
    const other = chemical.getByRole('list', { name: 'Other wordings' }).locator('li');
    expect(await other.count()).toBe(1);
    expect(await other.locator('.chip-change').textContent()).toBe('reworded');
    expect((await other.locator('.diff').textContent())!.trim()).toMatch(/^“Any use of chemical weapons would/);
    // The bundled articles carry no publication time: no outlet is named first.
    expect(await panel.locator('.first').count()).toBe(0);
    await stoltenberg.screenshot({ path: `${SHOTS}/sidepanel-reported-speech.png` });
  });

  it('lists what the other coverage adds, each with its outlet', async () => {
    await panel.getByRole('heading', { name: 'What the others add' }).waitFor();
    const items = panel.locator('ul.additions > li');
    expect(await items.count()).toBeGreaterThan(2);
    expect(await items.first().locator('.chip').count()).toBeGreaterThan(0);
    await panel.locator('section[aria-labelledby="adds"]').screenshot({ path: `${SHOTS}/sidepanel-what-others-add.png` });
  });

  it('reorders the coverage from the keyboard', async () => {
    const select = panel.getByRole('combobox');
    await select.focus();
    await select.selectOption('timeline');
    expect(await select.inputValue()).toBe('timeline');
    expect(await panel.locator('section[aria-labelledby="same-story"] li.match').count()).toBe(3);
  });
});

describe('accessibility (axe-core)', () => {
  it('finds no serious violations in the side panel, popup, reader and options, light and dark', async () => {
    const pages: Page[] = [panel];
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('combobox', { name: 'Search your corpus' }).fill('Psaki');
    await popup.locator('#results').getByRole('option').first().waitFor();
    const reader = await ext.context.newPage();
    await reader.goto(`chrome-extension://${ext.extensionId}/reader.html?id=seed-001`);
    await reader.getByRole('heading', { level: 1 }).waitFor();
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('table').waitFor();
    pages.push(popup, reader, options);
    for (const scheme of ['light', 'dark'] as const) {
      for (const p of pages) {
        await p.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(p), `${p.url()} (${scheme})`).toEqual([]);
      }
    }
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: `${SHOTS}/sidepanel-dark.png` });
    await panel.emulateMedia({ colorScheme: 'light' });
    for (const p of pages.slice(1)) await p.close();
  });
});
