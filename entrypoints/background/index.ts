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
import { MENU_ID, MENU_TITLE, fetchPageHtml } from '../../utils/coverage/menu';
import { getSettings, setSettings } from '../../utils/coverage/settings';
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
      async snapshotTab(tabId) {
        const [res] = await browser.scripting.executeScript({
          target: { tabId },
          func: () => ({ url: location.href, html: document.documentElement.outerHTML }),
        });
        if (!res?.result) throw new Error('the page did not answer');
        return res.result as { url: string; html: string };
      },
    };

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
      void browser.contextMenus.removeAll().then(() =>
        browser.contextMenus.create({ id: MENU_ID, title: MENU_TITLE, contexts: ['page', 'selection', 'link'] }),
      );
      void engine();
    });
    browser.runtime.onStartup.addListener(() => {
      void dbReady.then(clearTabViews);
      void engine();
    });

    browser.contextMenus.onClicked.addListener((info, tab) => {
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
        await (await tabs).detected(sender.tab!.id!, data.url, data.detection);
        return null;
      }),
    );
    onMessage('pageArticle', ({ data, sender }) =>
      toResult(async () => {
        if (!fromContentScript(sender)) throw new Error('pageArticle is for content scripts.');
        if (typeof data.html !== 'string' || typeof data.url !== 'string') throw new Error('pageArticle needs html and url.');
        await (await tabs).article(sender.tab!.id!, data.url, data.html);
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
        return (await engine()).search(data.query.slice(0, 500), Math.min(data.limit ?? 20, 100));
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
    onMessage('uiGetSettings', page('uiGetSettings', async () => getSettings(await dbReady)));
    onMessage('uiSetSettings', page('uiSetSettings', async (data: unknown) => setSettings(await dbReady, data)));
  },
});
