import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../utils/coverage/types';
import { formatDate, outletName } from '../utils/coverage/format';

/**
 * Search as you type over the corpus, with arrow keys to move and Enter to open, so the popup
 * works without a mouse.
 */
export function SearchPanel(props: {
  search: (q: string) => Promise<SearchHit[]>;
  open: (hit: SearchHit) => void;
  corpusSize: number | null;
}) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const n = ++seq.current;
    const t = setTimeout(() => {
      props
        .search(query)
        .then((h) => n === seq.current && (setHits(h), setActive(0), setError(null)))
        .catch((e: unknown) => n === seq.current && setError(e instanceof Error ? e.message : String(e)));
    }, 60);
    return () => clearTimeout(t);
  }, [query]);

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
      {error && <p role="alert" class="state-error">{error}</p>}
      {query.trim() && hits.length === 0 && !error && <p class="empty">Nothing in your corpus matches “{query}”.</p>}
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
            <div class="hit-title">{h.title ?? '(untitled)'}</div>
            {h.kind === 'quote' ? (
              <p class="snippet">
                <span class="speaker-name">{h.speaker ?? 'Unattributed'}:</span> “{h.text}”
              </p>
            ) : (
              <p class="snippet">{h.text}</p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
