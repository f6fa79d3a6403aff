import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import bundled from '../../assets/corpus.json';
import { CoverageEngine, type BundledCorpus } from '../../utils/coverage/engine';
import { HIGHLIGHT_MENU_ID, MENU_ID, NEXT_QUOTE_COMMAND, SAVE_HIGHLIGHT_COMMAND } from '../../utils/coverage/menu';
import { extensionI18n } from '../../utils/i18n/translate';
import { getSettings } from '../../utils/coverage/settings';
import { TabService } from '../../utils/coverage/tab-service';
import { openCrossreadDb } from '../../utils/db/schema';
import { clearTabViews } from '../../utils/db/tabs';
import { sendToPage, sendToUi, servePageMessages, serveUiMessages } from '../../utils/messaging/background-channel';
import { pageHandlers } from './page-messages';
import { createPlatform } from './platform';
import { uiHandlers } from './ui-messages';
import { feedHandlers } from './feed-messages';
import { FeedService } from '../../utils/feeds/service';
import { FEED_ALARM, FEED_ALARM_MINUTES } from '../../utils/feeds/schedule';
import { markWorker, WORKER_MARKS } from '../../utils/coverage/page-timing';

// The background owns the store and the engine; it wires browser events and messages to utils/.
export default defineBackground({
  type: 'module',
  main() {
    markWorker(WORKER_MARKS.main);
    const extensionOrigin = browser.runtime.getURL('/');
    // One translator for everything the background words (the browser's language), shared by the services.
    const i18n = extensionI18n(browser.i18n);
    const dbReady = openCrossreadDb();
    let engineReady: Promise<CoverageEngine> | null = null;
    const engine = () => {
      engineReady ??= dbReady.then((db) => CoverageEngine.open(db, bundled as BundledCorpus)).then((e) => (markWorker(WORKER_MARKS.engineOpen), e));
      engineReady.catch(() => (engineReady = null));
      return engineReady;
    };

    const platform = createPlatform();

    const tabs = dbReady.then((db) => new TabService(db, engine, platform, () => getSettings(db), i18n));

    // Feeds: fetched only from the sources the reader added, by the alarm or when they ask.
    const feeds = dbReady.then(
      (db) =>
        new FeedService(db, engine, {
          fetcher: (input, init) => fetch(input, init),
          now: () => Date.now(),
          readPage: async (url) => platform.parseHtml(await platform.fetchHtml(url), url),
          changed: () => void sendToUi('bgSourcesChanged', null).catch(() => undefined),
          storage: async () => {
            const e = await navigator.storage?.estimate?.();
            return { usage: e?.usage ?? null, quota: e?.quota ?? null };
          },
        }, i18n),
    );
    // Created once (re-creating it on every wake would restart its period, so it might never fire).
    const ensureFeedAlarm = async () => {
      const current = await browser.alarms.get(FEED_ALARM);
      if (!current?.periodInMinutes) await browser.alarms.create(FEED_ALARM, { periodInMinutes: FEED_ALARM_MINUTES, delayInMinutes: 1 });
    };
    void ensureFeedAlarm().catch(() => undefined);
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name !== FEED_ALARM) return;
      void feeds.then((f) => f.refreshDue()).catch(() => undefined).finally(() => void ensureFeedAlarm().catch(() => undefined));
    });

    browser.runtime.onInstalled.addListener(() => {
      void browser.contextMenus.removeAll().then(() => {
        browser.contextMenus.create({ id: MENU_ID, title: i18n.t('menu_find_related'), contexts: ['page', 'selection', 'link'] });
        browser.contextMenus.create({ id: HIGHLIGHT_MENU_ID, title: i18n.t('menu_save_highlight'), contexts: ['selection'] });
      });
      void engine();
    });
    browser.runtime.onStartup.addListener(() => {
      void dbReady.then(clearTabViews);
      void engine();
    });

    const saveSelection = (tabId: number) =>
      void platform.ensureAnnotator(tabId)
        .then(() => sendToPage('bgSaveSelection', null, tabId))
        .catch(() => undefined);
    const nextQuote = (tabId: number) =>
      void platform.ensureAnnotator(tabId)
        .then(() => sendToPage('bgNextMark', null, tabId))
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

    // Each direction registered once, with its sender check (utils/messaging/serve.ts).
    const deps = { dbReady, engine, tabs, feeds, i18n, ensureAnnotator: platform.ensureAnnotator };
    servePageMessages(pageHandlers(deps));
    serveUiMessages(extensionOrigin, { ...uiHandlers(deps), ...feedHandlers(deps) });
  },
});
