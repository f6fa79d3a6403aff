import { useState } from 'preact/hooks';
import type { SourceView } from '../utils/coverage/types';

/**
 * Follow a feed by its address or by a site's address: one field, one button. Adding fetches the
 * feed once (and, for a site, its page to find the feed), which can take seconds, so the button
 * says it is busy and the background's plain-words reason is shown when it fails.
 */
export function AddSourceForm(props: { add: (url: string) => Promise<SourceView> }) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const wanted = url.trim();
    if (!wanted || busy) return;
    setBusy(true);
    setError(null);
    setAdded(null);
    try {
      const source = await props.add(wanted);
      setAdded(`Now following “${source.title ?? source.feedUrl}” (${source.items} ${source.items === 1 ? 'article' : 'articles'} so far).`);
      setUrl('');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="add-source" onSubmit={(e) => void submit(e)} aria-busy={busy}>
      <label for="source-url">Feed or site address</label>
      <div class="add-source-row">
        <input
          id="source-url"
          type="text"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          placeholder="https://example.com/feed.xml or example.com"
          value={url}
          aria-describedby={error ? 'source-url-error' : undefined}
          onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy || !url.trim()}>
          {busy ? 'Following…' : 'Follow'}
        </button>
      </div>
      {busy && (
        <p role="status" class="note">
          Fetching the feed…
        </p>
      )}
      {error && (
        <p role="alert" id="source-url-error" class="state-error">
          {error}
        </p>
      )}
      {added && (
        <p role="status" class="note">
          {added}
        </p>
      )}
    </form>
  );
}
