/**
 * Starts Debian's Chromium with the built extension loaded (used by `npm run demo` and the e2e
 * tests). Never downloads a browser: if Chromium is missing it says how to install it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM_CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const EXTENSION_DIR = resolve(new URL('../../.output/chrome-mv3', import.meta.url).pathname);

/**
 * The first browser binary of `candidates` that exists, or an error that says how to install it:
 * the end-to-end tests fail rather than skip without a real browser.
 */
export function findBrowser(candidates: (string | undefined)[], name: string, aptPackage: string, envVar: string): string {
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      `${name} was not found (looked in ${candidates.filter(Boolean).join(', ')} and $${envVar}). Install it with:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${aptPackage}\n` +
        `The end-to-end tests need a real browser and are not skipped without one.`,
    );
  }
  return found;
}

/** The Chromium binary, or an error that says how to get one. */
export function findChromium(): string {
  return findBrowser(CHROMIUM_CANDIDATES, 'Chromium', 'chromium', 'CHROMIUM_PATH');
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the extension from `.output/chrome-mv3` (run `npm run build:chrome` first).
 * `lang` ("en-US") fixes the browser's interface language, which the extension's own strings
 * follow, whatever the machine's locale (store screenshots are taken in English).
 */
export async function launchWithExtension(opts: { headless?: boolean; extensionDir?: string; lang?: string; profileDir?: string } = {}): Promise<ExtensionBrowser> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run "npm run build:chrome" first.`);
  const executablePath = findChromium();
  // A given profile is kept (a bench reuses a corpus grown once); a fresh one is removed on close.
  const profile = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'crossread-profile-'));
  // Chrome keeps an unpacked extension's registered service worker across launches of the same
  // version: a kept profile would run the build it first saw. Without its registration (and code
  // cache) the worker of the build loaded now is registered again; the extension's data stays.
  if (opts.profileDir) for (const dir of ['Service Worker', 'Code Cache']) rmSync(join(profile, 'Default', dir), { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    ...(opts.lang ? { locale: opts.lang, env: { ...process.env, LANGUAGE: opts.lang.replace('-', '_'), LC_ALL: '', LANG: `${opts.lang.replace('-', '_')}.UTF-8` } } : {}),
    args: [
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      if (!opts.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Makes followed feeds due now, as time passing would: their next fetch moved into the past in the
 * extension's own store, from one of its pages (`page` must be an extension page). One feed by its
 * URL, or all of them. For tests and benchmarks that fire the feeds alarm.
 */
export async function makeFeedsDue(page: Page, feedUrl: string | null = null): Promise<void> {
  await page.evaluate(
    (only) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('crossread');
        open.onsuccess = () => {
          const tx = open.result.transaction('sources', 'readwrite');
          const store = tx.objectStore('sources');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const s of all.result as { feedUrl: string; nextFetchAt: number }[]) if (only === null || s.feedUrl === only) store.put({ ...s, nextFetchAt: 0 });
          };
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    feedUrl,
  );
}
