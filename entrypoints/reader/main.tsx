import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ReaderView } from '../../components/ReaderView';
import type { ReaderArticle } from '../../utils/coverage/types';
import { sendMessage } from '../../utils/messaging/protocol';
import { unwrap } from '../../utils/messaging/result';

function App() {
  const [article, setArticle] = useState<ReaderArticle | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('id');
    if (!id) return setError('No article was named.');
    void sendMessage('uiArticle', { id })
      .then(unwrap)
      .then((a) => {
        setArticle(a);
        document.title = `${a.title ?? 'Article'} — Crossread`;
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return <ReaderView article={article} error={error} />;
}

render(<App />, document.getElementById('app')!);
