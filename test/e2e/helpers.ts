/**
 * Shared steps of the end-to-end tests: open a page, find its tab id, read its badge, open the
 * side panel for it, and keep screenshots a person can look at.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/demo/browser';

export const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

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
