import { useEffect, useRef, useState } from 'preact/hooks';
import type { ListingAnswer, ListingCursor, ListingFilter, ListingQuery, ListingSort } from '../utils/coverage/corpus-listing';
import { ArticleTable } from './ArticleTable';
import { BulkDelete } from './BulkDelete';
import { ListingFilters } from './ListingFilters';
import { useI18n } from './i18n-context';

/** What the corpus table asks the background for. */
export interface ListingActions {
  list(q: ListingQuery): Promise<ListingAnswer>;
  deleteMatching(filter: ListingFilter, expected: number): Promise<{ removed: number }>;
  deleteArticle(id: string): Promise<void>;
}

const PAGE = 50;
const NEWEST: ListingSort = { key: 'added', descending: true };
const isFiltered = (f: ListingFilter) => Object.values(f).some((v) => v !== null && v !== undefined);

/**
 * The corpus a page at a time: the count ("1,234 of 100,000 articles"), filters and a search, the
 * order, 50 rows with previous / next, and one action that deletes everything the filter matches.
 * It reads one page per change of filter, order or page, and once more when `version` (the corpus
 * generation) changes — never once per article, and never on an import's progress.
 */
export function CorpusListing(props: { version: number | null; actions: ListingActions }) {
  const i18n = useI18n();
  const [filter, setFilter] = useState<ListingFilter>({});
  const [sort, setSort] = useState<ListingSort>(NEWEST);
  // Where each page seen so far starts: the last is the page shown; "previous" drops it.
  const [starts, setStarts] = useState<(ListingCursor | null)[]>([null]);
  // The answer shown, with the number of the page it is (rows and "Rows 51–100" change together).
  const [shown, setShown] = useState<{ answer: ListingAnswer; page: number } | null>(null);
  const answer = shown?.answer ?? null;
  const [facets, setFacets] = useState<ListingAnswer['facets']>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const asked = useRef(0);
  const facetsOf = useRef<number | null | undefined>(undefined);

  const after = starts[starts.length - 1] ?? null;
  useEffect(() => {
    const seq = ++asked.current;
    const wantFacets = facetsOf.current !== props.version;
    props.actions.list({ filter, sort, after, limit: PAGE, facets: wantFacets }).then(
      (a) => {
        if (seq !== asked.current) return;
        // A page emptied by a delete: show the one before it.
        if (a.rows.length === 0 && starts.length > 1) return setStarts((s) => s.slice(0, -1));
        setShown({ answer: a, page: starts.length - 1 });
        setError(null);
        if (a.facets) {
          setFacets(a.facets);
          facetsOf.current = props.version;
        }
      },
      (e: unknown) => seq === asked.current && setError(e instanceof Error ? e.message : String(e)),
    );
  }, [filter, sort, after, props.version]);

  const refilter = (f: ListingFilter) => {
    setFilter(f);
    setStarts([null]);
    setNotice(null);
  };
  const resort = (s: ListingSort) => {
    setSort(s);
    setStarts([null]);
  };
  const first = (shown?.page ?? 0) * PAGE + 1;

  return (
    <div class="listing">
      {answer && (
        <p class="listing-count" role="status">
          {isFiltered(filter) ? i18n.plural('opt_list_of', answer.corpus, { matching: i18n.number(answer.total) }) : i18n.plural('opt_list_all', answer.corpus)}
        </p>
      )}
      {answer && answer.corpus > 0 && <ListingFilters filter={filter} sort={sort} facets={facets} onFilter={refilter} onSort={resort} />}
      {error && (
        <p role="alert" class="state-error">
          {error}
        </p>
      )}
      {notice && <p class="note">{notice}</p>}
      {isFiltered(filter) && answer && answer.total > 0 && (
        <BulkDelete
          count={answer.total}
          onDelete={async () => {
            const { removed } = await props.actions.deleteMatching(filter, answer.total);
            setNotice(i18n.plural('opt_bulk_done', removed));
            setStarts([null]);
          }}
        />
      )}
      {!answer ? (
        !error && <p aria-busy="true">{i18n.t('opt_list_loading')}</p>
      ) : answer.corpus === 0 ? (
        <p class="empty">{i18n.t('opt_empty')}</p>
      ) : answer.rows.length === 0 ? (
        <p class="empty">{i18n.t('opt_list_no_match')}</p>
      ) : (
        <>
          <ArticleTable rows={answer.rows} onDelete={(id) => void props.actions.deleteArticle(id).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))} />
          <nav class="pager buttons" aria-label={i18n.t('opt_table_caption')}>
            <button type="button" disabled={starts.length === 1} onClick={() => setStarts((s) => s.slice(0, -1))}>
              {i18n.t('opt_list_prev')}
            </button>
            <span>{i18n.t('opt_list_rows', { first: i18n.number(first), last: i18n.number(first + answer.rows.length - 1) })}</span>
            <button type="button" disabled={!answer.next} onClick={() => answer.next && setStarts((s) => [...s, answer.next])}>
              {i18n.t('opt_list_next')}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}
