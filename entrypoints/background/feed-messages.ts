/**
 * Messages from the extension's own pages about the feeds the reader follows: list, add, change,
 * remove, refresh now, OPML in and out, a source's items. Refused from anywhere else.
 */
import { onMessage } from '../../utils/messaging/protocol';
import { fromExtensionPage, toResult } from '../../utils/messaging/result';
import type { Deps } from './deps';

/** Largest OPML text accepted (a list of thousands of feeds is well under it). */
const MAX_OPML_CHARS = 5_000_000;

export function registerFeedHandlers({ feeds, extensionOrigin, i18n }: Deps): void {
  const page = <T, R>(name: string, work: (data: T) => Promise<R>) =>
    ({ data, sender }: { data: T; sender: { url?: string } }) =>
      toResult(async () => {
        if (!fromExtensionPage(sender, extensionOrigin)) throw new Error(`${name} is for extension pages.`);
        return work(data);
      });
  const id = (data: unknown, name: string): string => {
    const v = (data as { id?: unknown } | null)?.id;
    if (typeof v !== 'string' || !v) throw new Error(`${name} needs a source id.`);
    return v;
  };
  onMessage('uiSources', page('uiSources', async () => (await feeds).state()));
  onMessage(
    'uiAddSource',
    page('uiAddSource', async (data: { url: string }) => {
      if (typeof data?.url !== 'string' || data.url.length > 2000) throw new Error('uiAddSource needs the address of a feed or a site.');
      return (await feeds).add(data.url);
    }),
  );
  onMessage(
    'uiUpdateSource',
    page('uiUpdateSource', async (data: { id: string; intervalMinutes?: number; fullArticle?: boolean }) =>
      (await feeds).update(id(data, 'uiUpdateSource'), { intervalMinutes: data.intervalMinutes, fullArticle: data.fullArticle }),
    ),
  );
  onMessage(
    'uiRemoveSource',
    page('uiRemoveSource', async (data: { id: string; removeArticles: boolean }) => {
      if (typeof data?.removeArticles !== 'boolean') throw new Error('uiRemoveSource needs removeArticles: true or false.');
      return (await feeds).remove(id(data, 'uiRemoveSource'), data.removeArticles);
    }),
  );
  onMessage(
    'uiRefreshSources',
    page('uiRefreshSources', async (data: { id: string | null }) => {
      const service = await feeds;
      await service.refreshNow(data?.id === null || data?.id === undefined ? null : id(data, 'uiRefreshSources'));
      return service.state();
    }),
  );
  onMessage(
    'uiImportOpml',
    page('uiImportOpml', async (data: { text: string }) => {
      if (typeof data?.text !== 'string') throw new Error('uiImportOpml needs the file text.');
      if (data.text.length > MAX_OPML_CHARS) throw new Error(i18n.t('feeds_opml_text_too_large', { size: Math.round(data.text.length / 1e6) }));
      const service = await feeds;
      const report = await service.importOpml(data.text);
      // The new subscriptions are due now: fetch them (a few at a time) without making the page wait.
      if (report.added > 0) void service.refreshDue().catch(() => undefined);
      return report;
    }),
  );
  onMessage('uiExportOpml', page('uiExportOpml', async () => (await feeds).exportOpml()));
  onMessage(
    'uiSourceItems',
    page('uiSourceItems', async (data: { id: string; limit?: number }) => (await feeds).items(id(data, 'uiSourceItems'), Math.min(Number(data.limit) || 50, 500))),
  );
}
