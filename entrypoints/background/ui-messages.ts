/**
 * Messages from the extension's own pages (side panel, popup, reader, options): everything that
 * reads or changes the corpus, the settings and the annotations. Served for extension pages only
 * (serve.ts refuses anyone else before a handler runs).
 */
import { browser } from 'wxt/browser';
import bundled from '../../assets/corpus.json';
import type { BundledCorpus } from '../../utils/coverage/engine';
import { annotationsJson, annotationsMarkdown, deleteHighlight, editHighlight, pageHighlights } from '../../utils/coverage/highlights';
import { importText } from '../../utils/coverage/import-service';
import { deleteMatching, listArticlePage, parseFilter, parseListingQuery } from '../../utils/coverage/corpus-listing';
import { siteOf } from '../../utils/coverage/urls';
import { getSettings, marksOffSites, setMarks, setSettings } from '../../utils/coverage/settings';
import { allHighlights, getHighlight } from '../../utils/db/highlights';
import { sendToPage, sendToUi } from '../../utils/messaging/background-channel';
import type { UiHandlers } from '../../utils/messaging/serve';
import type { Deps } from './deps';

export function uiHandlers({ dbReady, engine, tabs, feeds, i18n }: Deps) {
  const tabUrl = async (tabId: unknown) => {
    if (typeof tabId !== 'number') throw new Error('A tabId is needed.');
    return (await browser.tabs.get(tabId)).url ?? null;
  };
  const changedOnPage = async (url: string) => {
    for (const t of await browser.tabs.query({})) {
      if (t.id !== undefined && t.url && t.url.split('#')[0] === url) void sendToPage('bgHighlightsChanged', null, t.id).catch(() => undefined);
    }
  };
  return {
    async uiTabView(data) {
      if (typeof data?.tabId !== 'number') throw new Error('uiTabView needs a tabId.');
      return (await tabs).view(data.tabId);
    },
    async uiSearch(data) {
      if (typeof data?.query !== 'string') throw new Error('uiSearch needs a query.');
      const f = data.filters ?? {};
      const text = (v: unknown) => (typeof v === 'string' && v ? v.slice(0, 200) : null);
      const filters = { outlet: text(f.outlet), feedSource: text(f.feedSource), speaker: text(f.speaker), from: text(f.from), to: text(f.to) };
      return (await engine()).search(data.query.slice(0, 500), Math.min(Number(data.limit) || 20, 100), filters);
    },
    async uiArticle(data) {
      if (typeof data?.id !== 'string') throw new Error('uiArticle needs an id.');
      return (await engine()).readerArticle(data.id, i18n);
    },
    uiCorpusInfo: async () => (await engine()).corpusInfo(),
    uiSearchFacets: async () => (await engine()).searchFacets(),
    async uiListArticles(data) {
      const query = parseListingQuery(data);
      await engine();
      return listArticlePage(await dbReady, query);
    },
    async uiDeleteArticles(data) {
      if (typeof data?.expected !== 'number') throw new Error('uiDeleteArticles needs the expected count.');
      const filter = parseFilter(data.filter);
      const e = await engine();
      return deleteMatching(await dbReady, filter, data.expected, (ids) => e.removeArticles(ids), i18n);
    },
    uiExport: async () => (await engine()).exportCorpus(),
    async uiImport(data) {
      if (typeof data?.text !== 'string') throw new Error('uiImport needs the file text.');
      const progress = (phase: 'reading' | 'analysing' | 'saving') => (done: number, total: number) =>
        void sendToUi('bgImportProgress', { phase, done, total }).catch(() => undefined);
      return importText(await engine(), data.text, progress, i18n);
    },
    async uiCorrectMatch(data) {
      if (typeof data?.tabId !== 'number' || typeof data.articleId !== 'string') throw new Error('uiCorrectMatch needs a tabId and an articleId.');
      if (data.verdict !== 'same' && data.verdict !== 'different' && data.verdict !== null) throw new Error('uiCorrectMatch needs verdict "same", "different" or null.');
      return (await tabs).correct(data.tabId, data.articleId, data.verdict);
    },
    async uiDeleteArticle(data) {
      if (typeof data?.id !== 'string') throw new Error('uiDeleteArticle needs an id.');
      await (await engine()).removeArticle(data.id);
      return null;
    },
    async uiClearCorpus() {
      await (await engine()).clearCorpus();
      return null;
    },
    async uiRestoreBundled() {
      await (await engine()).restoreBundled(bundled as BundledCorpus);
      return null;
    },
    async uiHighlights(data) {
      const url = await tabUrl(data?.tabId);
      return { url, highlights: url && /^https?:/.test(url) ? await pageHighlights(await dbReady, url) : [] };
    },
    async uiEditHighlight(data) {
      if (typeof data?.id !== 'string') throw new Error('uiEditHighlight needs an id.');
      return editHighlight(await dbReady, data.id, data);
    },
    async uiDeleteHighlight(data) {
      if (typeof data?.id !== 'string') throw new Error('uiDeleteHighlight needs an id.');
      const db = await dbReady;
      const h = await getHighlight(db, data.id);
      await deleteHighlight(db, data.id);
      if (h) await changedOnPage(h.url);
      return null;
    },
    async uiExportAnnotations(data) {
      const all = await allHighlights(await dbReady);
      return data?.format === 'json' ? annotationsJson(all) : annotationsMarkdown(all, i18n);
    },
    async uiMarksSetting(data) {
      const site = siteOf(await tabUrl(data?.tabId));
      return { site, enabled: site === null || !(await marksOffSites(await dbReady)).includes(site) };
    },
    async uiSetMarks(data) {
      const site = siteOf(await tabUrl(data?.tabId));
      if (!site) throw new Error('This tab shows no web site.');
      if (typeof data.enabled !== 'boolean') throw new Error('uiSetMarks needs enabled: true or false.');
      await setMarks(await dbReady, site, data.enabled);
      for (const t of await browser.tabs.query({})) {
        if (t.id !== undefined && siteOf(t.url ?? null) === site) await (await tabs).sendMarks(t.id);
      }
      return null;
    },
    uiGetSettings: async () => getSettings(await dbReady),
    async uiSetSettings(data: unknown) {
      const saved = await setSettings(await dbReady, data, i18n);
      // A lowered retention takes effect now, not at the next fetch that brings something.
      void feeds.then((f) => f.prune()).catch(() => undefined);
      return saved;
    },
  } satisfies Partial<UiHandlers>;
}
