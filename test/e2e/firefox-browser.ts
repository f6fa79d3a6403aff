/**
 * Starts Debian's Firefox ESR with the Firefox build of Crossread (`.output/firefox-mv2`, MV2)
 * installed as a temporary add-on, driven over WebDriver BiDi by puppeteer-core. Never downloads a
 * browser: if Firefox is missing it says how to install it, because the test must fail, not skip.
 * useFirefoxExtension is the Firefox files' one launch and teardown (fixture.ts is Chromium's).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { Browser as WebExtBrowser } from 'webextension-polyfill';
import { findBrowser } from '../../scripts/demo/browser';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { lateBound } from './helpers';

export const FIREFOX_CANDIDATES = [process.env['FIREFOX_PATH'], '/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const FIREFOX_EXTENSION_DIR = resolve(new URL('../../.output/firefox-mv2', import.meta.url).pathname);

/** The add-on id from wxt.config.ts; the pref that fixes the moz-extension:// host is keyed by it. */
export const ADDON_ID = 'crossread@example.org';

/** The Firefox binary, or an error that says how to get one (the suite fails rather than skips). */
export function findFirefox(): string {
  return findBrowser(FIREFOX_CANDIDATES, 'Firefox', 'firefox-esr', 'FIREFOX_PATH');
}

/**
 * Builds the Firefox extension once when there is none yet; an existing build is used as it is
 * (`npm run build` or `npx wxt build -b firefox` refreshes it), so a test run never rewrites it.
 */
export function ensureFirefoxBuild(dir = FIREFOX_EXTENSION_DIR): void {
  if (existsSync(join(dir, 'manifest.json'))) return;
  const r = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit', env: process.env });
  if (r.status !== 0 || !existsSync(join(dir, 'manifest.json'))) throw new Error(`"npx wxt build -b firefox" failed (exit ${r.status}); no ${dir}/manifest.json`);
}

export interface FirefoxExtension {
  browser: Browser;
  /** The extension's origin, `moz-extension://<uuid>`, fixed by a pref before the add-on installs. */
  origin: string;
  /** Opens one of the extension's pages (e.g. `sidepanel.html?tabId=3`) as a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** The WebExtension API as an extension page sees it (Firefox's own `browser` global). */
export type ExtensionApi = WebExtBrowser;

/** Launches headless Firefox and installs the extension from `dir` as a temporary add-on (BiDi webExtension.install). */
export async function launchFirefoxWithExtension(dir = FIREFOX_EXTENSION_DIR): Promise<FirefoxExtension> {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run "npx wxt build -b firefox" first.`);
  const executablePath = findFirefox();
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    protocol: 'webDriverBiDi',
    headless: true,
    // Firefox 153 lets WebDriver navigate only to http(s)/file/blob pages unless system access is allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      'xpinstall.signatures.required': false,
    },
  });
  try {
    const id = await browser.installExtension(dir);
    if (id !== ADDON_ID) throw new Error(`installed add-on id ${id}, expected ${ADDON_ID}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
    origin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `${origin}/${path}`;
      // Firefox loads moz-extension:// pages but never answers BiDi's navigate for them: start the
      // navigation, do not wait for that answer (it times out later, unheard), wait for the page itself.
      let navError: unknown = null;
      void page.goto(url, { timeout: 15_000 }).catch((e: unknown) => (navError = e));
      // Poll the page itself; an evaluation during the navigation can fail ("Waiting failed",
      // a destroyed context): that is not an answer, try again until the time is up.
      const end = Date.now() + 15_000;
      let last: unknown = null;
      for (;;) {
        try {
          const [href, state] = await page.evaluate(() => [location.href, document.readyState]);
          if (href === url && state === 'complete') break;
          last = `${href} ${state}`;
        } catch (e) {
          last = e;
        }
        if (Date.now() > end) throw new Error(`${url} did not open (navigation: ${String(navError)}; last: ${String(last)})`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return page;
    },
    close: () => browser.close(),
  };
}

export interface FirefoxFixture {
  /** Firefox with the add-on installed. */
  ff: FirefoxExtension;
  /** The demo pages on 127.0.0.1, as in the Chromium tests. */
  server: DemoServer;
  /** An extension page (the popup) kept open to ask the extension's API: tabs, badge, the sidebar's views. */
  probe: Page;
}

/**
 * Registers a Firefox file's launch and teardown, as useExtension does for Chromium: before its
 * tests the Firefox build is made if there is none, the demo server starts, Firefox opens with the
 * add-on and the probe page; after them Firefox closes, then the server. One browser per file.
 */
export function useFirefoxExtension(): FirefoxFixture {
  const ff = lateBound<FirefoxExtension>('Firefox with the add-on');
  const server = lateBound<DemoServer>('the demo server');
  const probe = lateBound<Page>('the probe page');
  beforeAll(async () => {
    ensureFirefoxBuild();
    server.set(await startDemoServer());
    ff.set(await launchFirefoxWithExtension());
    probe.set(await ff.value.openExtensionPage('popup.html'));
  });
  afterAll(async () => {
    await ff.get()?.close();
    await server.get()?.close();
    for (const f of [probe, ff, server]) f.set(null);
  });
  return { ff: ff.value, server: server.value, probe: probe.value };
}
