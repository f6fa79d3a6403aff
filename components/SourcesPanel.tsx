import { useEffect, useState } from 'preact/hooks';
import type { OpmlImportReport, SourcesState, SourceView } from '../utils/coverage/types';
import { storageLine } from '../utils/coverage/source-format';
import { AddSourceForm } from './AddSourceForm';
import { OpmlControls } from './OpmlControls';
import { SourceRow, type SourceRowActions } from './SourceRow';
import { useI18n } from './i18n-context';

/** What the feeds section can ask the background to do. */
export interface SourcesActions extends SourceRowActions {
  add(url: string): Promise<SourceView>;
  /** Fetch one source (id) or all (null) now; resumes paused fetching. */
  refresh(id: string | null): Promise<void>;
  importOpml(file: File): Promise<OpmlImportReport>;
  exportOpml(): Promise<void>;
}

/** How often "3 minutes ago" is worked out again while the page stays open. */
const TICK_MS = 30_000;

/**
 * "Feeds you follow" (options.html#sources): the one place a reader adds, imports, schedules and
 * removes the feeds that fill their corpus, and sees which ones fail and why. It says plainly what
 * Crossread requests, since following a feed is the only thing that makes it fetch on its own.
 */
export function SourcesPanel(props: { state: SourcesState | null; error: string | null; actions: SourcesActions }) {
  const i18n = useI18n();
  const [now, setNow] = useState(() => Date.now());
  const [refreshingAll, setRefreshingAll] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(t);
  }, []);
  // A new state (a fetch ended) is read against the current time, not the last tick's.
  useEffect(() => setNow(Date.now()), [props.state]);

  const refreshAll = () => {
    setRefreshingAll(true);
    setActionError(null);
    props.actions
      .refresh(null)
      .catch((err: unknown) => setActionError(err instanceof Error ? err.message : String(err)))
      .finally(() => setRefreshingAll(false));
  };

  const st = props.state;
  const storage = st ? storageLine(st.storage, i18n) : null;
  const refreshAllLabel = i18n.t('feeds_refresh_all');
  // A pause the service wrote says how to resume (with this button's name); one from an older version may not.
  const paused = st?.paused ? (st.paused.includes(refreshAllLabel) || /refresh all/i.test(st.paused) ? st.paused : i18n.t('feeds_paused_resume', { reason: st.paused, refresh_all: refreshAllLabel })) : null;
  return (
    <section class="section" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{i18n.t('feeds_title')}</h2>
      <p class="note">{i18n.t('feeds_note', { refresh: i18n.t('feeds_refresh') })}</p>
      {paused && (
        <p role="alert" class="state-error">
          {paused}
        </p>
      )}
      {(props.error || actionError) && (
        <p role="alert" class="state-error">
          {props.error ?? actionError}
        </p>
      )}
      <AddSourceForm add={props.actions.add} />
      <OpmlControls importOpml={props.actions.importOpml} exportOpml={props.actions.exportOpml} />
      {st ? (
        <p class="sources-summary">
          {i18n.plural('feeds_summary', st.articles, { feed: st.feedArticles })}
          {storage && ` ${storage}`}
        </p>
      ) : (
        !props.error && <p aria-busy="true">{i18n.t('feeds_loading')}</p>
      )}
      {status && (
        <p role="status" class="note">
          {status}
        </p>
      )}
      {st && st.sources.length === 0 && <p class="empty">{i18n.t('feeds_none')}</p>}
      {st && st.sources.length > 0 && (
        <>
          <p class="buttons">
            <button type="button" disabled={refreshingAll} onClick={refreshAll}>
              {refreshingAll ? i18n.t('feeds_refreshing_all') : refreshAllLabel}
            </button>
          </p>
          <p class="note" id="full-article-note">
            {i18n.t('feeds_full_note', { full_article: i18n.t('feeds_full_article') })}
          </p>
          <table class="sources">
            <caption class="visually-hidden">{i18n.t('feeds_title')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('feeds_col_feed')}</th>
                <th scope="col">{i18n.t('feeds_col_last')}</th>
                <th scope="col" class="num">
                  {i18n.t('feeds_col_articles')}
                </th>
                <th scope="col">{i18n.t('feeds_col_next')}</th>
                <th scope="col">{i18n.t('feeds_col_every')}</th>
              </tr>
            </thead>
            {st.sources.map((s) => (
              <SourceRow key={s.id} source={s} now={now} fullArticleNoteId="full-article-note" actions={props.actions} removed={setStatus} />
            ))}
          </table>
        </>
      )}
    </section>
  );
}
