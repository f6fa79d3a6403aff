import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../utils/coverage/types';
import type { SearchFacets, SearchFilters } from '../utils/coverage/search';
import { formatDate, outletName } from '../utils/coverage/format';
import { Highlighted } from './Highlighted';

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
        Search your corpus
      </label>
      <input
        id="q"
        type="search"
        placeholder={props.corpusSize === null ? 'Search…' : `Search ${props.corpusSize} articles, quotes, speakers…`}
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
        <summary>Filters{filtered ? ' (on)' : ''}</summary>
        <div class="filter-row">
          <label>
            Outlet
            <select value={filters.outlet ?? ''} onChange={setFilter('outlet')}>
              <option value="">Any</option>
              {props.facets?.outlets.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
          <label>
            Speaker
            <select value={filters.speaker ?? ''} onChange={setFilter('speaker')}>
              <option value="">Anyone</option>
              {props.facets?.speakers.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            From
            <input type="date" value={filters.from ?? ''} onChange={setFilter('from')} />
          </label>
          <label>
            To
            <input type="date" value={filters.to ?? ''} onChange={setFilter('to')} />
          </label>
          {feeds.length > 0 && (
            <label class="filter-wide">
              Feed
              <select value={filters.feedSource ?? ''} onChange={setFilter('feedSource')}>
                <option value="">Any feed</option>
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
      {(query.trim() || filtered) && hits.length === 0 && !error && <p class="empty">Nothing in your corpus matches{query.trim() ? ` “${query}”` : ''}{filtered ? ' with these filters' : ''}.</p>}
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
              <span class="outlet">{outletName(h.source)}</span>
              {h.published && <time>{formatDate(h.published)}</time>}
              <span class="chip">{h.kind === 'quote' ? 'quote' : 'article'}</span>
            </div>
            <div class="hit-title">
              <Highlighted text={h.title ?? '(untitled)'} terms={h.terms} />
            </div>
            {h.kind === 'quote' ? (
              <p class="snippet">
                <span class="speaker-name">
                  <Highlighted text={h.speaker ?? 'Unattributed'} terms={h.terms} />:
                </span>{' '}
                “<Highlighted text={h.text} terms={h.terms} />”
                {h.alsoCarriedBy && h.alsoCarriedBy.length > 0 && <span class="carried"> Also carried by {h.alsoCarriedBy.join(', ')}.</span>}
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
