import { useState } from 'preact/hooks';
import type { ImportReport } from '../utils/messaging/protocol';

export interface ImportProgress {
  phase: 'reading' | 'analysing' | 'saving';
  done: number;
  total: number;
}

/**
 * Import from a JSON or JSON Lines file: a progress bar while it runs, then what was added and a
 * line-by-line list of what was rejected and why.
 */
export function ImportPanel(props: {
  importFile: (file: File) => Promise<ImportReport>;
  progress: ImportProgress | null;
}) {
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

  const p = props.progress;
  return (
    <section class="section" aria-labelledby="import">
      <h2 id="import">Import articles</h2>
      <p class="note">
        A JSON Lines file (one article a line) or a JSON array, each article like{' '}
        <code>{'{"id", "title", "source", "date": "YYYY-MM-DD", "url", "text"}'}</code>. Only <code>text</code> is required.
        An import is all or nothing: if it cannot be saved, your corpus stays as it was. An exported corpus file also
        brings back your “same story” corrections.
      </p>
      <label class="file">
        <span>Choose a file…</span>
        <input type="file" accept=".json,.jsonl,.ndjson,application/json,text/plain" disabled={busy} onChange={(e) => void onChange(e)} />
      </label>
      {busy && (
        <div class="progress" role="status">
          <progress max={p?.total ?? 1} value={p?.done ?? 0} aria-label="Import progress" />
          <span>{p ? `${p.phase === 'reading' ? 'Reading' : p.phase === 'analysing' ? 'Analysing' : 'Saving'} ${p.done} of ${p.total}` : 'Reading the file…'}</span>
        </div>
      )}
      {error && (
        <p role="alert" class="state-error">
          {error}
        </p>
      )}
      {report && (
        <div class="import-report" role="status">
          <p>
            {report.added} added, {report.replaced} replaced, {report.rejected.length} rejected of {report.records} records.
          </p>
          {report.rejected.length > 0 && (
            <ul class="rejected" aria-label="Rejected records">
              {report.rejected.slice(0, 200).map((r) => (
                <li key={r.line}>
                  Line {r.line}: {r.message}
                </li>
              ))}
              {report.rejected.length > 200 && <li>…and {report.rejected.length - 200} more.</li>}
            </ul>
          )}
          {(report.corrections.added > 0 || report.corrections.rejected.length > 0) && (
            <p>
              {report.corrections.added} of your corrections kept, {report.corrections.rejected.length} rejected.
            </p>
          )}
          {report.corrections.rejected.length > 0 && (
            <ul class="rejected" aria-label="Rejected corrections">
              {report.corrections.rejected.slice(0, 200).map((r) => (
                <li key={r.line}>
                  Correction {r.line}: {r.message}
                </li>
              ))}
              {report.corrections.rejected.length > 200 && <li>…and {report.corrections.rejected.length - 200} more.</li>}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
