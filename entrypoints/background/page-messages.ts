/**
 * Messages from content scripts: the page's own detection, HTML and highlights. The page's URL and
 * tab always come from the sender, never from the message (serve.ts gives them as `page`).
 */
import { sendToPage, sendToUi } from '../../utils/messaging/background-channel';
import type { PageHandlers } from '../../utils/messaging/serve';
import { sanitizeDetection } from '../../utils/coverage/detection';
import { pageHighlights, reportAnchoring, saveHighlight } from '../../utils/coverage/highlights';
import type { Deps } from './deps';

export function pageHandlers({ dbReady, tabs, ensureAnnotator }: Deps): PageHandlers {
  return {
    async pageDetected(data, page) {
      // The page's process sent it: keep only a verdict of the known shape and size.
      const detection = sanitizeDetection(data?.detection);
      if (!detection) throw new Error('pageDetected needs a detection.');
      const tabId = page.tabId;
      await (await tabs).detected(tabId, page.url, detection);
      if ((await pageHighlights(await dbReady, page.url)).length > 0) {
        // A new annotator loads the highlights itself; one already there (in-page navigation) is told to.
        if (!(await ensureAnnotator(tabId))) void sendToPage('bgHighlightsChanged', null, tabId).catch(() => undefined);
      }
      return null;
    },
    async pageArticle(data, page) {
      if (typeof data?.html !== 'string') throw new Error('pageArticle needs the page HTML.');
      await (await tabs).article(page.tabId, page.url, data.html);
      return null;
    },
    // A page may read and add highlights of its own URL only (taken from the sender, not the message).
    pageHighlights: async (_d, { url }) => pageHighlights(await dbReady, url),
    async pageSaveHighlight(data, { url, tabId }) {
      const h = await saveHighlight(await dbReady, url, data as Parameters<typeof saveHighlight>[2]);
      void sendToUi('bgTabViewChanged', { tabId }).catch(() => undefined);
      return h;
    },
    async pageAnchored(data, { url, tabId }) {
      const ids = Array.isArray(data?.orphaned) ? data.orphaned.filter((x): x is string => typeof x === 'string') : [];
      await reportAnchoring(await dbReady, url, ids);
      void sendToUi('bgTabViewChanged', { tabId }).catch(() => undefined);
      return null;
    },
  };
}
