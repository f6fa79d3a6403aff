/**
 * Shared steps of the end-to-end tests: open a page, find its tab id, read its badge, open the
 * side panel for it, wait for a condition (eventually, waitFor), keep screenshots a person can look
 * at, and hand a file the objects its fixture makes later (lateBound).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/demo/browser';

export const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

/**
 * A stand-in for an object made later, in a beforeAll hook: a fixture returns it at once so that a
 * test file can write `const { ext, server } = useExtension()` at its top and use `ext` in its tests
 * and helpers as it did a variable. Reads go to the object once `set` gave it (methods bound to it);
 * before, or after teardown, they throw, saying what is missing and why.
 */
export function lateBound<T extends object>(what: string): { value: T; set(v: T | null): void; get(): T | null } {
  let target: T | null = null;
  const value = new Proxy({} as T, {
    get(_, key) {
      if (!target) throw new Error(`${what} is not there: it is made in beforeAll and closed in afterAll, so use it inside a test or a hook`);
      const v: unknown = Reflect.get(target, key, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return {
    value,
    set: (v) => void (target = v),
    get: () => target,
  };
}

/** The tab id Chrome gave the page at `url` (or at `url` with a query a page script pushed since: a single-page app's history). */
export async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const id = await ext.worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? tabs.find((t) => t.url?.startsWith(`${u}?`))?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab for ${url}`);
}

export async function badgeOf(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * expect.poll with the time a busy machine needs: vitest's default gives up after 1 s, and on a CI
 * machine running Chromium beside the test runner a view or a background write can take longer.
 * Passes as soon as the expectation holds, so a fast run waits no longer than before.
 */
export function eventually<T>(read: () => T | Promise<T>, timeout = 15_000) {
  return expect.poll(read, { timeout, interval: 100 });
}

/** Polls until `read` returns `want` or the time is up; returns the last value read. */
export async function waitFor<T>(read: () => Promise<T>, want: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  let last = await read();
  while (!want(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

/** The side panel for a tab, opened as a tab of its own. */
export async function openPanel(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 1000 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/**
 * Opens `url` in a new tab, waits for its badge to read `badge` (a bundled article's is "3"), then
 * opens its side panel and waits for the first match: the start of the files that test one panel.
 */
export async function openArticleWithPanel(ext: ExtensionBrowser, url: string, badge = '3'): Promise<{ page: Page; tabId: number; panel: Page }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, url);
  const shown = await waitFor(() => badgeOf(ext, tabId), (b) => b === badge);
  if (shown !== badge) throw new Error(`the badge on ${url} reads "${shown}", not "${badge}"`);
  const panel = await openPanel(ext, tabId);
  await panel.locator('li.match').first().waitFor();
  return { page, tabId, panel };
}
