import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n-context';
import { renderPage } from '../../components/render-page';
import { SearchPanel } from '../../components/SearchPanel';
import { readerHref } from '../../utils/coverage/format';
import type { SearchHit } from '../../utils/coverage/types';
import type { SearchFacets, SearchFilters } from '../../utils/coverage/search';
import { sendMessage } from '../../utils/messaging/ui-channel';
import { unwrap } from '../../utils/messaging/result';
import { extensionI18n } from '../../utils/i18n/translate';

function App() {
  const i18n = useI18n();
  const [size, setSize] = useState<number | null>(null);
  const [windowId, setWindowId] = useState<number | null>(null);
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id ?? null));
    void sendMessage('uiCorpusInfo', null).then(unwrap).then((i) => setSize(i.articles)).catch(() => undefined);
  }, []);
  const [facets, setFacets] = useState<SearchFacets | null>(null);
  useEffect(() => {
    void sendMessage('uiSearchFacets', null).then(unwrap).then(setFacets).catch(() => undefined);
  }, []);
  const search = (q: string, filters: SearchFilters) => sendMessage('uiSearch', { query: q, filters }).then(unwrap);
  // An article already open in a tab is shown there; otherwise in the reader page.
  const open = async (hit: SearchHit) => {
    const article = await sendMessage('uiArticle', { id: hit.articleId }).then(unwrap).catch(() => null);
    const url = article?.url;
    const open = url ? (await browser.tabs.query({})).find((t) => t.url?.split('#')[0] === url.split('#')[0]) : undefined;
    if (open?.id !== undefined) {
      await browser.tabs.update(open.id, { active: true });
      if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    } else {
      await browser.tabs.create({ url: browser.runtime.getURL(readerHref(hit.articleId) as '/reader.html') });
    }
  };
  const openPanel = () => {
    const sidePanel = (browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> } }).sidePanel;
    const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    // Called straight from the click, with no await before it, so the user gesture still counts.
    if (sidePanel && windowId !== null) void sidePanel.open({ windowId }).then(() => window.close());
    else if (sidebar) void sidebar.open();
  };
  // The feeds live on the options page; open it at its "Feeds you follow" section.
  const openSources = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#sources' as '/options.html') }).then(() => window.close());
  };
  return (
    <>
      <header class="popup-head">
        <h1>Crossread</h1>
        <span class="buttons">
          <button type="button" onClick={openSources}>
            {i18n.t('popup_feeds')}
          </button>
          <button type="button" onClick={openPanel}>
            {i18n.t('popup_open_panel')}
          </button>
        </span>
      </header>
      <SearchPanel search={search} open={(h) => void open(h)} corpusSize={size} facets={facets} />
    </>
  );
}

// The browser's language for the whole popup: its words, its numbers and dates.
const i18n = extensionI18n(browser.i18n);
renderPage(<App />, i18n, i18n.t('popup_page_title'));
