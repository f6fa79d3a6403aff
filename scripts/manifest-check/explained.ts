/**
 * Crossread's exceptions to the manifest check, each with the reason it is right. The check fails
 * on anything not listed here, and on an entry here that no longer applies, so this list is exactly
 * what a reviewer needs to read. assets/listing/permissions.md says the same to the stores.
 */
import type { Exceptions } from './index';

export const EXPLAINED: Exceptions = {
  permissions: [
    {
      target: 'firefox',
      permission: 'sidePanel',
      kind: 'unrequested',
      reason:
        'The background and the popup share one build of their code: they open the panel with browser.sidePanel where it exists (Chrome) and fall back to browser.sidebarAction (Firefox, whose manifest declares sidebar_action). In Firefox browser.sidePanel is undefined and never called (entrypoints/background/index.ts, entrypoints/popup/main.tsx).',
    },
    {
      target: 'firefox',
      permission: 'offscreen',
      kind: 'unrequested',
      reason:
        "The offscreen document is only created when the background has no DOMParser (Chrome's service worker). Firefox's background page has one, so parseHtml never reaches browser.offscreen there (entrypoints/background/platform.ts).",
    },
  ],
  files: [
    {
      target: 'firefox',
      file: 'offscreen.html',
      reason:
        "Named by the shared background code (getURL('/offscreen.html') in entrypoints/background/platform.ts) but built for Chrome only: Firefox parses in its background page and never creates the offscreen document.",
    },
  ],
};
