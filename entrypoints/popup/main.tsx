import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SearchPanel } from '../../components/SearchPanel';
import { readerHref } from '../../utils/coverage/format';
import type { SearchHit } from '../../utils/coverage/types';
import { sendMessage } from '../../utils/messaging/protocol';
import { unwrap } from '../../utils/messaging/result';

function App() {
  const [size, setSize] = useState<number | null>(null);
  const [windowId, setWindowId] = useState<number | null>(null);
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id ?? null));
    void sendMessage('uiCorpusInfo', null).then(unwrap).then((i) => setSize(i.articles)).catch(() => undefined);
  }, []);
  const search = (q: string) => sendMessage('uiSearch', { query: q }).then(unwrap);
  const open = (hit: SearchHit) => void browser.tabs.create({ url: browser.runtime.getURL(readerHref(hit.articleId) as '/reader.html') });
  const openPanel = () => {
    const sidePanel = (browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> } }).sidePanel;
    const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    // Called straight from the click, with no await before it, so the user gesture still counts.
    if (sidePanel && windowId !== null) void sidePanel.open({ windowId }).then(() => window.close());
    else if (sidebar) void sidebar.open();
  };
  return (
    <>
      <header class="popup-head">
        <h1>Crossread</h1>
        <button type="button" onClick={openPanel}>
          Open side panel
        </button>
      </header>
      <SearchPanel search={search} open={open} corpusSize={size} />
    </>
  );
}

render(<App />, document.getElementById('app')!);
