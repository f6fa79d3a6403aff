import { useState } from 'preact/hooks';
import type { ImportReport } from '../utils/coverage/types';
import { useI18n } from './i18n-context';
import { ImportProgressBar, type WatchProgress } from './ImportProgressBar';
import { withParts } from './message-parts';

/** Rejections listed one by one, at most (the rest are counted). */
const LISTED = 200;

/**
 * Import from a JSON or JSON Lines file: a progress bar while it runs, then what was added and a
 * line-by-line list of what was rejected and why.
 */
export function ImportPanel(props: {
  importFile: (file: File) => Promise<ImportReport>;
  /** The import's progress notices, shown by a bar of their own while the import runs. */
  watchProgress: WatchProgress;
}) {
  const i18n = useI18n();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onChange = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setReport(null);
    setError(null);
    try {
      setReport(await props.importFile(file));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <section class="section" aria-labelledby="import">
      <h2 id="import">{i18n.t('opt_import')}</h2>
      <p class="note">
        {withParts(i18n.t('opt_import_note'), { example: <code>{'{"id", "title", "source", "date": "YYYY-MM-DD", "url", "text"}'}</code>, text: <code>text</code> }, i18n)}
      </p>
      <label class="file">
        <span>{i18n.t('opt_choose_file')}</span>
        <input type="file" accept=".json,.jsonl,.ndjson,application/json,text/plain" disabled={busy} onChange={(e) => void onChange(e)} />
      </label>
      {busy && <ImportProgressBar watch={props.watchProgress} />}
      {error && (
        <p role="alert" class="state-error">
          {error}
        </p>
      )}
      {report && (
        <div class="import-report" role="status">
          <p>{i18n.plural('opt_import_report', report.records, { added: report.added, replaced: report.replaced, rejected: report.rejected.length })}</p>
          {report.rejected.length > 0 && (
            <ul class="rejected" aria-label={i18n.t('opt_rejected_records')}>
              {report.rejected.slice(0, LISTED).map((r) => (
                // A line number names a place in the file: written as it is, never grouped.
                <li key={r.line}>{i18n.t('opt_line', { line: String(r.line), message: r.message })}</li>
              ))}
              {report.rejected.length > LISTED && <li>{i18n.plural('opt_more', report.rejected.length - LISTED)}</li>}
            </ul>
          )}
          {(report.corrections.added > 0 || report.corrections.rejected.length > 0) && (
            <p>{i18n.t('opt_corrections_report', { added: report.corrections.added, rejected: report.corrections.rejected.length })}</p>
          )}
          {report.corrections.rejected.length > 0 && (
            <ul class="rejected" aria-label={i18n.t('opt_rejected_corrections')}>
              {report.corrections.rejected.slice(0, LISTED).map((r) => (
                <li key={r.line}>{i18n.t('opt_correction_line', { line: String(r.line), message: r.message })}</li>
              ))}
              {report.corrections.rejected.length > LISTED && <li>{i18n.plural('opt_more', report.corrections.rejected.length - LISTED)}</li>}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
