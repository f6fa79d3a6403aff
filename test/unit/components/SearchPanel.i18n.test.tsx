// @vitest-environment jsdom
/**
 * The popup's search in German and French: the corpus count in its placeholder (plural forms and
 * numbers of the locale), the empty state, and a quotation result with the language's quotation
 * marks and list of outlets.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nContext } from '../../../components/i18n-context';
import { SearchPanel } from '../../../components/SearchPanel';
import type { SearchHit } from '../../../utils/coverage/types';
import { enAreas } from '../../../utils/i18n/locales';
import { type I18n } from '../../../utils/i18n/translate';
import { tableI18n } from '../../../utils/i18n/table-i18n';

const de = tableI18n('de');
const fr = tableI18n('fr');

const QUOTE: SearchHit = {
  kind: 'quote', articleId: 'a1', title: 'Nato leaders meet in Brussels', source: 'Reuters', published: '2022-03-24', text: 'We will not stand by', speaker: 'Jens Stoltenberg',
  score: 1, terms: ['stand'], alsoCarriedBy: ['AP', 'The Times'],
};

/** The queries the panels' searches answered, in order. */
const answered: string[] = [];

function panel(i18n: I18n, corpusSize: number | null, hits: SearchHit[] = []): HTMLElement {
  const el = document.body.appendChild(document.createElement('div'));
  const search = async (query: string) => (answered.push(query), hits);
  render(
    <I18nContext.Provider value={i18n}>
      <SearchPanel search={search} open={() => undefined} corpusSize={corpusSize} facets={{ outlets: ['Reuters'], speakers: [], sources: [] }} />
    </I18nContext.Provider>,
    el,
  );
  return el;
}
const placeholder = (el: HTMLElement) => el.querySelector('input[type=search]')!.getAttribute('placeholder');
/**
 * Types a query and waits until the search has answered it and the answer is drawn. The panel
 * searches 60 ms after the last key, after an effect that runs on the next frame: a fixed wait
 * (it was 120 ms) is overtaken when the process stalls (test/support/stall-setup.ts showed it).
 */
async function type(el: HTMLElement, query: string): Promise<void> {
  const input = el.querySelector<HTMLInputElement>('input[type=search]')!;
  const before = answered.length;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await vi.waitFor(() => expect(answered.slice(before)).toContain(query), { timeout: 5000, interval: 10 });
  // The answer is set and drawn in microtasks after the search resolves.
  await new Promise((r) => setTimeout(r, 0));
}

afterEach(() => {
  document.body.textContent = '';
  answered.length = 0;
});

describe('SearchPanel in German', () => {
  it('counts the corpus in the placeholder: one Bericht, many Berichte, digits grouped', () => {
    expect(placeholder(panel(de, 1))).toBe('1 Bericht, Zitate, Sprecher durchsuchen …');
    expect(placeholder(panel(de, 3))).toBe('3 Berichte, Zitate, Sprecher durchsuchen …');
    expect(placeholder(panel(de, 12_345))).toBe('12.345 Berichte, Zitate, Sprecher durchsuchen …');
    expect(placeholder(panel(de, null))).toBe('Suchen …');
  });

  it('says in German that nothing matches, with German quotation marks', async () => {
    const el = panel(de, 4);
    await type(el, 'Fähre');
    expect(el.querySelector('p.empty')!.textContent).toBe('Nichts in Ihrer Sammlung passt zu „Fähre“.');
    expect(el.querySelector('label[for=q]')!.textContent!.trim()).toBe('Ihre Sammlung durchsuchen');
  });

  it('shows a quotation result in German, and none of the popup’s English', async () => {
    const el = panel(de, 4, [QUOTE]);
    await type(el, 'stand');
    const hit = el.querySelector('li.hit')!;
    expect(hit.querySelector('.snippet')!.textContent).toBe('Jens Stoltenberg: „We will not stand by“ Auch gebracht von AP und The Times.');
    expect(hit.querySelector('.chip')!.textContent).toBe('Zitat');
    expect(hit.querySelector('mark')!.textContent).toBe('stand'); // the highlighted word stays an element inside the message
    const english = Object.entries(enAreas.popup as Record<string, string>).filter(([k, v]) => de.t(k as never) !== v);
    const leaks = english.flatMap(([, v]) => v.split(/\{\w+\}/)).map((s) => s.trim()).filter((s) => s.length >= 5 && el.textContent!.includes(s));
    expect(leaks).toEqual([]);
  });
});

describe('SearchPanel in French', () => {
  it('counts the corpus in the placeholder: 0 and 1 article, several articles', () => {
    expect(placeholder(panel(fr, 0))).toBe('Rechercher parmi 0 article, citations, personnes citées…');
    expect(placeholder(panel(fr, 1))).toBe('Rechercher parmi 1 article, citations, personnes citées…');
    expect(placeholder(panel(fr, 1_234))).toBe('Rechercher parmi 1\u202f234 articles, citations, personnes citées…');
  });

  it('says in French that nothing matches, and shows a quotation with « » and French spacing', async () => {
    const empty = panel(fr, 4);
    await type(empty, 'ferry');
    expect(empty.querySelector('p.empty')!.textContent).toBe('Rien dans votre corpus ne correspond à «\u00a0ferry\u00a0».');
    document.body.textContent = '';
    const el = panel(fr, 4, [QUOTE]);
    await type(el, 'stand');
    expect(el.querySelector('li.hit .snippet')!.textContent).toBe('Jens Stoltenberg\u00a0: «\u00a0We will not stand by\u00a0» Également reprise par AP et The Times.');
    expect(el.querySelector('li.hit time')!.textContent).toBe('24 mars 2022');
  });
});
