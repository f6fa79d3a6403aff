/**
 * Messages from the extension's own pages about the feeds the reader follows: list, add, change,
 * remove, refresh now, OPML in and out, a source's items. Served for extension pages only
 * (serve.ts refuses anyone else before a handler runs).
 */
import type { UiHandlers } from '../../utils/messaging/serve';
import type { Deps } from './deps';

/** Largest OPML text accepted (a list of thousands of feeds is well under it). */
const MAX_OPML_CHARS = 5_000_000;

export function feedHandlers({ feeds, i18n }: Deps) {
  const id = (data: unknown, name: string): string => {
    const v = (data as { id?: unknown } | null)?.id;
    if (typeof v !== 'string' || !v) throw new Error(`${name} needs a source id.`);
    return v;
  };
  return {
    uiSources: async () => (await feeds).state(),
    async uiAddSource(data) {
      if (typeof data?.url !== 'string' || data.url.length > 2000) throw new Error('uiAddSource needs the address of a feed or a site.');
      return (await feeds).add(data.url);
    },
    uiUpdateSource: async (data) =>
      (await feeds).update(id(data, 'uiUpdateSource'), { intervalMinutes: data.intervalMinutes, fullArticle: data.fullArticle }),
    async uiRemoveSource(data) {
      if (typeof data?.removeArticles !== 'boolean') throw new Error('uiRemoveSource needs removeArticles: true or false.');
      return (await feeds).remove(id(data, 'uiRemoveSource'), data.removeArticles);
    },
    async uiRefreshSources(data) {
      const service = await feeds;
      await service.refreshNow(data?.id === null || data?.id === undefined ? null : id(data, 'uiRefreshSources'));
      return service.state();
    },
    async uiImportOpml(data) {
      if (typeof data?.text !== 'string') throw new Error('uiImportOpml needs the file text.');
      if (data.text.length > MAX_OPML_CHARS) throw new Error(i18n.t('feeds_opml_text_too_large', { size: Math.round(data.text.length / 1e6) }));
      const service = await feeds;
      const report = await service.importOpml(data.text);
      // The new subscriptions are due now: fetch them (a few at a time) without making the page wait.
      if (report.added > 0) void service.refreshDue().catch(() => undefined);
      return report;
    },
    uiExportOpml: async () => (await feeds).exportOpml(),
    uiSourceItems: async (data) => (await feeds).items(id(data, 'uiSourceItems'), Math.min(Number(data.limit) || 50, 500)),
  } satisfies Partial<UiHandlers>;
}
