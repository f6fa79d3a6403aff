import type { ReaderArticle } from '../utils/coverage/types';
import { formatDate, outletName } from '../utils/coverage/format';
import { StateMessage } from './StateMessage';

/** A corpus article in full, as text, with the quotations Crossread found in it. */
export function ReaderView(props: { article: ReaderArticle | null; error: string | null }) {
  const { article: a, error } = props;
  if (error) {
    return (
      <StateMessage title="Article not available" tone="error">
        <p>{error}</p>
      </StateMessage>
    );
  }
  if (!a) return <StateMessage title="Loading…" busy />;
  return (
    <article class="reader">
      <p class="kicker">{outletName(a.source)}</p>
      <h1>{a.title ?? 'Untitled article'}</h1>
      <p class="subject-meta">
        {a.byline && <span>{a.byline}</span>}
        {a.published && <time dateTime={a.published}>{formatDate(a.published, a.publishedInferred)}</time>}
        {a.url && (
          <a href={a.url} rel="noopener noreferrer" target="_blank">
            Original page
          </a>
        )}
      </p>
      {a.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {a.quotes.length > 0 && (
        <section class="section" aria-labelledby="reader-quotes">
          <h2 id="reader-quotes">Quotations in this article</h2>
          <ul class="statements">
            {a.quotes.map((q, i) => (
              <li class="statement" key={i}>
                <blockquote>“{q.quote}”</blockquote>
                <p class="carriers">— {q.speaker ?? 'Unattributed'}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
