import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n-context';
import { renderPage } from '../../components/render-page';
import { ReaderView } from '../../components/ReaderView';
import { extensionI18n } from '../../utils/i18n/translate';
import type { ReaderArticle } from '../../utils/coverage/types';
import { sendMessage } from '../../utils/messaging/ui-channel';
import { unwrap } from '../../utils/messaging/result';

function App() {
  const i18n = useI18n();
  const [article, setArticle] = useState<ReaderArticle | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('id');
    if (!id) return setError(i18n.t('reader_no_id'));
    void sendMessage('uiArticle', { id })
      .then(unwrap)
      .then((a) => {
        setArticle(a);
        document.title = a.title ? i18n.t('reader_doc_title', { title: a.title }) : i18n.t('reader_doc_title_untitled');
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return <ReaderView article={article} error={error} />;
}

// The browser's language for the whole page: its words, its numbers and dates.
const i18n = extensionI18n(browser.i18n);
renderPage(<App />, i18n, i18n.t('reader_page_title'));
