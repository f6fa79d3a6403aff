import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../utils/coverage/types';
import type { SearchFacets, SearchFilters } from '../utils/coverage/search';
import { formatDate, outletName } from '../utils/coverage/format';
import { Highlighted } from './Highlighted';
import { useI18n } from './i18n-context';
import { withParts } from './message-parts';

/**
 * Search as you type over the corpus, with arrow keys to move and Enter to open, so the popup
 * works without a mouse. Filters narrow it to an outlet, a followed feed (offered only once a
 * feed has articles), a speaker or dates.
 */
export function SearchPanel(props: {
  search: (q: string, filters: SearchFilters) => Promise<SearchHit[]>;
  open: (hit: SearchHit) => void;
  corpusSize: number | null;
  facets: SearchFacets | null;
}) {
  const i18n = useI18n();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [showFilters, setShowFilters] = useState(false);
  const setFilter = (k: keyof SearchFilters) => (e: Event) =>
    setFilters((f) => ({ ...f, [k]: (e.target as HTMLInputElement | HTMLSelectElement).value || null }));
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const n = ++seq.current;
    const t = setTimeout(() => {
      props
        .search(query, filters)
        .then((h) => n === seq.current && (setHits(h), setActive(0), setError(null)))
        .catch((e: unknown) => n === seq.current && setError(e instanceof Error ? e.message : String(e)));
    }, 60);
    return () => clearTimeout(t);
  }, [query, filters]);
  const filtered = !!(filters.outlet || filters.feedSource || filters.speaker || filters.from || filters.to);
  const feeds = props.facets?.sources ?? [];
  const q = query.trim();
  const empty = q ? i18n.t(filtered ? 'popup_empty_query_filtered' : 'popup_empty_query', { query }) : i18n.t('popup_empty_filtered');

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      setActive((a) => Math.min(a + 1, hits.length - 1));
      e.preventDefault();
    } else if (e.key === 'ArrowUp') {
      setActive((a) => Math.max(a - 1, 0));
      e.preventDefault();
    } else if (e.key === 'Enter' && hits[active]) {
      props.open(hits[active]);
      e.preventDefault();
    }
  };

  return (
    <div class="search">
      <label for="q" class="visually-hidden">
        {i18n.t('popup_search_label')}
      </label>
      <input
        id="q"
        type="search"
        placeholder={props.corpusSize === null ? i18n.t('popup_placeholder') : i18n.plural('popup_placeholder_count', props.corpusSize)}
        value={query}
        autoFocus
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="results"
        aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={onKey}
      />
      <details class="filters" open={showFilters} onToggle={(e) => setShowFilters((e.target as HTMLDetailsElement).open)}>
        <summary>{i18n.t(filtered ? 'popup_filters_on' : 'popup_filters')}</summary>
        <div class="filter-row">
          <label>
            {i18n.t('popup_outlet')}
            <select value={filters.outlet ?? ''} onChange={setFilter('outlet')}>
              <option value="">{i18n.t('popup_any_outlet')}</option>
              {props.facets?.outlets.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
          <label>
            {i18n.t('popup_speaker')}
            <select value={filters.speaker ?? ''} onChange={setFilter('speaker')}>
              <option value="">{i18n.t('popup_anyone')}</option>
              {props.facets?.speakers.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            {i18n.t('popup_from')}
            <input type="date" value={filters.from ?? ''} onChange={setFilter('from')} />
          </label>
          <label>
            {i18n.t('popup_to')}
            <input type="date" value={filters.to ?? ''} onChange={setFilter('to')} />
          </label>
          {feeds.length > 0 && (
            <label class="filter-wide">
              {i18n.t('popup_feed')}
              <select value={filters.feedSource ?? ''} onChange={setFilter('feedSource')}>
                <option value="">{i18n.t('popup_any_feed')}</option>
                {feeds.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.title}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </details>
      {error && <p role="alert" class="state-error">{error}</p>}
      {(q || filtered) && hits.length === 0 && !error && <p class="empty">{empty}</p>}
      <ul id="results" role="listbox" class="hits">
        {hits.map((h, i) => (
          <li
            id={`hit-${i}`}
            key={`${h.kind}-${h.articleId}-${i}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'hit active' : 'hit'}
            onMouseEnter={() => setActive(i)}
            onClick={() => props.open(h)}
          >
            <div class="match-meta">
              <span class="outlet">{outletName(h.source, i18n)}</span>
              {h.published && <time>{formatDate(h.published, false, i18n)}</time>}
              <span class="chip">{i18n.t(h.kind === 'quote' ? 'popup_kind_quote' : 'popup_kind_article')}</span>
            </div>
            <div class="hit-title">
              <Highlighted text={h.title ?? i18n.t('popup_untitled')} terms={h.terms} />
            </div>
            {h.kind === 'quote' ? (
              <p class="snippet">
                {withParts(
                  i18n.t('popup_said'),
                  {
                    speaker: (
                      <span class="speaker-name">
                        <Highlighted text={h.speaker ?? i18n.t('popup_unattributed')} terms={h.terms} />
                      </span>
                    ),
                    quote: <Highlighted text={h.text} terms={h.terms} />,
                  },
                  i18n,
                )}
                {h.alsoCarriedBy && h.alsoCarriedBy.length > 0 && <span class="carried"> {i18n.t('popup_also_carried', { outlets: i18n.list(h.alsoCarriedBy) })}</span>}
              </p>
            ) : (
              <p class="snippet">
                <Highlighted text={h.text} terms={h.terms} />
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
