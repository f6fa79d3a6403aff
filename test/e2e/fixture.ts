/**
 * The one launch and teardown of the Chromium end-to-end tests. A file calls `useExtension()` once,
 * at its top: before its tests the demo server starts and Chromium opens with the built extension
 * in a fresh profile (one browser per file, so no file sees another's corpus or settings); after
 * them both close, the browser first, so no connection holds the server open. A file's own
 * beforeAll (open a page, listen to requests) is registered after the call and so runs after the
 * launch; its own afterAll runs before the teardown. Firefox's counterpart is useFirefoxExtension
 * in firefox-browser.ts.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/demo/browser';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { lateBound } from './helpers';

export interface ExtensionFixture {
  /** Chromium with the extension: its context, service worker and extension id. */
  ext: ExtensionBrowser;
  /** The demo pages on 127.0.0.1 (`server.put` plants a file's own). */
  server: DemoServer;
}

/** Registers the launch and teardown; `lang` fixes the browser's interface language ("de", "en-US"). */
export function useExtension(opts: { lang?: string } = {}): ExtensionFixture {
  const ext = lateBound<ExtensionBrowser>('the extension browser');
  const server = lateBound<DemoServer>('the demo server');
  beforeAll(async () => {
    server.set(await startDemoServer());
    ext.set(await launchWithExtension(opts));
  });
  afterAll(async () => {
    await ext.get()?.close();
    await server.get()?.close();
    ext.set(null);
    server.set(null);
  });
  return { ext: ext.value, server: server.value };
}
