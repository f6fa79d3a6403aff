import type { ReaderArticle } from '../utils/coverage/types';
import { formatDate, outletName } from '../utils/coverage/format';
import { StateMessage } from './StateMessage';
import { useI18n } from './i18n-context';

/** A corpus article in full, as text, with the quotations Crossread found in it. */
export function ReaderView(props: { article: ReaderArticle | null; error: string | null }) {
  const i18n = useI18n();
  const { article: a, error } = props;
  if (error) {
    return (
      <StateMessage title={i18n.t('reader_not_available')} tone="error">
        <p>{error}</p>
      </StateMessage>
    );
  }
  if (!a) return <StateMessage title={i18n.t('reader_loading')} busy />;
  return (
    <article class="reader">
      <p class="kicker">{outletName(a.source, i18n)}</p>
      <h1>{a.title ?? i18n.t('reader_untitled')}</h1>
      <p class="subject-meta">
        {a.byline && <span>{a.byline}</span>}
        {a.published && <time dateTime={a.published}>{formatDate(a.published, a.publishedInferred, i18n)}</time>}
        {a.url && (
          <a href={a.url} rel="noopener noreferrer" target="_blank">
            {i18n.t('reader_original')}
          </a>
        )}
      </p>
      {a.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {a.quotes.length > 0 && (
        <section class="section" aria-labelledby="reader-quotes">
          <h2 id="reader-quotes">{i18n.t('reader_quotes')}</h2>
          <ul class="statements">
            {a.quotes.map((q, i) => (
              <li class="statement" key={i}>
                <blockquote>{i18n.t('reader_quote', { quote: q.quote })}</blockquote>
                <p class="carriers">{i18n.t('reader_speaker', { speaker: q.speaker ?? i18n.t('reader_unattributed') })}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
