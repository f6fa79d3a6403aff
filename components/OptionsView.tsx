import { useState } from 'preact/hooks';
import type { ArticleCard, SourcesState } from '../utils/coverage/types';
import type { Settings } from '../utils/coverage/settings';
import type { CorpusInfo, ImportReport } from '../utils/messaging/protocol';
import type { ArticleOrigin } from '../utils/types';
import { ArticleTable } from './ArticleTable';
import { ImportPanel, type ImportProgress } from './ImportPanel';
import { SettingsForm } from './SettingsForm';
import { SourcesPanel, type SourcesActions } from './SourcesPanel';

/** What the options page can ask the background to do. */
export interface OptionsActions {
  importFile(file: File): Promise<ImportReport>;
  exportCorpus(): Promise<void>;
  deleteArticle(id: string): Promise<void>;
  clearCorpus(): Promise<void>;
  restoreBundled(): Promise<void>;
  saveSettings(s: Settings): Promise<Settings>;
}

/**
 * The reader's corpus: the feeds that fill it (first, as the way most articles arrive), what is
 * in it, import, export, delete, settings, and the privacy promise.
 */
export function OptionsView(props: {
  info: CorpusInfo | null;
  articles: (ArticleCard & { origin: ArticleOrigin })[] | null;
  settings: Settings | null;
  progress: ImportProgress | null;
  error: string | null;
  actions: OptionsActions;
  sources: SourcesState | null;
  sourcesError: string | null;
  sourceActions: SourcesActions;
}) {
  const [confirming, setConfirming] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const act = (work: () => Promise<void>) => () =>
    void work().then(
      () => setActionError(null),
      (e: unknown) => setActionError(e instanceof Error ? e.message : String(e)),
    );

  return (
    <div class="options">
      <h1>Crossread</h1>
      {(props.error || actionError) && (
        <p role="alert" class="state-error">
          {props.error ?? actionError}
        </p>
      )}
      <SourcesPanel state={props.sources} error={props.sourcesError} actions={props.sourceActions} />
      <section class="section" aria-labelledby="corpus">
        <h2 id="corpus">Your corpus</h2>
        {props.info ? (
          <p>
            {props.info.articles} articles and {props.info.quotes} quotations, stored in this browser.
          </p>
        ) : (
          !props.error && <p aria-busy="true">Counting…</p>
        )}
        <p class="buttons">
          <button type="button" onClick={act(props.actions.exportCorpus)}>
            Export corpus (JSON)
          </button>
          <button type="button" onClick={act(props.actions.restoreBundled)}>
            Restore bundled articles
          </button>
          {confirming ? (
            <span class="confirm" role="group" aria-label="Confirm clearing">
              Delete all {props.info?.articles ?? ''} articles?{' '}
              <button type="button" class="danger" onClick={act(async () => (setConfirming(false), props.actions.clearCorpus()))}>
                Yes, delete all
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" class="danger" onClick={() => setConfirming(true)}>
              Clear all…
            </button>
          )}
        </p>
        {props.articles && <ArticleTable articles={props.articles} onDelete={(id) => act(() => props.actions.deleteArticle(id))()} />}
      </section>
      <ImportPanel importFile={props.actions.importFile} progress={props.progress} />
      <SettingsForm settings={props.settings} save={props.actions.saveSettings} />
      <section class="section" aria-labelledby="privacy">
        <h2 id="privacy">Privacy</h2>
        <p>
          Everything stays on this device: the articles, their index and the quotations live in this browser's storage.
          Crossread has no server and no account. It makes network requests only for what you ask: the feeds you follow
          (and, for a feed where you turned on “Fetch the full article”, the pages of its new items), and a link you ask it
          to read with “Find related coverage”.
        </p>
      </section>
    </div>
  );
}
