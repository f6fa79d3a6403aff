import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import bundled from '../../assets/corpus.json';
import { CoverageEngine, type BundledCorpus } from '../../utils/coverage/engine';
import { parsePage } from '../../utils/coverage/parse-page';
import { TabService, type Platform } from '../../utils/coverage/tab-service';
import { clearTabViews } from '../../utils/db/tabs';
import { openCrossreadDb } from '../../utils/db/schema';
import { onMessage, sendMessage } from '../../utils/messaging/protocol';
import { fromContentScript, fromExtensionPage, toResult } from '../../utils/messaging/result';
import { HIGHLIGHT_MENU_ID, HIGHLIGHT_MENU_TITLE, MENU_ID, MENU_TITLE, SAVE_HIGHLIGHT_COMMAND, NEXT_QUOTE_COMMAND, fetchPageHtml } from '../../utils/coverage/menu';
import { annotationsJson, annotationsMarkdown, deleteHighlight, editHighlight, pageHighlights, reportAnchoring, saveHighlight } from '../../utils/coverage/highlights';
import { allHighlights } from '../../utils/db/highlights';
import { siteOf } from '../../utils/coverage/marks';
import { getSettings, marksOffSites, setMarks, setSettings } from '../../utils/coverage/settings';
import { importText } from '../../utils/coverage/import-service';

export default defineBackground({
  type: 'module',
  main() {
    const extensionOrigin = browser.runtime.getURL('/');
    const dbReady = openCrossreadDb();
    let engineReady: Promise<CoverageEngine> | null = null;
    const engine = () => {
      engineReady ??= dbReady.then((db) => CoverageEngine.open(db, bundled as BundledCorpus));
      engineReady.catch(() => (engineReady = null));
      return engineReady;
    };

    const platform: Platform = {
      async setBadge(tabId, text) {
        await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
        if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5f8b' }).catch(() => undefined);
      },
      async notifyChanged(tabId) {
        await sendMessage('bgTabViewChanged', { tabId });
      },
      async parseHtml(html, url) {
        if (typeof DOMParser !== 'undefined') {
          return parsePage(html, url, (h) => new DOMParser().parseFromString(h, 'text/html'));
        }
        await ensureOffscreen();
        const r = await sendMessage('offscreenExtract', { html, url });
        if (!r.ok) throw new Error(r.error);
        return r.value;
      },
      fetchHtml: fetchPageHtml,
      async sendMarks(tabId, marks) {
        if (marks.length > 0) await ensureAnnotator(tabId);
        else if (!(await hasAnnotator(tabId))) return;
        await sendMessage('bgMarks', { marks }, tabId);
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

    const tabs = dbReady.then((db) => new TabService(db, engine, platform, () => getSettings(db)));

    browser.runtime.onInstalled.addListener(() => {
      void browser.contextMenus.removeAll().then(() => {
        browser.contextMenus.create({ id: MENU_ID, title: MENU_TITLE, contexts: ['page', 'selection', 'link'] });
        browser.contextMenus.create({ id: HIGHLIGHT_MENU_ID, title: HIGHLIGHT_MENU_TITLE, contexts: ['selection'] });
      });
      void engine();
    });
    browser.runtime.onStartup.addListener(() => {
      void dbReady.then(clearTabViews);
      void engine();
    });

    const saveSelection = (tabId: number) =>
      void ensureAnnotator(tabId)
        .then(() => sendMessage('bgSaveSelection', null, tabId))
        .catch(() => undefined);
    const nextQuote = (tabId: number) =>
      void ensureAnnotator(tabId)
        .then(() => sendMessage('bgNextMark', null, tabId))
        .catch(() => undefined);
    browser.commands?.onCommand.addListener((command, tab) => {
      const run = command === SAVE_HIGHLIGHT_COMMAND ? saveSelection : command === NEXT_QUOTE_COMMAND ? nextQuote : null;
      if (!run) return;
      if (tab?.id !== undefined) run(tab.id);
      else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t?.id !== undefined && run(t.id));
    });

    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === HIGHLIGHT_MENU_ID && tab?.id !== undefined) return saveSelection(tab.id);
      if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
      // Open the panel before any await: the user gesture is lost after the first one.
      const sidePanel = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }).sidePanel;
      const sidebarAction = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
      if (sidePanel) void sidePanel.open({ tabId: tab.id }).catch(() => undefined);
      else if (sidebarAction) void sidebarAction.open().catch(() => undefined);
      const click = {
        selectionText: info.selectionText,
        linkUrl: info.linkUrl,
        linkText: (info as { linkText?: string }).linkText,
        pageUrl: info.pageUrl,
      };
      void tabs.then((t) => t.menu(tab.id!, click));
    });

    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.url) void tabs.then((t) => t.navigated(tabId));
    });
    browser.tabs.onRemoved.addListener((tabId) => void tabs.then((t) => t.closed(tabId)));

    onMessage('pageDetected', ({ data, sender }) =>
      toResult(async () => {
        if (!fromContentScript(sender)) throw new Error('pageDetected is for content scripts.');
        if (typeof data?.detection?.isArticle !== 'boolean') throw new Error('pageDetected needs a detection.');
        const tabId = sender.tab!.id!;
        await (await tabs).detected(tabId, sender.url!, data.detection);
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
        const filters = { outlet: text(f.outlet), speaker: text(f.speaker), from: text(f.from), to: text(f.to) };
        return (await engine()).search(data.query.slice(0, 500), Math.min(Number(data.limit) || 20, 100), filters);
      }),
    );
    onMessage('uiArticle', ({ data, sender }) =>
      toResult(async () => {
        if (!fromExtensionPage(sender, extensionOrigin)) throw new Error('uiArticle is for extension pages.');
        if (typeof data?.id !== 'string') throw new Error('uiArticle needs an id.');
        return (await engine()).readerArticle(data.id);
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
        return importText(await engine(), data.text, progress);
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
        const h = await db.get('highlights', data.id);
        await deleteHighlight(db, data.id);
        if (h) await changedOnPage(h.url);
        return null;
      }),
    );
    onMessage(
      'uiExportAnnotations',
      page('uiExportAnnotations', async (data: { format: 'markdown' | 'json' }) => {
        const all = await allHighlights(await dbReady);
        return data?.format === 'json' ? annotationsJson(all) : annotationsMarkdown(all);
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
    onMessage('uiSetSettings', page('uiSetSettings', async (data: unknown) => setSettings(await dbReady, data)));
  },
});
