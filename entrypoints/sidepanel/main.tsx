import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SidePanel, type PanelExtras } from '../../components/SidePanel';
import type { TabView } from '../../utils/coverage/types';
import type { StoredHighlight } from '../../utils/db/schema';
import { onMessage, sendMessage } from '../../utils/messaging/ui-channel';
import { unwrap } from '../../utils/messaging/result';
import { downloadText } from '../../utils/page/download';
import { extensionI18n } from '../../utils/i18n/translate';
import { renderPage } from '../../components/render-page';

// The reader's language (the browser's), for every word the panel shows.
const i18n = extensionI18n(browser.i18n);

// The panel follows the active tab, or the tab named by ?tabId= (a panel opened as a tab).
const fixedTab = Number(new URLSearchParams(location.search).get('tabId')) || null;

function App() {
  const [tabId, setTabId] = useState<number | null>(fixedTab);
  const [view, setView] = useState<TabView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [highlights, setHighlights] = useState<StoredHighlight[] | null>(null);
  const [marks, setMarksState] = useState<{ site: string | null; enabled: boolean } | null>(null);
  // Each read or change of the marks setting takes a number; only the latest one's answer is shown,
  // so a refresh that started before the reader's click (the view published again) cannot undo it.
  const marksRequest = useRef(0);

  useEffect(() => {
    if (fixedTab) return;
    const pick = () => void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => setTabId(t?.id ?? null));
    pick();
    const onActivated = () => pick();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  const loadExtras = useCallback(async (id: number) => {
    const h = await sendMessage('uiHighlights', { tabId: id }).then(unwrap).catch(() => null);
    setHighlights(h?.url && /^https?:/.test(h.url) ? h.highlights : null);
    const request = ++marksRequest.current;
    const setting = await sendMessage('uiMarksSetting', { tabId: id }).then(unwrap).catch(() => null);
    if (request === marksRequest.current) setMarksState(setting);
  }, []);

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const load = () => {
      void loadExtras(tabId);
      return sendMessage('uiTabView', { tabId })
        .then(unwrap)
        .then((v) => live && (setView(v), setError(null)))
        .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    };
    void load();
    const off = onMessage('bgTabViewChanged', ({ data }) => {
      if (data.tabId === tabId) void load();
    });
    return () => {
      live = false;
      off();
    };
  }, [tabId]);

  const extras: PanelExtras = {
    highlights,
    marks,
    setMarks(enabled) {
      if (tabId === null) return;
      // The box shows the reader's choice at once; the stored setting is read again once it is saved.
      marksRequest.current++;
      setMarksState((m) => (m ? { ...m, enabled } : m));
      // Saved or not, the box then shows what is stored (a failed save puts it back).
      void sendMessage('uiSetMarks', { tabId, enabled })
        .then(unwrap)
        .catch(() => undefined)
        .then(() => loadExtras(tabId));
    },
    notesActions: {
      async edit(id, note, tags) {
        unwrap(await sendMessage('uiEditHighlight', { id, note, tags }));
        if (tabId !== null) await loadExtras(tabId);
      },
      async remove(id) {
        unwrap(await sendMessage('uiDeleteHighlight', { id }));
        if (tabId !== null) await loadExtras(tabId);
      },
      async exportAll(format) {
        const text = unwrap(await sendMessage('uiExportAnnotations', { format }));
        const day = new Date().toISOString().slice(0, 10);
        if (format === 'json') downloadText(document, `crossread-annotations-${day}.json`, text, 'application/ld+json');
        else downloadText(document, `crossread-annotations-${day}.md`, text, 'text/markdown');
      },
    },
  };

  const onCorrect = (articleId: string, verdict: 'same' | 'different' | null) => {
    if (tabId === null) return;
    void sendMessage('uiCorrectMatch', { tabId, articleId, verdict })
      .then(unwrap)
      .then((v) => (setView(v), setError(null)))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  return <SidePanel view={view} error={error} extras={extras} onCorrect={onCorrect} />;
}

renderPage(<App />, i18n, i18n.t('panel_title'));
