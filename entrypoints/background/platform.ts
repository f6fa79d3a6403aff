/**
 * What the tab service needs from the browser, for Chrome (offscreen document for parsing) and
 * Firefox (DOMParser in the background page), plus injecting the page annotator on demand.
 */
import { browser, type Browser } from 'wxt/browser';
import { parsePage } from '../../utils/coverage/parse-page';
import type { Platform } from '../../utils/coverage/tab-service';
import { fetchPageHtml } from '../../utils/coverage/menu';
import { sendToOffscreen, sendToPage, sendToUi } from '../../utils/messaging/background-channel';

/** The badge's colour: burnt orange, apart from the icon's blue, with white digits at 7:1 contrast. */
const BADGE_COLOR = '#9a3412';

export interface BrowserPlatform extends Platform {
  /** Injects the annotator into a tab that needs it; true when it was injected now. */
  ensureAnnotator(tabId: number): Promise<boolean>;
}

/** Called from the background's main(): every browser call stays inside it. */
export function createPlatform(): BrowserPlatform {
  const platform: BrowserPlatform = {
    async setBadge(tabId, text) {
      // MV3 has `action`; Firefox's MV2 build has `browserAction`.
      const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
      if (!action) return;
      await action.setBadgeText({ tabId, text }).catch(() => undefined);
      if (text) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => undefined);
    },
    async notifyChanged(tabId) {
      await sendToUi('bgTabViewChanged', { tabId });
    },
    async parseHtml(html, url, analyse) {
      if (typeof DOMParser !== 'undefined') {
        return parsePage(html, url, (h) => new DOMParser().parseFromString(h, 'text/html'), analyse);
      }
      await ensureOffscreen();
      const r = await sendToOffscreen('offscreenExtract', { html, url, analyse });
      if (!r.ok) throw new Error(r.error);
      return r.value;
    },
    fetchHtml: fetchPageHtml,
    ensureAnnotator,
    async sendMarks(tabId, marks) {
      if (marks.length > 0) await ensureAnnotator(tabId);
      else if (!(await hasAnnotator(tabId))) return;
      await sendToPage('bgMarks', { marks }, tabId);
    },
    async snapshotTab(tabId) {
      const [res] = await browser.scripting.executeScript({
        target: { tabId },
        func: () => ({ url: location.href, html: document.documentElement.outerHTML }),
      });
      if (!res?.result) throw new Error('the page did not answer');
      return res.result as { url: string; html: string };
    },
  };

  /** Whether the page's annotator (marks, highlights) is already injected into the tab. */
  async function hasAnnotator(tabId: number): Promise<boolean> {
    const [r] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => !!(globalThis as unknown as { __crossreadAnnotator?: unknown }).__crossreadAnnotator,
    });
    return r?.result === true;
  }
  /** Injects the annotator into a tab that needs it; true when it was injected now. */
  async function ensureAnnotator(tabId: number): Promise<boolean> {
    if (await hasAnnotator(tabId)) return false;
    await browser.scripting.executeScript({ target: { tabId }, files: ['/annotator.js'] });
    return true;
  }

  let offscreenReady: Promise<void> | null = null;
  async function ensureOffscreen(): Promise<void> {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType] });
    if (contexts.length > 0) return;
    offscreenReady ??= browser.offscreen
      .createDocument({
        url: browser.runtime.getURL('/offscreen.html'),
        reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
        justification: 'Parse news pages to extract the article text, off the page main thread.',
      })
      .finally(() => (offscreenReady = null));
    await offscreenReady;
  }

  return platform;
}
