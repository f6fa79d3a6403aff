import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './i18n-context';

/**
 * "Delete these N articles…" for what the table's filter or search matches: it asks first, says
 * the count again in the question, and deletes them in one action (the background refuses when
 * the count changed since, so a confirmation never covers articles the reader was not shown).
 */
export function BulkDelete(props: { count: number; onDelete: () => Promise<void> }) {
  const i18n = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Another filter, another count: the question asked for the old one is withdrawn.
  useEffect(() => setConfirming(false), [props.count]);

  const yes = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onDelete();
      setConfirming(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="bulk-delete">
      {confirming ? (
        <p class="confirm buttons" role="group" aria-label={i18n.t('opt_bulk_confirm_label')}>
          <span>{i18n.plural('opt_bulk_confirm', props.count)}</span>
          <button type="button" class="danger" disabled={busy} onClick={() => void yes()}>
            {busy ? i18n.t('opt_bulk_deleting') : i18n.t('opt_bulk_yes')}
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
            {i18n.t('opt_cancel')}
          </button>
        </p>
      ) : (
        <p class="buttons">
          <button type="button" class="danger" onClick={() => (setConfirming(true), setError(null))}>
            {i18n.plural('opt_bulk_delete', props.count)}
          </button>
        </p>
      )}
      {error && (
        <p role="alert" class="state-error">
          {error}
        </p>
      )}
    </div>
  );
}
