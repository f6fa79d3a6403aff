/**
 * The extension in German in real Chromium (its interface language set with --lang=de and
 * LANGUAGE=de): the side panel on a bundled article, who quoted and who paraphrased, the page's
 * hover card, the not-an-article verdict and an error the background words, all from
 * `_locales/de` through browser.i18n. (The context menu's titles are not readable from a test.)
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { uiClient } from '../../scripts/demo/background-client';
import { useExtension } from './fixture';
import { openArticleWithPanel, openPanel, SHOTS, tabIdOf, eventually } from './helpers';

const { ext, server } = useExtension({ lang: 'de' });
let page: Page;
let panel: Page;
let tabId: number;

beforeAll(async () => {
  ({ page, tabId, panel } = await openArticleWithPanel(ext, `${server.origin}/news/seed-003.html`));
});

/** English words of the panel that must not show in German. */
const ENGLISH = ['Same story', 'Who said what', 'What the others add', 'Also published by', 'Other wordings', 'quotes him', 'paraphrase', 'Why:', 'in your corpus', 'Your notes'];

describe('the extension in German', () => {
  it('runs with German as the browser’s language', async () => {
    expect(await panel.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^de/);
    expect(await panel.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    expect(await panel.title()).toBe('Crossread');
  });

  it('shows the side panel in German: headings, counts with their plural, who quoted and who paraphrased', async () => {
    await panel.getByRole('heading', { name: /^Dieselbe Geschichte/ }).waitFor();
    expect(await panel.locator('#same-story .count').getAttribute('title')).toBe('3 Berichte');
    expect(await panel.getByRole('heading', { name: 'Wer hat was gesagt' }).count()).toBe(1);
    expect(await panel.getByRole('heading', { name: 'Was die anderen ergänzen' }).count()).toBe(1);
    const stoltenberg = panel.locator('li.speaker').filter({ has: panel.getByRole('heading', { name: /Stoltenberg/ }) });
    const chemical = stoltenberg.locator('li.statement').filter({ hasText: 'chemical weapons would fundamentally change' }).first();
    await chemical.waitFor();
    expect(await chemical.locator('.statement-meta .chip-paraphrase').textContent()).toBe('sinngemäß, teils wörtlich');
    expect(await chemical.locator('.statement-summary').textContent()).toBe('Ein unbekanntes Medium zitiert ihn; New York Post zitiert ihn teilweise.');
    expect(await chemical.getByRole('list', { name: 'Andere Wortlaute' }).count()).toBe(1);
    expect(await panel.locator('.match .reasons-label').first().textContent()).toBe('Warum: ');
    // A quotation is in German quotation marks.
    const quoted = stoltenberg.locator('li.statement').filter({ hasText: 'impose costs on Russia' }).first();
    expect((await quoted.locator('blockquote').textContent())!.trim()).toBe('„We are determined to continue to impose costs on Russia to end this brutal war“');
    const body = (await panel.locator('body').textContent())!;
    expect(ENGLISH.filter((w) => body.includes(w))).toEqual([]);
    await panel.screenshot({ path: `${SHOTS}/sidepanel-de.png`, fullPage: true });
  });

  it('writes the hover card on the page in German', async () => {
    await ext.worker.evaluate((id) => (chrome.commands.onCommand as unknown as { dispatch(c: string, t: unknown): void }).dispatch('next-quote', { id, index: 0, windowId: 1, active: true }), tabId);
    const card = page.locator('crossread-ui .card');
    await card.waitFor();
    expect(await card.locator('.also').textContent()).toMatch(/^Auch gebracht von /);
  });

  it('says why a page is not read, and words the background’s errors, in German', async () => {
    const url = `${server.origin}/`;
    const front = await ext.context.newPage();
    await front.goto(url);
    const frontTab = await tabIdOf(ext, url);
    const frontPanel = await openPanel(ext, frontTab);
    await frontPanel.getByRole('heading', { name: 'Kein Nachrichtenartikel' }).waitFor();
    const line = frontPanel.locator('section.state p.why-not-summary');
    await eventually(() => line.isVisible()).toBe(true);
    expect(await line.textContent()).toMatch(/^Diese Seite sieht aus wie .+, daher hat Crossread sie nicht gelesen\.$/);
    expect(await frontPanel.locator('.why-not li').count()).toBeGreaterThan(0);
    expect(await frontPanel.locator('section.state').textContent()).toContain('„Weitere Berichte dazu finden“');
    // The background's own translator: correcting a tab that shows no coverage.
    const answer = await uiClient(frontPanel).ask('uiCorrectMatch', { tabId: frontTab, articleId: 'seed-000', verdict: 'same' });
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toBe('Dieser Tab zeigt keine Berichte, die sich korrigieren ließen.');
    await frontPanel.close();
    await front.close();
  });
});
