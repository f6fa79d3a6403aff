import { useEffect, useState } from 'preact/hooks';
import type { OpmlImportReport, SourcesState, SourceView } from '../utils/coverage/types';
import { storageLine } from '../utils/coverage/source-format';
import { AddSourceForm } from './AddSourceForm';
import { OpmlControls } from './OpmlControls';
import { SourceRow, type SourceRowActions } from './SourceRow';

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
  const storage = st ? storageLine(st.storage) : null;
  return (
    <section class="section" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Feeds you follow</h2>
      <p class="note">
        Crossread follows no feeds by default, and it requests only the feeds you add here: each on its schedule and when you
        press “Refresh”. Their new articles join your corpus on this device, so today’s news finds its other coverage.
      </p>
      {st?.paused && (
        <p role="alert" class="state-error">
          {st.paused}
          {/refresh all/i.test(st.paused) ? '' : ' “Refresh all” starts fetching again.'}
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
          {st.feedArticles} of {st.articles} articles come from feeds.{storage && ` ${storage}`}
        </p>
      ) : (
        !props.error && <p aria-busy="true">Loading your feeds…</p>
      )}
      {status && (
        <p role="status" class="note">
          {status}
        </p>
      )}
      {st && st.sources.length === 0 && <p class="empty">You follow no feeds yet. Add one above, or import an OPML file from another feed reader.</p>}
      {st && st.sources.length > 0 && (
        <>
          <p class="buttons">
            <button type="button" disabled={refreshingAll} onClick={refreshAll}>
              {refreshingAll ? 'Refreshing all…' : 'Refresh all'}
            </button>
          </p>
          <p class="note" id="full-article-note">
            “Fetch the full article” makes one more request for each new item of that feed, to its site, and reads the whole
            article instead of the feed’s summary. It is off until you turn it on.
          </p>
          <table class="sources">
            <caption class="visually-hidden">Feeds you follow</caption>
            <thead>
              <tr>
                <th scope="col">Feed</th>
                <th scope="col">Last fetched</th>
                <th scope="col" class="num">
                  Articles
                </th>
                <th scope="col">Next fetch</th>
                <th scope="col">Every</th>
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
