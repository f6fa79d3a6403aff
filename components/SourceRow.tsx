import { useState } from 'preact/hooks';
import type { ArticleCard, SourceView } from '../utils/coverage/types';
import { absoluteTime, hostOf, INTERVAL_CHOICES, intervalLabel, linkableUrl, nextFetchLabel, relativeTime } from '../utils/coverage/source-format';
import { SourceItems } from './SourceItems';
import { useI18n } from './i18n-context';

/** What a source's row can ask for (the options page passes the background's answers through). */
export interface SourceRowActions {
  update(id: string, change: { intervalMinutes?: number; fullArticle?: boolean }): Promise<SourceView>;
  remove(id: string, removeArticles: boolean): Promise<{ removedArticles: number }>;
  refresh(id: string): Promise<void>;
  items(id: string): Promise<ArticleCard[]>;
}

/** A reader's name for a feed: its own title, else the host it lives on. */
export function sourceName(s: SourceView): string {
  return s.title?.trim() || hostOf(s.feedUrl);
}

const COLUMNS = 5;

/**
 * One followed feed as a group of table rows (its own tbody): what it is and when it was and will
 * be fetched; its last error in plain words, set apart so a failing feed is seen at a glance; its
 * schedule and "fetch the full article"; refresh, its recent articles, and removal, which asks
 * first and keeps the feed's articles unless the reader ticks otherwise.
 */
export function SourceRow(props: { source: SourceView; now: number; fullArticleNoteId: string; actions: SourceRowActions; removed: (message: string) => void }) {
  const i18n = useI18n();
  const s = props.source;
  const name = sourceName(s);
  const site = linkableUrl(s.siteUrl);
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [alsoArticles, setAlsoArticles] = useState(false);
  const [pending, setPending] = useState<{ intervalMinutes?: number; fullArticle?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rowId = `source-${s.id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const change = (c: { intervalMinutes?: number; fullArticle?: boolean }) => {
    setPending(c);
    void run(() => props.actions.update(s.id, c)).finally(() => setPending(null));
  };
  const refresh = () => {
    setBusy(true);
    void run(() => props.actions.refresh(s.id)).finally(() => setBusy(false));
  };
  const remove = () =>
    void run(async () => {
      const { removedArticles } = await props.actions.remove(s.id, alsoArticles);
      props.removed(alsoArticles ? i18n.plural('feeds_removed_with', removedArticles, { name }) : i18n.t('feeds_removed_kept', { name }));
    });

  const interval = pending?.intervalMinutes ?? s.intervalMinutes;
  const choices: number[] = INTERVAL_CHOICES.includes(interval as (typeof INTERVAL_CHOICES)[number]) ? [...INTERVAL_CHOICES] : [...INTERVAL_CHOICES, interval].sort((a, b) => a - b);
  const fetching = s.fetching || busy;

  return (
    <tbody class={s.lastError ? 'source failing' : 'source'}>
      <tr class="source-main">
        <th scope="row">
          <span class="source-name">
            {site ? (
              <a href={site} target="_blank" rel="noopener noreferrer">
                {name}
              </a>
            ) : (
              name
            )}
          </span>
          <span class="feed-url">{s.feedUrl}</span>
        </th>
        <td>
          {fetching ? (
            <span aria-busy="true">{i18n.t('feeds_fetching')}</span>
          ) : s.lastFetchedAt !== null ? (
            <time dateTime={new Date(s.lastFetchedAt).toISOString()} title={absoluteTime(s.lastFetchedAt, i18n)}>
              {relativeTime(s.lastFetchedAt, props.now, i18n)}
            </time>
          ) : (
            i18n.t('feeds_not_yet')
          )}
        </td>
        <td class="num">{i18n.number(s.items)}</td>
        <td>
          <time dateTime={new Date(s.nextFetchAt).toISOString()} title={absoluteTime(s.nextFetchAt, i18n)}>
            {nextFetchLabel(s.nextFetchAt, props.now, fetching, i18n)}
          </time>
        </td>
        <td>
          <label class="visually-hidden" for={`${rowId}-interval`}>
            {i18n.t('feeds_interval_label', { name })}
          </label>
          <select id={`${rowId}-interval`} value={String(interval)} disabled={pending !== null} onChange={(e) => change({ intervalMinutes: Number((e.target as HTMLSelectElement).value) })}>
            {choices.map((m) => (
              <option key={m} value={String(m)}>
                {intervalLabel(m, i18n)}
              </option>
            ))}
          </select>
        </td>
      </tr>
      {s.lastError && (
        <tr class="source-error-row">
          <td colSpan={COLUMNS}>
            <p class="source-error">
              <span aria-hidden="true">⚠ </span>
              <strong>{i18n.t('feeds_last_failed')}</strong> {s.lastError}
            </p>
          </td>
        </tr>
      )}
      <tr class="source-controls">
        <td colSpan={COLUMNS}>
          <div class="buttons">
            <label class="check-inline">
              <input
                type="checkbox"
                checked={pending?.fullArticle ?? s.fullArticle}
                disabled={pending !== null}
                aria-describedby={props.fullArticleNoteId}
                onChange={(e) => change({ fullArticle: (e.target as HTMLInputElement).checked })}
              />
              {i18n.t('feeds_full_article')}
            </label>
            <button
              type="button"
              aria-expanded={open}
              aria-controls={open ? `${rowId}-items` : undefined}
              aria-label={i18n.t(open ? 'feeds_hide_articles_of' : 'feeds_show_articles_of', { name })}
              onClick={() => setOpen((o) => !o)}
            >
              {i18n.t(open ? 'feeds_hide_articles' : 'feeds_show_articles')}
            </button>
            <button type="button" disabled={fetching} aria-label={i18n.t('feeds_refresh_now_of', { name })} onClick={refresh}>
              {i18n.t('feeds_refresh_now')}
            </button>
            {!confirming && (
              <button type="button" class="danger" aria-label={i18n.t('feeds_remove_of', { name })} onClick={() => (setAlsoArticles(false), setConfirming(true))}>
                {i18n.t('feeds_remove')}
              </button>
            )}
          </div>
          {confirming && (
            <div class="confirm" role="group" aria-label={i18n.t('feeds_confirm_remove_of', { name })}>
              <p>{i18n.t('feeds_stop_following', { name })}</p>
              <label class="check-inline">
                <input type="checkbox" checked={alsoArticles} onChange={(e) => setAlsoArticles((e.target as HTMLInputElement).checked)} />
                {i18n.plural('feeds_also_remove', s.items)}
              </label>
              <p class="buttons">
                <button type="button" class="danger" onClick={remove}>
                  {i18n.t('feeds_remove_confirm')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {i18n.t('feeds_cancel')}
                </button>
              </p>
            </div>
          )}
          {error && (
            <p role="alert" class="state-error">
              {error}
            </p>
          )}
        </td>
      </tr>
      {open && (
        <tr class="source-items-row" id={`${rowId}-items`}>
          <td colSpan={COLUMNS}>
            <SourceItems id={s.id} title={name} load={props.actions.items} version={s.lastFetchedAt} />
          </td>
        </tr>
      )}
    </tbody>
  );
}
