import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SidePanel } from '../../components/SidePanel';
import type { TabView } from '../../utils/coverage/types';
import { onMessage, sendMessage } from '../../utils/messaging/protocol';
import { unwrap } from '../../utils/messaging/result';

// The panel follows the active tab, or the tab named by ?tabId= (a panel opened as a tab).
const fixedTab = Number(new URLSearchParams(location.search).get('tabId')) || null;

function App() {
  const [tabId, setTabId] = useState<number | null>(fixedTab);
  const [view, setView] = useState<TabView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (fixedTab) return;
    const pick = () =>
      void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => setTabId(t?.id ?? null));
    pick();
    const onActivated = () => pick();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const load = () =>
      sendMessage('uiTabView', { tabId })
        .then(unwrap)
        .then((v) => live && (setView(v), setError(null)))
        .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    void load();
    const off = onMessage('bgTabViewChanged', ({ data }) => {
      if (data.tabId === tabId) void load();
    });
    return () => {
      live = false;
      off();
    };
  }, [tabId]);

  return <SidePanel view={view} error={error} />;
}

render(<App />, document.getElementById('app')!);
