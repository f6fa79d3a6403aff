/**
 * Messages from content scripts: the page's own detection, HTML and highlights. The page's URL and
 * tab always come from the sender, never from the message.
 */
import { onMessage, sendMessage } from '../../utils/messaging/protocol';
import { fromContentScript, toResult } from '../../utils/messaging/result';
import { sanitizeDetection } from '../../utils/coverage/detection';
import { pageHighlights, reportAnchoring, saveHighlight } from '../../utils/coverage/highlights';
import type { Deps } from './deps';

export function registerPageHandlers({ dbReady, tabs, ensureAnnotator }: Deps): void {
  onMessage('pageDetected', ({ data, sender }) =>
    toResult(async () => {
      if (!fromContentScript(sender)) throw new Error('pageDetected is for content scripts.');
      // The page's process sent it: keep only a verdict of the known shape and size.
      const detection = sanitizeDetection(data?.detection);
      if (!detection) throw new Error('pageDetected needs a detection.');
      const tabId = sender.tab!.id!;
      await (await tabs).detected(tabId, sender.url!, detection);
      if ((await pageHighlights(await dbReady, sender.url!)).length > 0) {
        // A new annotator loads the highlights itself; one already there (in-page navigation) is told to.
        if (!(await ensureAnnotator(tabId))) void sendMessage('bgHighlightsChanged', null, tabId).catch(() => undefined);
      }
      return null;
    }),
  );
  onMessage('pageArticle', ({ data, sender }) =>
    toResult(async () => {
      if (!fromContentScript(sender)) throw new Error('pageArticle is for content scripts.');
      if (typeof data?.html !== 'string') throw new Error('pageArticle needs the page HTML.');
      await (await tabs).article(sender.tab!.id!, sender.url!, data.html);
      return null;
    }),
  );
  // A page may read and add highlights of its own URL only (taken from the sender, not the message).
  const content = <T, R>(name: string, work: (data: T, url: string, tabId: number) => Promise<R>) =>
    ({ data, sender }: { data: T; sender: { url?: string; tab?: { id?: number } } }) =>
      toResult(async () => {
        if (!fromContentScript(sender)) throw new Error(`${name} is for content scripts.`);
        return work(data, sender.url!, sender.tab!.id!);
      });
  onMessage('pageHighlights', content('pageHighlights', async (_d: null, url) => pageHighlights(await dbReady, url)));
  onMessage(
    'pageSaveHighlight',
    content('pageSaveHighlight', async (data: { selectors: unknown; pageTitle: string | null }, url, tabId) => {
      const h = await saveHighlight(await dbReady, url, data as Parameters<typeof saveHighlight>[2]);
      void sendMessage('bgTabViewChanged', { tabId }).catch(() => undefined);
      return h;
    }),
  );
  onMessage(
    'pageAnchored',
    content('pageAnchored', async (data: { orphaned: unknown }, url, tabId) => {
      const ids = Array.isArray(data?.orphaned) ? data.orphaned.filter((x): x is string => typeof x === 'string') : [];
      await reportAnchoring(await dbReady, url, ids);
      void sendMessage('bgTabViewChanged', { tabId }).catch(() => undefined);
      return null;
    }),
  );

}
