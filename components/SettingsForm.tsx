import { useEffect, useState } from 'preact/hooks';
import { RETENTION_LIMITS, type Settings } from '../utils/coverage/settings';
import { useI18n } from './i18n-context';
import { withParts } from './message-parts';

const [MIN_DAYS, MAX_DAYS] = RETENTION_LIMITS.days;
const [MIN_ARTICLES, MAX_ARTICLES] = RETENTION_LIMITS.articles;

/**
 * "Add the news articles I read to my corpus", off until the reader turns it on, with excluded
 * sites; and how long feed articles are kept, so a corpus that fills itself does not fill the disk.
 * What it saves is the loaded settings with these fields changed, so a setting this form does not
 * show is never reset by saving.
 */
export function SettingsForm(props: { settings: Settings | null; save: (s: Settings) => Promise<Settings> }) {
  const i18n = useI18n();
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
      setStatus({ text: i18n.t('opt_saved'), error: false });
    } catch (err) {
      setStatus({ text: err instanceof Error ? err.message : String(err), error: true });
    }
  };

  /** A whole-number field of the retention sentence (named on its own, described by the note below it). */
  const numberField = (id: string, min: number, max: number, value: string, name: string, set: (v: string) => void) => (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={1}
      required
      value={value}
      aria-label={name}
      aria-describedby="retention-note"
      onInput={(e) => set((e.target as HTMLInputElement).value)}
    />
  );
  const daysField = numberField('retention-days', MIN_DAYS, MAX_DAYS, days, i18n.t('opt_retention_days_name'), setDays);
  const maxField = numberField('retention-max', MIN_ARTICLES, MAX_ARTICLES, maxArticles, i18n.t('opt_retention_max_name'), setMaxArticles);

  return (
    <section class="section" aria-labelledby="reading">
      <h2 id="reading">{i18n.t('opt_settings')}</h2>
      <form onSubmit={(e) => void submit(e)}>
        <h3>{i18n.t('opt_read_articles')}</h3>
        <label class="check">
          <input type="checkbox" checked={collect} onChange={(e) => setCollect((e.target as HTMLInputElement).checked)} />
          {i18n.t('opt_collect')}
        </label>
        <p class="note">{i18n.t('opt_collect_note')}</p>
        <label for="excluded">{i18n.t('opt_excluded')}</label>
        <textarea id="excluded" rows={4} value={sites} onInput={(e) => setSites((e.target as HTMLTextAreaElement).value)} />
        <h3>{i18n.t('opt_feed_articles')}</h3>
        <fieldset class="retention">
          <legend class="visually-hidden">{i18n.t('opt_retention_legend')}</legend>
          {/* One sentence with its two fields where each language puts them; each field is named on its own. */}
          <p class="retention-row">{withParts(i18n.t('opt_retention'), { days: daysField, max: maxField }, i18n)}</p>
          <p class="note" id="retention-note">
            {i18n.t('opt_retention_note', { min_days: MIN_DAYS, max_days: MAX_DAYS, min_articles: MIN_ARTICLES, max_articles: MAX_ARTICLES })}
          </p>
        </fieldset>
        <p>
          <button type="submit">{i18n.t('opt_save_settings')}</button>{' '}
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
