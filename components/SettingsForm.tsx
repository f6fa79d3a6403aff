import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../utils/coverage/settings';

/** "Add the news articles I read to my corpus", off until the reader turns it on, with excluded sites. */
export function SettingsForm(props: { settings: Settings | null; save: (s: Settings) => Promise<Settings> }) {
  const [collect, setCollect] = useState(false);
  const [sites, setSites] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    if (!props.settings) return;
    setCollect(props.settings.collectReading);
    setSites(props.settings.excludedSites.join('\n'));
  }, [props.settings]);

  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const saved = await props.save({ ...props.settings!, collectReading: collect, excludedSites: sites.split(/[\n,]+/).map((s) => s.trim()).filter(Boolean) });
      setSites(saved.excludedSites.join('\n'));
      setStatus('Saved.');
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section class="section" aria-labelledby="reading">
      <h2 id="reading">Articles you read</h2>
      <form onSubmit={(e) => void submit(e)}>
        <label class="check">
          <input type="checkbox" checked={collect} onChange={(e) => setCollect((e.target as HTMLInputElement).checked)} />
          Add the news articles I read to my corpus
        </label>
        <p class="note">
          When this is on, each news article you open (except on the sites below) is added to your corpus on this device, so
          later coverage of the same story can be found. It is off until you turn it on.
        </p>
        <label for="excluded">Never add articles from these sites (one per line):</label>
        <textarea id="excluded" rows={4} value={sites} onInput={(e) => setSites((e.target as HTMLTextAreaElement).value)} />
        <p>
          <button type="submit">Save settings</button> {status && <span role="status">{status}</span>}
        </p>
      </form>
    </section>
  );
}
