import { useState } from 'preact/hooks';
import type { CorpusInfo, ImportReport, SourcesState } from '../utils/coverage/types';
import type { Settings } from '../utils/coverage/settings';
import { CorpusListing, type ListingActions } from './CorpusListing';
import { ImportPanel } from './ImportPanel';
import type { WatchProgress } from './ImportProgressBar';
import { SettingsForm } from './SettingsForm';
import { SourcesPanel, type SourcesActions } from './SourcesPanel';
import { useI18n } from './i18n-context';

/** What the options page can ask the background to do. */
export interface OptionsActions {
  importFile(file: File): Promise<ImportReport>;
  exportCorpus(): Promise<void>;
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
  /** Reads the corpus table a page at a time (and deletes from it); it reads again when `info.generation` changes. */
  listing: ListingActions;
  settings: Settings | null;
  watchProgress: WatchProgress;
  error: string | null;
  actions: OptionsActions;
  sources: SourcesState | null;
  sourcesError: string | null;
  sourceActions: SourcesActions;
}) {
  const i18n = useI18n();
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
        <h2 id="corpus">{i18n.t('opt_corpus')}</h2>
        {props.info ? (
          <p>{i18n.plural('opt_corpus_count', props.info.articles, { quotations: i18n.plural('opt_quotations', props.info.quotes) })}</p>
        ) : (
          !props.error && <p aria-busy="true">{i18n.t('opt_counting')}</p>
        )}
        <p class="buttons">
          <button type="button" onClick={act(props.actions.exportCorpus)}>
            {i18n.t('opt_export')}
          </button>
          <button type="button" onClick={act(props.actions.restoreBundled)}>
            {i18n.t('opt_restore')}
          </button>
          {confirming ? (
            <span class="confirm" role="group" aria-label={i18n.t('opt_confirm_clear')}>
              {props.info ? i18n.plural('opt_delete_all', props.info.articles) : i18n.t('opt_delete_all_unknown')}{' '}
              <button type="button" class="danger" onClick={act(async () => (setConfirming(false), props.actions.clearCorpus()))}>
                {i18n.t('opt_yes_delete')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {i18n.t('opt_cancel')}
              </button>
            </span>
          ) : (
            <button type="button" class="danger" onClick={() => setConfirming(true)}>
              {i18n.t('opt_clear')}
            </button>
          )}
        </p>
        <CorpusListing version={props.info?.generation ?? null} actions={props.listing} />
      </section>
      <ImportPanel importFile={props.actions.importFile} watchProgress={props.watchProgress} />
      <SettingsForm settings={props.settings} save={props.actions.saveSettings} />
      <section class="section" aria-labelledby="privacy">
        <h2 id="privacy">{i18n.t('opt_privacy')}</h2>
        <p>{i18n.t('opt_privacy_text', { full_article: i18n.t('feeds_full_article'), find_related: i18n.t('menu_find_related') })}</p>
      </section>
    </div>
  );
}
