/**
 * The reader corrects the matcher, in real Chromium: on a bundled article (badge 3) "Not the same
 * story" on one match drops the badge to 2 and lists that article apart; the correction survives
 * the service worker being stopped (CDP ServiceWorker.stopAllWorkers) and the page being read
 * again; undo brings the badge back to 3.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtension } from './fixture';
import { openArticleWithPanel, SHOTS, waitFor, eventually } from './helpers';

const { ext, server } = useExtension();
let page: Page;
let panel: Page;
let tabId: number;

beforeAll(async () => {
  ({ page, tabId, panel } = await openArticleWithPanel(ext, `${server.origin}/news/seed-003.html`));
});

/** The tab's badge read from an extension page: unlike ext.worker, it still works after the worker was stopped. */
const badge = () => panel.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const sameStory = () => panel.locator('section[aria-labelledby="same-story"] li.match');
const related = () => panel.locator('section[aria-labelledby="related"] li.match');

describe('correcting a match in the side panel', () => {
  let title = '';

  it('"Not the same story" drops the badge to 2 and lists the article apart, marked', async () => {
    expect(await sameStory().count()).toBe(3);
    expect(await related().count()).toBe(0);
    const first = sameStory().first();
    title = (await first.locator('.match-title').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(5);
    await first.getByRole('button', { name: `Not the same story: ${title}`, exact: true }).click();
    expect(await waitFor(badge, (b) => b !== '3')).toBe('2');
    await eventually(() => sameStory().count()).toBe(2);
    expect(await sameStory().filter({ hasText: title }).count()).toBe(0);
    const apart = related().filter({ hasText: title });
    expect(await apart.count()).toBe(1);
    expect(await apart.locator('.chip-correction').textContent()).toBe('you said: not the same story');
    await panel.locator('section[aria-labelledby="related"]').screenshot({ path: `${SHOTS}/sidepanel-correction.png` });
  });

  it('survives a worker stop and the page read again: still 2', async () => {
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // A value no analysis writes, so only a fresh answer from the restarted worker replaces it.
    await panel.evaluate((id) => chrome.action.setBadgeText({ tabId: id, text: 'x' }), tabId);
    await page.reload();
    expect(await waitFor(badge, (b) => b === '2' || b === '3', 30_000)).toBe('2');
    await panel.reload();
    await sameStory().first().waitFor();
    expect(await sameStory().count()).toBe(2);
    expect(await related().filter({ hasText: title }).locator('.chip-correction').textContent()).toBe('you said: not the same story');
  });

  it('undo puts it back in the same story: 3 again', async () => {
    const apart = related().filter({ hasText: title });
    await apart.getByRole('button', { name: `Undo “not the same story” for ${title}`, exact: true }).click();
    expect(await waitFor(badge, (b) => b !== '2')).toBe('3');
    await eventually(() => sameStory().count()).toBe(3);
    expect(await related().count()).toBe(0);
    expect(await sameStory().filter({ hasText: title }).getByRole('button', { name: /^Not the same story/ }).count()).toBe(1);
  });
});
