// @vitest-environment jsdom
/**
 * The options page in German and French: the corpus count's plural forms, a feed row's status and
 * last error, and an import's rejected lines, all in the reader's language, and none of the page's
 * English sentences left in the German page.
 */
import { render } from 'preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { I18nContext } from '../../../components/i18n-context';
import { OptionsView, type OptionsActions } from '../../../components/OptionsView';
import type { SourcesActions } from '../../../components/SourcesPanel';
import { parseImport } from '../../../utils/corpus/import';
import { DEFAULT_SETTINGS } from '../../../utils/coverage/settings';
import type { SourcesState, SourceView } from '../../../utils/coverage/types';
import { enAreas } from '../../../utils/i18n/locales';
import { type I18n } from '../../../utils/i18n/translate';
import { tableI18n } from '../../../utils/i18n/table-i18n';
import type { ImportReport } from '../../../utils/coverage/types';
import type { ListingActions } from '../../../components/CorpusListing';
import type { ListingRowView } from '../../../utils/coverage/corpus-listing';

const NOW = Date.now();
const MIN = 60_000;
// The page reads the clock when it draws; held at NOW, a feed fetched 3 minutes before NOW reads so
// however long after this file was loaded the page is drawn (on a slow machine, more than 30 s).
beforeAll(() => void vi.setSystemTime(NOW));
afterAll(() => void vi.useRealTimers());
const de = tableI18n('de');
const fr = tableI18n('fr');

const feed = (s: Partial<SourceView> = {}): SourceView => ({
  id: 'src-1', feedUrl: 'https://harbour.example/feed.xml', title: 'Harbour Gazette', siteUrl: 'https://harbour.example/', intervalMinutes: 60, fullArticle: false,
  lastFetchedAt: NOW - 3 * MIN, nextFetchAt: NOW + 57 * MIN, items: 3, lastError: null, fetching: false, ...s,
});
const sources = (list: SourceView[], articles = 3): SourcesState => ({ sources: list, paused: null, storage: { usage: 12_345_678, quota: null }, articles, feedArticles: 1 });

const never = () => new Promise<never>(() => undefined);
const actions = (importFile: OptionsActions['importFile'] = never): OptionsActions => ({
  importFile, exportCorpus: never, clearCorpus: never, restoreBundled: never, saveSettings: never,
});
const row: ListingRowView = { id: 'a1', title: 'Harbour ferry adds late crossings', lead: null, source: null, published: '2022-03-24', url: null, origin: 'feed', feed: null, addedAt: 1 };
const listing = (corpus: number): ListingActions => ({
  list: async () => ({ rows: [row], next: null, total: 1, corpus, facets: { outlets: [{ value: '', count: 1 }], feeds: [], origins: [{ value: 'feed', count: 1 }], days: { first: '2022-03-24', last: '2022-03-24' } } }),
  deleteMatching: never,
  deleteArticle: never,
});
const sourceActions: SourcesActions = { add: never, refresh: never, importOpml: never, exportOpml: never, update: never, remove: never, items: never };

function page(i18n: I18n, opts: { articles: number; quotes: number; state: SourcesState; importFile?: OptionsActions['importFile'] }): HTMLElement {
  const el = document.body.appendChild(document.createElement('div'));
  render(
    <I18nContext.Provider value={i18n}>
      <OptionsView
        info={{ articles: opts.articles, quotes: opts.quotes, generation: 1 }}
        listing={listing(opts.articles)}
        settings={DEFAULT_SETTINGS}
        watchProgress={() => () => undefined}
        error={null}
        actions={actions(opts.importFile)}
        sources={opts.state}
        sourcesError={null}
        sourceActions={sourceActions}
      />
    </I18nContext.Provider>,
    el,
  );
  return el;
}
// Collapses the markup's line breaks and indents only: no-break spaces are part of the French text.
const text = (el: Element) => el.textContent!.replace(/[ \t\n\r]+/g, ' ');

/** Picks a file in the page's one file field, as a reader would, and waits for the import's report. */
async function pick(el: HTMLElement): Promise<void> {
  const input = el.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File(['x'], 'import.jsonl')], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(el.querySelector('.import-report')).not.toBeNull(), { timeout: 5000, interval: 10 });
}

afterEach(() => {
  document.body.textContent = '';
});

describe('OptionsView in German', () => {
  it('counts the corpus with German plural forms and numbers', () => {
    expect(text(page(de, { articles: 1, quotes: 1, state: sources([]) }))).toContain('1 Bericht und 1 Zitat, in diesem Browser gespeichert.');
    document.body.textContent = '';
    expect(text(page(de, { articles: 1234, quotes: 3, state: sources([]) }))).toContain('1.234 Berichte und 3 Zitate, in diesem Browser gespeichert.');
  });

  it('shows a feed row’s status and last error in German', () => {
    const el = page(de, { articles: 3, quotes: 0, state: sources([feed({ lastError: 'die Website antwortete mit 404 (nicht gefunden)' })]) });
    const row = el.querySelector('tbody.source')!;
    expect(text(row.querySelector('tr')!)).toContain('vor 3 Minuten');
    expect(text(row.querySelector('tr')!)).toContain('in 57 Minuten');
    expect(row.querySelector('select')!.selectedOptions[0]!.textContent).toBe('1 Std.');
    expect(text(row.querySelector('.source-error')!)).toBe('⚠ Letzter Abruf fehlgeschlagen: die Website antwortete mit 404 (nicht gefunden)');
    expect(text(el.querySelector('.sources-summary')!)).toBe('Aus Feeds: 1 von 3 Berichten. Belegter Speicher: 12,3 MB.');
    expect(text(el)).toContain('Ihre Sammlung');
  });

  it('lists an import’s rejected lines in German, with the reason the importer gave in German', async () => {
    const parsed = parseImport('{"id": "a", "text": "ok"}\n{not json\n{"id": "b"}', 0, undefined, de);
    const report: ImportReport = { records: parsed.records, added: 1, replaced: 0, rejected: parsed.errors, corrections: { added: 0, rejected: [] } };
    const el = page(de, { articles: 3, quotes: 0, state: sources([]), importFile: async () => report });
    await pick(el);
    expect(text(el.querySelector('.import-report > p')!)).toBe('1 hinzugefügt, 0 ersetzt, 2 abgelehnt – von 3 Datensätzen.');
    const lines = [...el.querySelectorAll('ul.rejected li')].map((li) => li.textContent);
    expect(lines[0]).toMatch(/^Zeile 2: kein gültiges JSON: /);
    expect(lines[1]).toBe('Zeile 3: „text“ fehlt');
  });

  it('leaves none of the options page’s English sentences in the German page', () => {
    const el = page(de, { articles: 2, quotes: 5, state: sources([feed({ lastError: 'x' })]) });
    const rendered = [text(el), ...[...el.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((e) => ['aria-label', 'placeholder', 'title'].map((a) => e.getAttribute(a) ?? ''))].join('\n');
    // Each English message's fixed words (its text between slots), where German says it otherwise and it is long enough to be a phrase.
    const english = { ...enAreas.options, ...enAreas.feeds } as Record<string, string>;
    const dePhrases = de as unknown as { t(k: string): string };
    const leaks = Object.entries(english)
      .filter(([k, v]) => dePhrases.t(k) !== v)
      .flatMap(([, v]) => v.split(/\{\w+\}/))
      .map((s) => s.trim())
      .filter((s) => s.length >= 12)
      .filter((s) => rendered.includes(s));
    expect(leaks).toEqual([]);
  });
});

describe('OptionsView in French', () => {
  it('counts the corpus with French plural forms: 0 and 1 are singular', () => {
    expect(text(page(fr, { articles: 0, quotes: 1, state: sources([], 0) }))).toContain('0 article et 1 citation, enregistrés dans ce navigateur.');
    document.body.textContent = '';
    expect(text(page(fr, { articles: 2, quotes: 1500, state: sources([], 2) }))).toContain('2 articles et 1\u202f500 citations, enregistrés dans ce navigateur.');
  });

  it('shows a feed row’s status in French, and a feed never fetched yet', () => {
    const el = page(fr, { articles: 3, quotes: 0, state: sources([feed(), feed({ id: 'src-2', title: 'Wire Desk', lastFetchedAt: null, nextFetchAt: NOW - MIN, items: 0 })]) });
    const [first, second] = [...el.querySelectorAll('tbody.source')];
    expect(text(first!.querySelector('tr')!)).toContain('il y a 3 minutes');
    expect(text(second!.querySelector('tr')!)).toContain('pas encore');
    expect(text(second!.querySelector('tr')!)).toContain('prévue maintenant');
    expect(first!.querySelector('button[aria-label="Actualiser maintenant\u00a0: «\u00a0Harbour Gazette\u00a0»"]')).not.toBeNull();
  });

  it('lists an import’s rejected lines in French', async () => {
    const parsed = parseImport('{"text": ""}', 0, undefined, fr);
    const report: ImportReport = { records: 1, added: 0, replaced: 0, rejected: parsed.errors, corrections: { added: 0, rejected: [] } };
    const el = page(fr, { articles: 3, quotes: 0, state: sources([]), importFile: async () => report });
    await pick(el);
    expect(text(el.querySelector('.import-report > p')!)).toBe('Ajoutés\u00a0: 0, remplacés\u00a0: 0, refusés\u00a0: 1, sur 1 enregistrement.');
    expect(el.querySelector('ul.rejected li')!.textContent).toBe('Ligne 1\u00a0: «\u00a0text\u00a0» est vide');
  });
});
