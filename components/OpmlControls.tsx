import { useState } from 'preact/hooks';
import type { OpmlImportReport } from '../utils/coverage/types';

/**
 * Subscriptions in and out as OPML, the format every feed reader exports. Import is a button that
 * opens the file picker itself (an input created for the pick, not kept in the page), so the
 * options page keeps a single file input: the corpus import's, which people and tests find as
 * "the" file field. The report says what was added, what was already followed, and each rejected
 * outline with why.
 */
export function OpmlControls(props: { importOpml: (file: File) => Promise<OpmlImportReport>; exportOpml: () => Promise<void> }) {
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
          {busy ? 'Importing OPML…' : 'Import OPML…'}
        </button>
        <button type="button" onClick={exportAll}>
          Export OPML
        </button>
      </p>
      <p class="note" id="opml-note">
        An OPML file (<code>.opml</code> or <code>.xml</code>) from another feed reader: every feed in it is followed and fetched once.
      </p>
      {busy && (
        <p role="status" class="note">
          Following the feeds of the file…
        </p>
      )}
      {error && (
        <p role="alert" class="state-error">
          {error}
        </p>
      )}
      {report && (
        <div class="import-report" role="status">
          <p>
            Added {report.added} {report.added === 1 ? 'feed' : 'feeds'}, {report.existing} already followed, {report.rejected.length} rejected.
          </p>
          {report.rejected.length > 0 && (
            <ul class="rejected" aria-label="Rejected subscriptions">
              {report.rejected.slice(0, 200).map((r, i) => (
                <li key={i}>
                  {r.title ? `${r.title} (${r.xmlUrl || 'no address'})` : r.xmlUrl || 'An outline with no address'}: {r.message}
                </li>
              ))}
              {report.rejected.length > 200 && <li>…and {report.rejected.length - 200} more.</li>}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
