/**
 * Messages from the extension's own pages (side panel, popup, reader, options): everything that
 * reads or changes the corpus, the settings and the annotations. Refused from anywhere else.
 */
import { browser } from 'wxt/browser';
import bundled from '../../assets/corpus.json';
import type { BundledCorpus } from '../../utils/coverage/engine';
import { annotationsJson, annotationsMarkdown, deleteHighlight, editHighlight, pageHighlights } from '../../utils/coverage/highlights';
import { importText } from '../../utils/coverage/import-service';
import { siteOf } from '../../utils/coverage/urls';
import { getSettings, marksOffSites, setMarks, setSettings } from '../../utils/coverage/settings';
import { allHighlights, getHighlight } from '../../utils/db/highlights';
import { onMessage, sendMessage } from '../../utils/messaging/protocol';
import { fromExtensionPage, toResult } from '../../utils/messaging/result';
import type { Deps } from './deps';

export function registerUiHandlers({ dbReady, engine, tabs, feeds, extensionOrigin, i18n }: Deps): void {
  onMessage('uiTabView', ({ data, sender }) =>
    toResult(async () => {
      if (!fromExtensionPage(sender, extensionOrigin)) throw new Error('uiTabView is for extension pages.');
      if (typeof data?.tabId !== 'number') throw new Error('uiTabView needs a tabId.');
      return (await tabs).view(data.tabId);
    }),
  );
  onMessage('uiSearch', ({ data, sender }) =>
    toResult(async () => {
      if (!fromExtensionPage(sender, extensionOrigin)) throw new Error('uiSearch is for extension pages.');
      if (typeof data?.query !== 'string') throw new Error('uiSearch needs a query.');
      const f = data.filters ?? {};
      const text = (v: unknown) => (typeof v === 'string' && v ? v.slice(0, 200) : null);
      const filters = { outlet: text(f.outlet), feedSource: text(f.feedSource), speaker: text(f.speaker), from: text(f.from), to: text(f.to) };
      return (await engine()).search(data.query.slice(0, 500), Math.min(Number(data.limit) || 20, 100), filters);
    }),
  );
  onMessage('uiArticle', ({ data, sender }) =>
    toResult(async () => {
      if (!fromExtensionPage(sender, extensionOrigin)) throw new Error('uiArticle is for extension pages.');
      if (typeof data?.id !== 'string') throw new Error('uiArticle needs an id.');
      return (await engine()).readerArticle(data.id, i18n);
    }),
  );
  // Everything below reads or changes the reader's corpus: extension pages only.
  const page = <T, R>(name: string, work: (data: T) => Promise<R>) =>
    ({ data, sender }: { data: T; sender: { url?: string } }) =>
      toResult(async () => {
        if (!fromExtensionPage(sender, extensionOrigin)) throw new Error(`${name} is for extension pages.`);
        return work(data);
      });
  onMessage('uiCorpusInfo', page('uiCorpusInfo', async () => (await engine()).corpusInfo()));
  onMessage('uiSearchFacets', page('uiSearchFacets', async () => (await engine()).searchFacets()));
  onMessage('uiListArticles', page('uiListArticles', async () => (await engine()).listArticles()));
  onMessage('uiExport', page('uiExport', async () => (await engine()).exportCorpus()));
  onMessage(
    'uiImport',
    page('uiImport', async (data: { text: string; fileName: string }) => {
      if (typeof data?.text !== 'string') throw new Error('uiImport needs the file text.');
      const progress = (phase: 'reading' | 'analysing' | 'saving') => (done: number, total: number) =>
        void sendMessage('bgImportProgress', { phase, done, total }).catch(() => undefined);
      return importText(await engine(), data.text, progress, i18n);
    }),
  );
  onMessage(
    'uiCorrectMatch',
    page('uiCorrectMatch', async (data: { tabId: number; articleId: string; verdict: 'same' | 'different' | null }) => {
      if (typeof data?.tabId !== 'number' || typeof data.articleId !== 'string') throw new Error('uiCorrectMatch needs a tabId and an articleId.');
      if (data.verdict !== 'same' && data.verdict !== 'different' && data.verdict !== null) throw new Error('uiCorrectMatch needs verdict "same", "different" or null.');
      return (await tabs).correct(data.tabId, data.articleId, data.verdict);
    }),
  );
  onMessage(
    'uiDeleteArticle',
    page('uiDeleteArticle', async (data: { id: string }) => {
      if (typeof data?.id !== 'string') throw new Error('uiDeleteArticle needs an id.');
      await (await engine()).removeArticle(data.id);
      return null;
    }),
  );
  onMessage(
    'uiClearCorpus',
    page('uiClearCorpus', async () => {
      await (await engine()).clearCorpus();
      return null;
    }),
  );
  onMessage(
    'uiRestoreBundled',
    page('uiRestoreBundled', async () => {
      await (await engine()).restoreBundled(bundled as BundledCorpus);
      return null;
    }),
  );
  const tabUrl = async (tabId: unknown) => {
    if (typeof tabId !== 'number') throw new Error('A tabId is needed.');
    return (await browser.tabs.get(tabId)).url ?? null;
  };
  onMessage(
    'uiHighlights',
    page('uiHighlights', async (data: { tabId: number }) => {
      const url = await tabUrl(data?.tabId);
      return { url, highlights: url && /^https?:/.test(url) ? await pageHighlights(await dbReady, url) : [] };
    }),
  );
  const changedOnPage = async (url: string) => {
    for (const t of await browser.tabs.query({})) {
      if (t.id !== undefined && t.url && t.url.split('#')[0] === url) void sendMessage('bgHighlightsChanged', null, t.id).catch(() => undefined);
    }
  };
  onMessage(
    'uiEditHighlight',
    page('uiEditHighlight', async (data: { id: string; note: string; tags: string[] }) => {
      if (typeof data?.id !== 'string') throw new Error('uiEditHighlight needs an id.');
      return editHighlight(await dbReady, data.id, data);
    }),
  );
  onMessage(
    'uiDeleteHighlight',
    page('uiDeleteHighlight', async (data: { id: string }) => {
      if (typeof data?.id !== 'string') throw new Error('uiDeleteHighlight needs an id.');
      const db = await dbReady;
      const h = await getHighlight(db, data.id);
      await deleteHighlight(db, data.id);
      if (h) await changedOnPage(h.url);
      return null;
    }),
  );
  onMessage(
    'uiExportAnnotations',
    page('uiExportAnnotations', async (data: { format: 'markdown' | 'json' }) => {
      const all = await allHighlights(await dbReady);
      return data?.format === 'json' ? annotationsJson(all) : annotationsMarkdown(all, i18n);
    }),
  );
  onMessage(
    'uiMarksSetting',
    page('uiMarksSetting', async (data: { tabId: number }) => {
      const site = siteOf(await tabUrl(data?.tabId));
      return { site, enabled: site === null || !(await marksOffSites(await dbReady)).includes(site) };
    }),
  );
  onMessage(
    'uiSetMarks',
    page('uiSetMarks', async (data: { tabId: number; enabled: boolean }) => {
      const site = siteOf(await tabUrl(data?.tabId));
      if (!site) throw new Error('This tab shows no web site.');
      if (typeof data.enabled !== 'boolean') throw new Error('uiSetMarks needs enabled: true or false.');
      await setMarks(await dbReady, site, data.enabled);
      for (const t of await browser.tabs.query({})) {
        if (t.id !== undefined && siteOf(t.url ?? null) === site) await (await tabs).sendMarks(t.id);
      }
      return null;
    }),
  );
  onMessage('uiGetSettings', page('uiGetSettings', async () => getSettings(await dbReady)));
  onMessage(
    'uiSetSettings',
    page('uiSetSettings', async (data: unknown) => {
      const saved = await setSettings(await dbReady, data, i18n);
      // A lowered retention takes effect now, not at the next fetch that brings something.
      void feeds.then((f) => f.prune()).catch(() => undefined);
      return saved;
    }),
  );
}
