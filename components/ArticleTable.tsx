import type { ArticleCard } from '../utils/coverage/types';
import type { ArticleOrigin } from '../utils/types';
import { formatDate, outletName, readerHref } from '../utils/coverage/format';

const ORIGIN: Record<ArticleOrigin, string> = { bundled: 'bundled', import: 'imported', read: 'read', feed: 'feed' };

/** The reader's corpus, one row an article, each with a delete button. */
export function ArticleTable(props: { articles: (ArticleCard & { origin: ArticleOrigin })[]; onDelete: (id: string) => void }) {
  if (props.articles.length === 0) return <p class="empty">Your corpus is empty. Import articles, or restore the bundled ones.</p>;
  return (
    <table class="articles">
      <caption class="visually-hidden">Articles in your corpus</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Outlet</th>
          <th scope="col">Date</th>
          <th scope="col">From</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.articles.map((a) => (
          <tr key={a.id}>
            <td>
              <a href={readerHref(a.id)} target="_blank" rel="noopener">
                {a.title ?? a.snippet.slice(0, 80)}
              </a>
            </td>
            <td>{outletName(a.source)}</td>
            <td>{formatDate(a.published)}</td>
            <td>{ORIGIN[a.origin]}</td>
            <td>
              <button type="button" onClick={() => props.onDelete(a.id)} aria-label={`Delete “${a.title ?? a.id}”`}>
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
