import type { ListingRowView } from '../utils/coverage/corpus-listing';
import type { ArticleOrigin } from '../utils/types';
import { formatDate, outletName, readerHref } from '../utils/coverage/format';
import type { MessageKey } from '../utils/i18n/locales';
import { useI18n } from './i18n-context';

/** How an article came into the corpus, as the table's "From" column says it. */
const ORIGIN: Record<ArticleOrigin, MessageKey> = { bundled: 'opt_origin_bundled', import: 'opt_origin_import', read: 'opt_origin_read', feed: 'opt_origin_feed' };

/**
 * One page of the reader's corpus (CorpusListing reads it), one row an article, each with a
 * delete button. Only the rows of the page are ever rendered, whatever the corpus's size.
 */
export function ArticleTable(props: { rows: ListingRowView[]; onDelete: (id: string) => void }) {
  const i18n = useI18n();
  return (
    <table class="articles">
      <caption class="visually-hidden">{i18n.t('opt_table_caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t('opt_col_title')}</th>
          <th scope="col">{i18n.t('opt_col_outlet')}</th>
          <th scope="col">{i18n.t('opt_col_date')}</th>
          <th scope="col">{i18n.t('opt_col_from')}</th>
          <th scope="col">
            <span class="visually-hidden">{i18n.t('opt_col_actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((a) => (
          <tr key={a.id}>
            <td>
              <a href={readerHref(a.id)} target="_blank" rel="noopener">
                {a.title ?? (a.lead ?? a.id).slice(0, 80)}
              </a>
            </td>
            <td>{outletName(a.source, i18n)}</td>
            <td>{formatDate(a.published, false, i18n)}</td>
            <td>{i18n.t(ORIGIN[a.origin])}</td>
            <td>
              <button type="button" onClick={() => props.onDelete(a.id)} aria-label={i18n.t('opt_delete_label', { title: a.title ?? a.id })}>
                {i18n.t('opt_delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
