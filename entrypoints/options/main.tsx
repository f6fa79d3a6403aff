import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n-context';
import { renderPage } from '../../components/render-page';
import { OptionsView, type OptionsActions } from '../../components/OptionsView';
import type { ListingActions } from '../../components/CorpusListing';
import type { WatchProgress } from '../../components/ImportProgressBar';
import type { SourcesActions } from '../../components/SourcesPanel';
import { MAX_IMPORT_CHARS, type CorpusInfo, type SourcesState } from '../../utils/coverage/types';
import type { Settings } from '../../utils/coverage/settings';
import { onMessage, sendMessage } from '../../utils/messaging/ui-channel';
import { unwrap } from '../../utils/messaging/result';
import { downloadText } from '../../utils/page/download';
import { extensionI18n, type I18n } from '../../utils/i18n/translate';

/**
 * The browser's words for a background that stopped mid-import ("message channel closed", or the
 * messaging library's "No response" when the answer never came) mean nothing to a reader: say what
 * happened and that imports are all or nothing.
 */
function importFailure(err: unknown, i18n: I18n): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/message channel closed|Receiving end does not exist|Could not establish connection|message port closed|^No response$/i.test(message)) {
    return i18n.t('opt_import_interrupted');
  }
  return message;
}

/** How long a burst of "sources changed" events (a refresh of fifty feeds sends a hundred) is gathered into one reload. */
const SOURCES_SETTLE_MS = 400;
/**
 * The corpus counts are read at most this often while feeds are fetched; the table's page is read
 * again only when the corpus generation they carry changed (fetches send many events).
 */
const CORPUS_SETTLE_MS = 3000;

/**
 * Runs `work` at most once at a time: a call while it runs asks for one more run after it, and calls
 * in quick succession are gathered after `settleMs`: the corpus is counted (and its table's page read
 * again) once per burst of feed events, never once per event.
 */
function coalesced(work: () => Promise<void>, settleMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  const run = async () => {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await work();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (timer === null) timer = setTimeout(() => void run(), settleMs);
  };
  return schedule;
}

function App() {
  const i18n = useI18n();
  const [info, setInfo] = useState<CorpusInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sources, setSources] = useState<SourcesState | null>(null);
  const [sourcesError, setSourcesError] = useState<string | null>(null);

  // A failed first read is said; a failed re-read after an event keeps the table the reader sees, unflagged (the next event reads again).
  const sourcesLoaded = useRef(false);
  const refreshSources = useCallback(async () => {
    try {
      setSources(unwrap(await sendMessage('uiSources', null)));
      sourcesLoaded.current = true;
      setSourcesError(null);
    } catch (e) {
      if (!sourcesLoaded.current) setSourcesError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  /** The counts, with the corpus generation: the table reads its page again when that changed (CorpusListing). */
  const readCorpus = useCallback(async () => {
    const counted = unwrap(await sendMessage('uiCorpusInfo', null));
    setInfo((old) => (old && old.generation === counted.generation && old.articles === counted.articles && old.quotes === counted.quotes ? old : counted));
  }, []);
  const refresh = useCallback(async () => {
    try {
      await readCorpus();
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  // After feed events a failed re-read keeps the table the reader sees; the next event reads again.
  const refreshIfChanged = useCallback(() => readCorpus().catch(() => undefined), []);

  const scrolled = useRef(false);
  useEffect(() => {
    void refresh();
    void refreshSources();
    void sendMessage('uiGetSettings', null).then(unwrap).then(setSettings).catch(() => undefined);
    // A fetch that ended may have added articles: the feeds' table is read again soon, the corpus table
    // less often and only when the corpus changed.
    const sourcesChanged = coalesced(refreshSources, SOURCES_SETTLE_MS);
    const corpusChanged = coalesced(refreshIfChanged, CORPUS_SETTLE_MS);
    const stopSources = onMessage('bgSourcesChanged', () => (sourcesChanged(), corpusChanged()));
    return () => stopSources();
  }, []);

  // options.html#sources (the popup's "Feeds…") lands on the feeds once they are drawn.
  useEffect(() => {
    if (scrolled.current || !sources || location.hash !== '#sources') return;
    scrolled.current = true;
    document.getElementById('sources')?.scrollIntoView({ block: 'start' });
  }, [sources]);

  const actions: OptionsActions = {
    async importFile(file) {
      if (file.size > MAX_IMPORT_CHARS) throw new Error(i18n.t('opt_file_too_large', { name: file.name, size: Math.round(file.size / 1e6), limit: MAX_IMPORT_CHARS / 1e6 }));
      try {
        return unwrap(await sendMessage('uiImport', { text: await file.text(), fileName: file.name }));
      } catch (err) {
        throw new Error(importFailure(err, i18n));
      } finally {
        // One read of the counts when the import ends: the table reads its page once if the corpus changed.
        await Promise.all([refresh(), refreshSources()]);
      }
    },
    async exportCorpus() {
      const text = unwrap(await sendMessage('uiExport', null));
      downloadText(document, `crossread-corpus-${new Date().toISOString().slice(0, 10)}.json`, text, 'application/json');
    },
    async clearCorpus() {
      unwrap(await sendMessage('uiClearCorpus', null));
      await refresh();
    },
    async restoreBundled() {
      unwrap(await sendMessage('uiRestoreBundled', null));
      await refresh();
    },
    async saveSettings(s) {
      const saved = unwrap(await sendMessage('uiSetSettings', s));
      setSettings(saved);
      return saved;
    },
  };

  const listing: ListingActions = {
    async list(q) {
      return unwrap(await sendMessage('uiListArticles', q));
    },
    async deleteMatching(filter, expected) {
      try {
        return unwrap(await sendMessage('uiDeleteArticles', { filter, expected }));
      } finally {
        await refresh();
      }
    },
    async deleteArticle(id) {
      unwrap(await sendMessage('uiDeleteArticle', { id }));
      await refresh();
    },
  };
  // The import's progress goes to its own bar: a notice re-renders that bar, not this page.
  const watchProgress = useCallback<WatchProgress>((listener) => onMessage('bgImportProgress', ({ data }) => listener(data)), []);

  const sourceActions: SourcesActions = {
    async add(url) {
      const added = unwrap(await sendMessage('uiAddSource', { url }));
      await Promise.all([refreshSources(), refresh()]);
      return added;
    },
    async update(id, change) {
      const updated = unwrap(await sendMessage('uiUpdateSource', { id, ...change }));
      setSources((st) => st && { ...st, sources: st.sources.map((s) => (s.id === id ? updated : s)) });
      return updated;
    },
    async remove(id, removeArticles) {
      const answer = unwrap(await sendMessage('uiRemoveSource', { id, removeArticles }));
      await Promise.all([refreshSources(), refresh()]);
      return answer;
    },
    async refresh(id) {
      setSources(unwrap(await sendMessage('uiRefreshSources', { id })));
      await refresh();
    },
    async importOpml(file) {
      if (file.size > MAX_IMPORT_CHARS) throw new Error(i18n.t('feeds_opml_file_too_large', { name: file.name, size: Math.round(file.size / 1e6) }));
      try {
        return unwrap(await sendMessage('uiImportOpml', { text: await file.text() }));
      } finally {
        await Promise.all([refreshSources(), refresh()]);
      }
    },
    async exportOpml() {
      const text = unwrap(await sendMessage('uiExportOpml', null));
      downloadText(document, `crossread-feeds-${new Date().toISOString().slice(0, 10)}.opml`, text, 'text/x-opml');
    },
    async items(id) {
      return unwrap(await sendMessage('uiSourceItems', { id, limit: 30 }));
    },
  };

  return (
    <OptionsView
      info={info}
      listing={listing}
      settings={settings}
      watchProgress={watchProgress}
      error={error}
      actions={actions}
      sources={sources}
      sourcesError={sourcesError}
      sourceActions={sourceActions}
    />
  );
}

// The browser's language for the whole page: its words, its numbers and dates.
const i18n = extensionI18n(browser.i18n);
renderPage(<App />, i18n, i18n.t('opt_page_title'));
