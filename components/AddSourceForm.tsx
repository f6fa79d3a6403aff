import { useState } from 'preact/hooks';
import type { SourceView } from '../utils/coverage/types';
import { useI18n } from './i18n-context';

/**
 * Follow a feed by its address or by a site's address: one field, one button. Adding fetches the
 * feed once (and, for a site, its page to find the feed), which can take seconds, so the button
 * says it is busy and the background's plain-words reason is shown when it fails.
 */
export function AddSourceForm(props: { add: (url: string) => Promise<SourceView> }) {
  const i18n = useI18n();
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
      setAdded(i18n.plural('feeds_added', source.items, { name: source.title ?? source.feedUrl }));
      setUrl('');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="add-source" onSubmit={(e) => void submit(e)} aria-busy={busy}>
      <label for="source-url">{i18n.t('feeds_address')}</label>
      <div class="add-source-row">
        <input
          id="source-url"
          type="text"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          placeholder={i18n.t('feeds_address_placeholder')}
          value={url}
          aria-describedby={error ? 'source-url-error' : undefined}
          onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy || !url.trim()}>
          {busy ? i18n.t('feeds_following') : i18n.t('feeds_follow')}
        </button>
      </div>
      {busy && (
        <p role="status" class="note">
          {i18n.t('feeds_fetching_feed')}
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
