import { useState } from 'preact/hooks';
import type { OpmlImportReport } from '../utils/coverage/types';
import { useI18n } from './i18n-context';
import { withParts } from './message-parts';

/** Rejected outlines listed one by one, at most (the rest are counted). */
const LISTED = 200;

/**
 * Subscriptions in and out as OPML, the format every feed reader exports. Import is a button that
 * opens the file picker itself (an input created for the pick, not kept in the page), so the
 * options page keeps a single file input: the corpus import's, which people and tests find as
 * "the" file field. The report says what was added, what was already followed, and each rejected
 * outline with why.
 */
export function OpmlControls(props: { importOpml: (file: File) => Promise<OpmlImportReport>; exportOpml: () => Promise<void> }) {
  const i18n = useI18n();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<OpmlImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (file: File) => {
    setBusy(true);
    setReport(null);
    setError(null);
    try {
      setReport(await props.importOpml(file));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const pick = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.opml,.xml,text/x-opml,application/xml,text/xml';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void run(file);
    });
    input.click();
  };

  const exportAll = () => {
    setError(null);
    props.exportOpml().catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };

  return (
    <div class="opml">
      <p class="buttons">
        <button type="button" onClick={pick} disabled={busy} aria-describedby="opml-note">
          {busy ? i18n.t('feeds_opml_importing') : i18n.t('feeds_opml_import')}
        </button>
        <button type="button" onClick={exportAll}>
          {i18n.t('feeds_opml_export')}
        </button>
      </p>
      <p class="note" id="opml-note">
        {withParts(i18n.t('feeds_opml_note'), { opml: <code>.opml</code>, xml: <code>.xml</code> }, i18n)}
      </p>
      {busy && (
        <p role="status" class="note">
          {i18n.t('feeds_opml_following')}
        </p>
      )}
      {error && (
        <p role="alert" class="state-error">
          {error}
        </p>
      )}
      {report && (
        <div class="import-report" role="status">
          <p>{i18n.plural('feeds_opml_report', report.added, { existing: report.existing, rejected: report.rejected.length })}</p>
          {report.rejected.length > 0 && (
            <ul class="rejected" aria-label={i18n.t('feeds_opml_rejected')}>
              {report.rejected.slice(0, LISTED).map((r, i) => (
                <li key={i}>
                  {r.title
                    ? i18n.t('feeds_opml_rejected_titled', { title: r.title, address: r.xmlUrl || i18n.t('feeds_opml_no_address'), message: r.message })
                    : r.xmlUrl
                      ? i18n.t('feeds_opml_rejected_untitled', { address: r.xmlUrl, message: r.message })
                      : i18n.t('feeds_opml_outline_no_address', { message: r.message })}
                </li>
              ))}
              {report.rejected.length > LISTED && <li>{i18n.plural('opt_more', report.rejected.length - LISTED)}</li>}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
