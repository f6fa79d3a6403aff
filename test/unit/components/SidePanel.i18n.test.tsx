// @vitest-environment jsdom
/**
 * The side panel in German and French: plural forms of counts, who quoted and who paraphrased, the
 * wording labels, the not-an-article line and its reasons, a contradiction; and no English message
 * of the panel's area leaks into a translated render.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanel } from '../../../components/SidePanel';
import { I18nContext } from '../../../components/i18n-context';
import { detectionWords } from '../../../utils/article/verdict-words';
import type { MatchCard, QuoteCarrier, TabView } from '../../../utils/coverage/types';
import { panel as enPanel } from '../../../utils/i18n/locales/en/panel';
import { tables } from '../../../utils/i18n/locales/tables';
import { english, type I18n } from '../../../utils/i18n/translate';
import { tableI18n } from '../../../utils/i18n/table-i18n';

const card = (id: string, c: Partial<MatchCard> = {}): MatchCard => ({
  id, title: `Title ${id}`, source: `Outlet ${id}`, published: '2022-03-24', url: null, snippet: 'Snippet.', score: 0.87, tier: 'same-story',
  reasons: { names: ['NATO'], terms: [], days: 3, eventDays: null, contradictions: [] }, ...c,
});

const carrier = (c: Partial<QuoteCarrier> & Pick<QuoteCarrier, 'source' | 'quote'>): QuoteCarrier => ({
  articleId: c.source ?? 'x', kind: 'direct', published: null, first: false, onThisPage: false, diff: null, change: null, ...c,
});

/** A page with three other reports of its story (one contradicting it), one republication, and a speaker quoted and paraphrased. */
function ready(sameStory: MatchCard[]): TabView {
  return {
    state: 'ready',
    subject: { kind: 'page', title: 'Nato summit', source: 'The Times', byline: null, published: '2022-03-24', url: 'https://example.com/a', excerpt: null, corpusId: null },
    detection: null,
    corpusSize: 12,
    sameStory,
    duplicates: [card('dup', { tier: 'duplicate' })],
    related: [],
    speakers: [
      {
        speaker: 'Jens Stoltenberg',
        pronoun: 'him',
        statements: [
          {
            id: 's1',
            text: 'We will discuss efforts to continue supporting Ukraine',
            kind: 'direct',
            carriers: [
              carrier({ source: 'The Times', quote: 'We will discuss efforts to continue supporting Ukraine' }),
              carrier({ source: 'Reuters', quote: 'they would discuss efforts', kind: 'indirect', change: 'quote-paraphrased' }),
              carrier({ source: 'AP', quote: 'they would discuss efforts', kind: 'indirect' }),
              carrier({ source: 'CNN', quote: 'We will discuss efforts', change: 'cut', diff: [{ op: 'same', text: 'We will discuss efforts' }, { op: 'del', text: 'to continue supporting Ukraine' }] }),
            ],
          },
        ],
      },
    ],
    additions: [{ articleId: 'x', source: 'Reuters', sentence: 'Some 40,000 troops are in the east.', facts: ['40,000'] }],
    notice: null,
  };
}

const THREE = [card('a'), card('b', { reasons: { names: [], terms: ['summit'], days: 1, contradictions: [{ kind: 'years', query: ['2019'], match: ['2021'] }] } }), card('c')];

const NOT_ARTICLE: TabView = {
  state: 'not-article',
  url: 'https://example.com/',
  corpusSize: 12,
  detection: { isArticle: false, confidence: 0.02, kind: 'headlines', ...detectionWords({ plural: 'detect_kind_headline_list', count: 42 }, [{ plural: 'detect_why_headlines_no_story', count: 42 }, { key: 'detect_why_home_address' }]) },
};

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.textContent = '';
});

function show(view: TabView, i18n: I18n): HTMLElement {
  const el = root();
  render(
    <I18nContext.Provider value={i18n}>
      <SidePanel view={view} error={null} onCorrect={() => undefined} />
    </I18nContext.Provider>,
    el,
  );
  return el;
}

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim(); // no-break spaces kept
const countOf = (el: HTMLElement, id: string): string | null => el.querySelector(`#${id} .count`)!.getAttribute('title');

/** Everything a reader sees or hears of a render: its text and its titles and labels. */
function said(el: HTMLElement): string {
  const attrs = [...el.querySelectorAll('[title], [aria-label]')].flatMap((e) => [e.getAttribute('title') ?? '', e.getAttribute('aria-label') ?? '']);
  return [el.textContent ?? '', ...attrs].join('\n');
}

/**
 * The English words of the panel's messages that the language writes otherwise: each message's
 * text between its slots, long enough not to be a word both languages share.
 */
function englishOnly(lang: 'de' | 'fr'): string[] {
  const table = tables[lang];
  return Object.entries(enPanel).flatMap(([k, v]) => (table[k] === v ? [] : v.split(/\{\w+\}/).map((s) => s.trim()).filter((s) => s.length >= 8 && !table[k]!.includes(s))));
}

describe('SidePanel in German', () => {
  const de = tableI18n('de');

  it('counts reports with their plural forms, sums up who quoted and who paraphrased, labels the wordings and a contradiction', () => {
    const el = show(ready(THREE), de);
    expect(text(el.querySelector('#same-story'))).toMatch(/^Dieselbe Geschichte 3/);
    expect(countOf(el, 'same-story')).toBe('3 Berichte');
    expect(countOf(el, 'also-published')).toBe('1 Bericht');
    expect(text(el.querySelector('.statement-summary'))).toBe('The Times und CNN zitieren ihn; Reuters und AP geben ihn sinngemäß wieder.');
    expect([...el.querySelectorAll('.chip-change')].map(text)).toEqual(['Zitat sinngemäß wiedergegeben', 'gekürzt']);
    expect([...el.querySelectorAll('.chip-paraphrase')].map(text)).toContain('sinngemäß');
    expect(text(el.querySelector('.reasons-against'))).toBe('Dagegen: andere Jahre: 2019 gegenüber 2021');
    expect(text(el.querySelector('.match .score'))).toBe('87\u00a0%');
    expect(text(el.querySelector('.match time'))).toBe('24. März 2022');
    expect(text(el.querySelector('.additions .carriers'))).toBe('Reuters ergänzt: 40,000');
    expect(el.querySelector('.correct-button')!.getAttribute('aria-label')).toBe('Nicht dieselbe Geschichte: Title a');
    expect(text(el.querySelector('.variants'))).toContain('„We will discuss efforts to continue supporting Ukraine “');
  });

  it('one report is singular', () => {
    const el = show(ready([card('a')]), de);
    expect(countOf(el, 'same-story')).toBe('1 Bericht');
  });

  it('says what the page looked like and why, in German', () => {
    const el = show(NOT_ARTICLE, de);
    expect(text(el.querySelector('h2'))).toBe('Kein Nachrichtenartikel');
    expect(text(el.querySelector('.why-not-summary'))).toBe('Diese Seite sieht aus wie eine Liste mit 42 Schlagzeilen, daher hat Crossread sie nicht gelesen.');
    expect([...el.querySelectorAll('.why-not li')].map(text)).toEqual(['42 verlinkte Schlagzeilen und kein Bericht', 'Adresse einer Startseite']);
    expect(text(el)).toContain('„Weitere Berichte dazu finden“');
  });

  it('plural of the corpus size while idle', () => {
    expect(text(show({ state: 'idle', corpusSize: 4 }, de))).toContain('aus Ihren 4 Berichten');
    expect(text(show({ state: 'idle', corpusSize: 1 }, de))).toContain('aus Ihrem 1 Bericht');
  });

  it('leaks no English message of the panel', () => {
    const words = englishOnly('de');
    expect(words.length).toBeGreaterThan(50);
    for (const view of [ready(THREE), NOT_ARTICLE, { state: 'idle', corpusSize: 3 } as TabView, ready([])]) {
      const all = said(show(view, de));
      expect(words.filter((w) => all.includes(w))).toEqual([]);
    }
  });
});

describe('SidePanel in French', () => {
  const fr = tableI18n('fr');

  it('0 and 1 are singular in French, and the summary agrees in number', () => {
    const el = show({ ...(ready([]) as Extract<TabView, { state: 'ready' }>), duplicates: [card('dup', { tier: 'duplicate' })] }, fr);
    expect(countOf(el, 'same-story')).toBe('0 article');
    expect(countOf(el, 'also-published')).toBe('1 article');
    const three = show(ready(THREE), fr);
    expect(countOf(three, 'same-story')).toBe('3 articles');
    expect(text(three.querySelector('.statement-summary'))).toBe('The Times et CNN le citent\u202f; Reuters et AP le paraphrasent.');
    expect([...three.querySelectorAll('.chip-change')].map(text)).toEqual(['citation rapportée en paraphrase', 'coupé']);
    expect(text(three.querySelector('.reasons-against'))).toBe('Contre\u00a0: années différentes\u00a0: 2019 contre 2021');
    expect(text(three.querySelector('.variants'))).toContain('«\u00a0We will discuss efforts to continue supporting Ukraine \u00a0»');
  });

  it('says what the page looked like, in French', () => {
    const el = show(NOT_ARTICLE, fr);
    expect(text(el.querySelector('.why-not-summary'))).toBe('Cette page ressemble à une liste de 42 titres\u00a0: Crossread ne l’a donc pas lue.');
    expect([...el.querySelectorAll('.why-not li')].map(text)).toEqual(['42 titres en lien et aucun article', 'adresse de page d’accueil']);
  });

  it('leaks no English message of the panel', () => {
    const words = englishOnly('fr');
    for (const view of [ready(THREE), NOT_ARTICLE, { state: 'idle', corpusSize: 0 } as TabView]) {
      const all = said(show(view, fr));
      expect(words.filter((w) => all.includes(w))).toEqual([]);
    }
  });
});

describe('SidePanel in English', () => {
  it('reads as it always did', () => {
    const el = show(ready(THREE), english);
    expect(countOf(el, 'same-story')).toBe('3 articles');
    expect(text(el.querySelector('.statement-summary'))).toBe('The Times and CNN quote him; Reuters and AP paraphrase.');
    expect(text(el.querySelector('.reasons-against'))).toBe('Against: different years: 2019 vs 2021');
    expect(text(el.querySelector('.additions .carriers'))).toBe('Reuters adds: 40,000');
    const not = show(NOT_ARTICLE, english);
    expect(text(not.querySelector('.why-not-summary'))).toBe('This page looks like a list of 42 headlines, so Crossread did not read it.');
    expect(NOT_ARTICLE.state === 'not-article' && NOT_ARTICLE.detection.reasons).toEqual(['42 linked headlines and no story', 'home page address']);
  });
});

describe('SidePanel while what the others add is read', () => {
  it('says it is reading them, then shows them; leaves the section out when they could not be read', () => {
    const pending = { ...ready(THREE), additions: [], additionsPending: true } as TabView;
    const reading = show(pending, english);
    expect(reading.querySelector('section[aria-labelledby=adds]')!.getAttribute('aria-busy')).toBe('true');
    expect(text(reading.querySelector('section[aria-labelledby=adds] .empty'))).toBe('Reading what the other coverage adds…');
    expect(reading.querySelector('.additions')).toBeNull();
    document.body.textContent = '';
    const done = show(ready(THREE), english);
    expect(done.querySelector('section[aria-labelledby=adds]')!.getAttribute('aria-busy')).toBe('false');
    expect(text(done.querySelector('.additions .addition-text'))).toBe('Some 40,000 troops are in the east.');
    document.body.textContent = '';
    const lost = show({ ...ready(THREE), additions: [], additionsPending: false } as TabView, english);
    expect(lost.querySelector('#adds')).toBeNull();
    expect(text(lost.querySelector('#same-story'))).toMatch(/^Same story 3/);
  });

  it('says so in German', () => {
    const el = show({ ...ready(THREE), additions: [], additionsPending: true } as TabView, tableI18n('de'));
    expect(text(el.querySelector('section[aria-labelledby=adds] .empty'))).toBe('Was die anderen Berichte ergänzen, wird gelesen …');
  });
});
