import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { OptionsView, type OptionsActions } from '../../components/OptionsView';
import type { ImportProgress } from '../../components/ImportPanel';
import type { ArticleCard } from '../../utils/coverage/types';
import type { Settings } from '../../utils/coverage/settings';
import type { CorpusInfo } from '../../utils/messaging/protocol';
import { MAX_IMPORT_CHARS, onMessage, sendMessage } from '../../utils/messaging/protocol';
import { unwrap } from '../../utils/messaging/result';
import { downloadText } from '../../utils/page/download';
import type { ArticleOrigin } from '../../utils/types';

/**
 * The browser's words for a background that stopped mid-import ("message channel closed") mean
 * nothing to a reader: say what happened and that imports are all or nothing.
 */
function importFailure(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/message channel closed|Receiving end does not exist|Could not establish connection|message port closed/i.test(message)) {
    return 'The import was interrupted: Crossread’s background stopped before it finished. Imports are all or nothing, so either every article of the file was added or none was (see the count above). Try again.';
  }
  return message;
}

function App() {
  const [info, setInfo] = useState<CorpusInfo | null>(null);
  const [articles, setArticles] = useState<(ArticleCard & { origin: ArticleOrigin })[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setInfo(unwrap(await sendMessage('uiCorpusInfo', null)));
      setArticles(unwrap(await sendMessage('uiListArticles', null)));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    void refresh();
    void sendMessage('uiGetSettings', null).then(unwrap).then(setSettings).catch(() => undefined);
    return onMessage('bgImportProgress', ({ data }) => setProgress(data));
  }, []);

  const actions: OptionsActions = {
    async importFile(file) {
      if (file.size > MAX_IMPORT_CHARS) throw new Error(`“${file.name}” is ${Math.round(file.size / 1e6)} MB; the limit is ${MAX_IMPORT_CHARS / 1e6} MB. Split it into smaller files.`);
      setProgress(null);
      try {
        return unwrap(await sendMessage('uiImport', { text: await file.text(), fileName: file.name }));
      } catch (err) {
        throw new Error(importFailure(err));
      } finally {
        setProgress(null);
        await refresh();
      }
    },
    async exportCorpus() {
      const text = unwrap(await sendMessage('uiExport', null));
      downloadText(document, `crossread-corpus-${new Date().toISOString().slice(0, 10)}.json`, text, 'application/json');
    },
    async deleteArticle(id) {
      unwrap(await sendMessage('uiDeleteArticle', { id }));
      await refresh();
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

  return <OptionsView info={info} articles={articles} settings={settings} progress={progress} error={error} actions={actions} />;
}

render(<App />, document.getElementById('app')!);
