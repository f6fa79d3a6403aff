import { useEffect, useState } from 'preact/hooks';
import { RETENTION_LIMITS, type Settings } from '../utils/coverage/settings';

const [MIN_DAYS, MAX_DAYS] = RETENTION_LIMITS.days;
const [MIN_ARTICLES, MAX_ARTICLES] = RETENTION_LIMITS.articles;

/**
 * "Add the news articles I read to my corpus", off until the reader turns it on, with excluded
 * sites; and how long feed articles are kept, so a corpus that fills itself does not fill the disk.
 * What it saves is the loaded settings with these fields changed, so a setting this form does not
 * show is never reset by saving.
 */
export function SettingsForm(props: { settings: Settings | null; save: (s: Settings) => Promise<Settings> }) {
  const [collect, setCollect] = useState(false);
  const [sites, setSites] = useState('');
  const [days, setDays] = useState('');
  const [maxArticles, setMaxArticles] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const show = (s: Settings) => {
    setCollect(s.collectReading);
    setSites(s.excludedSites.join('\n'));
    setDays(String(s.feedRetentionDays));
    setMaxArticles(String(s.feedMaxArticles));
  };
  useEffect(() => {
    if (props.settings) show(props.settings);
  }, [props.settings]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!props.settings) return;
    try {
      const saved = await props.save({
        ...props.settings,
        collectReading: collect,
        excludedSites: sites.split(/[\n,]+/).map((s) => s.trim()).filter(Boolean),
        // The browser checks the bounds first; the background checks them again and answers in words.
        feedRetentionDays: Number(days),
        feedMaxArticles: Number(maxArticles),
      });
      show(saved);
      setStatus({ text: 'Saved.', error: false });
    } catch (err) {
      setStatus({ text: err instanceof Error ? err.message : String(err), error: true });
    }
  };

  return (
    <section class="section" aria-labelledby="reading">
      <h2 id="reading">Settings</h2>
      <form onSubmit={(e) => void submit(e)}>
        <h3>Articles you read</h3>
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
        <h3>Articles from feeds</h3>
        <fieldset class="retention">
          <legend class="visually-hidden">How long feed articles are kept</legend>
          <p class="retention-row">
            <label for="retention-days">Keep feed articles for</label>
            <input
              id="retention-days"
              type="number"
              inputMode="numeric"
              min={MIN_DAYS}
              max={MAX_DAYS}
              step={1}
              required
              value={days}
              aria-describedby="retention-note"
              onInput={(e) => setDays((e.target as HTMLInputElement).value)}
            />
            <span>days,</span>
            <label for="retention-max">and at most</label>
            <input
              id="retention-max"
              type="number"
              inputMode="numeric"
              min={MIN_ARTICLES}
              max={MAX_ARTICLES}
              step={1}
              required
              value={maxArticles}
              aria-describedby="retention-note"
              onInput={(e) => setMaxArticles((e.target as HTMLInputElement).value)}
            />
            <span>feed articles.</span>
          </p>
          <p class="note" id="retention-note">
            Only articles that came from a feed are removed, the oldest first. One you highlighted or annotated is never
            removed, nor any article you imported by hand. From {MIN_DAYS} to {MAX_DAYS.toLocaleString('en')} days; from {MIN_ARTICLES.toLocaleString('en')} to{' '}
            {MAX_ARTICLES.toLocaleString('en')} articles.
          </p>
        </fieldset>
        <p>
          <button type="submit">Save settings</button>{' '}
          {status && (
            <span role={status.error ? 'alert' : 'status'} class={status.error ? 'state-error' : undefined}>
              {status.text}
            </span>
          )}
        </p>
      </form>
    </section>
  );
}
