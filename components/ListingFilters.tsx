import { useEffect, useRef, useState } from 'preact/hooks';
import type { ListingFacets, ListingFilter, ListingSort } from '../utils/coverage/corpus-listing';
import { outletName } from '../utils/coverage/format';
import type { MessageKey } from '../utils/i18n/locales';
import type { ArticleOrigin } from '../utils/types';
import { useI18n } from './i18n-context';

/** The orders the table offers, as the sort menu's values. */
export const SORTS: { value: string; sort: ListingSort; label: MessageKey }[] = [
  { value: 'added-desc', sort: { key: 'added', descending: true }, label: 'opt_sort_added_desc' },
  { value: 'added-asc', sort: { key: 'added', descending: false }, label: 'opt_sort_added_asc' },
  { value: 'published-desc', sort: { key: 'published', descending: true }, label: 'opt_sort_published_desc' },
  { value: 'published-asc', sort: { key: 'published', descending: false }, label: 'opt_sort_published_asc' },
  { value: 'title-asc', sort: { key: 'title', descending: false }, label: 'opt_sort_title_asc' },
  { value: 'title-desc', sort: { key: 'title', descending: true }, label: 'opt_sort_title_desc' },
];
export const sortValue = (s: ListingSort) => `${s.key}-${s.descending ? 'desc' : 'asc'}`;

const ORIGIN: Record<ArticleOrigin, MessageKey> = { bundled: 'opt_origin_bundled', import: 'opt_origin_import', read: 'opt_origin_read', feed: 'opt_origin_feed' };
/** How long typing in the search box waits before the list is read again. */
const SEARCH_SETTLE_MS = 250;

/**
 * The corpus table's controls: a search box, the order, and menus for outlet, feed, origin and a
 * date range, each value with its count. Every change is a new filter for the parent to list.
 */
export function ListingFilters(props: { filter: ListingFilter; sort: ListingSort; facets: ListingFacets | null; onFilter: (f: ListingFilter) => void; onSort: (s: ListingSort) => void }) {
  const i18n = useI18n();
  const f = props.filter;
  const [typed, setTyped] = useState(f.search ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => setTyped(f.search ?? ''), [f.search]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const set = (change: ListingFilter) => props.onFilter({ ...f, ...change });
  const search = (text: string) => {
    setTyped(text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => set({ search: text.trim() || null }), SEARCH_SETTLE_MS);
  };
  const menu = (value: string | null | undefined) => (value === null || value === undefined ? '*' : `=${value}`);
  const fromMenu = (v: string) => (v === '*' ? null : v.slice(1));
  const counted = (label: string, count: number) => i18n.t('opt_filter_value', { value: label, count: i18n.number(count) });
  const facets = props.facets;
  const filtered = Object.values(f).some((v) => v !== null && v !== undefined);

  return (
    <div class="listing-filters" role="group" aria-label={i18n.t('opt_list_filters')}>
      <input type="search" aria-label={i18n.t('opt_list_search')} placeholder={i18n.t('opt_list_search')} title={i18n.t('opt_list_search_hint')} value={typed} onInput={(e) => search((e.target as HTMLInputElement).value)} />
      <div class="filter-row">
        <label>
          {i18n.t('opt_list_sort')}
          <select value={sortValue(props.sort)} onChange={(e) => props.onSort(SORTS.find((s) => s.value === (e.target as HTMLSelectElement).value)!.sort)}>
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {i18n.t(s.label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('opt_filter_outlet')}
          <select value={menu(f.outlet)} onChange={(e) => set({ outlet: fromMenu((e.target as HTMLSelectElement).value) })}>
            <option value="*">{i18n.t('opt_filter_any')}</option>
            {facets?.outlets.map((o) => (
              <option key={o.value} value={`=${o.value}`}>
                {counted(o.value ? outletName(o.value, i18n) : i18n.t('opt_filter_no_outlet'), o.count)}
              </option>
            ))}
          </select>
        </label>
        {facets && facets.feeds.some((fd) => fd.value !== '') && (
          <label>
            {i18n.t('opt_filter_feed')}
            <select value={menu(f.feed)} onChange={(e) => set({ feed: fromMenu((e.target as HTMLSelectElement).value) })}>
              <option value="*">{i18n.t('opt_filter_any')}</option>
              {facets.feeds.map((fd) => (
                <option key={fd.value} value={`=${fd.value}`}>
                  {counted(fd.value ? (fd.title ?? fd.value) : i18n.t('opt_filter_no_feed'), fd.count)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {i18n.t('opt_filter_origin')}
          <select value={menu(f.origin)} onChange={(e) => set({ origin: fromMenu((e.target as HTMLSelectElement).value) as ArticleOrigin | null })}>
            <option value="*">{i18n.t('opt_filter_any')}</option>
            {facets?.origins.map((o) => (
              <option key={o.value} value={`=${o.value}`}>
                {counted(i18n.t(ORIGIN[o.value]), o.count)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('opt_filter_from')}
          <input type="date" value={f.from ?? ''} min={facets?.days.first ?? undefined} max={facets?.days.last ?? undefined} onChange={(e) => set({ from: (e.target as HTMLInputElement).value || null })} />
        </label>
        <label>
          {i18n.t('opt_filter_to')}
          <input type="date" value={f.to ?? ''} min={facets?.days.first ?? undefined} max={facets?.days.last ?? undefined} onChange={(e) => set({ to: (e.target as HTMLInputElement).value || null })} />
        </label>
      </div>
      {filtered && (
        <p class="buttons">
          <button type="button" onClick={() => props.onFilter({})}>
            {i18n.t('opt_filter_reset')}
          </button>
        </p>
      )}
    </div>
  );
}
