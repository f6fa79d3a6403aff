import { useEffect, useState } from 'preact/hooks';
import type { ArticleCard } from '../utils/coverage/types';
import { formatDate, outletName, readerHref } from '../utils/coverage/format';
import { useI18n } from './i18n-context';

/**
 * A followed feed's most recent articles, asked for when the reader opens its row (not with the
 * table: a reader with fifty feeds rarely looks at more than one). Each opens in the reader page,
 * like the corpus table's titles. `version` changes when the feed was fetched again, to re-ask.
 */
export function SourceItems(props: { id: string; title: string; load: (id: string) => Promise<ArticleCard[]>; version: number | null }) {
  const i18n = useI18n();
  const [items, setItems] = useState<ArticleCard[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    props
      .load(props.id)
      .then((list) => live && (setItems(list), setError(null)))
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
  }, [props.id, props.version]);

  if (error)
    return (
      <p role="alert" class="state-error">
        {i18n.t('feeds_items_failed', { error })}
      </p>
    );
  if (!items) return <p aria-busy="true" class="note">{i18n.t('feeds_items_loading')}</p>;
  if (items.length === 0) return <p class="empty">{i18n.t('feeds_items_none')}</p>;
  return (
    <ul class="source-items" aria-label={i18n.t('feeds_items_label', { title: props.title })}>
      {items.map((a) => (
        <li key={a.id}>
          <a href={readerHref(a.id)} target="_blank" rel="noopener">
            {a.title ?? a.snippet.slice(0, 80)}
          </a>{' '}
          <span class="match-meta">
            <span class="outlet">{outletName(a.source, i18n)}</span>
            {a.published && <time dateTime={a.published}>{formatDate(a.published, false, i18n)}</time>}
          </span>
        </li>
      ))}
    </ul>
  );
}
