// @vitest-environment jsdom
/**
 * The options page's corpus table as a reader sees it: a page of 50 rows with the count, next and
 * previous, the order, the outlet menu, the search box, and "Delete these N articles…" that asks
 * first; backed by the real listing store (fake-indexeddb), as the background answers it.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusListing, type ListingActions } from '../../../components/CorpusListing';
import { I18nContext } from '../../../components/i18n-context';
import { deleteArticles, putEntries } from '../../../utils/db/corpus';
import { openCrossreadDb, type Db } from '../../../utils/db/schema';
import { deleteMatching, listArticlePage, parseListingQuery, type ListingQuery } from '../../../utils/coverage/corpus-listing';
import { english, type I18n } from '../../../utils/i18n/translate';
import { tableI18n } from '../../../utils/i18n/table-i18n';
import type { Article } from '../../../utils/types';

let n = 0;
const OUTLETS = ['Reuters', 'AP', 'BBC'];
const article = (i: number): Article => ({
  id: `a${String(i).padStart(3, '0')}`, title: i === 7 ? 'Harbour ferry adds late crossings' : `Summit report ${i}`, source: OUTLETS[i % 3]!, byline: null,
  published: `2022-03-${String(1 + (i % 28)).padStart(2, '0')}`, url: `https://news.example/${i}`, lang: 'en', text: 'x', origin: 'import', addedAt: i,
});

async function corpus(size: number): Promise<Db> {
  const db = await openCrossreadDb(`corpus-listing-view-${++n}`);
  await putEntries(db, Array.from({ length: size }, (_, i) => ({ article: article(i), quotes: [], speakerKeys: [], features: {} })));
  return db;
}

/** The table over a store, re-rendered with a new version after each change, as the options page does. */
function mount(db: Db, i18n: I18n = english) {
  const el = document.body.appendChild(document.createElement('div'));
  const asked: ListingQuery[] = [];
  let version = 1;
  const draw = () =>
    render(
      <I18nContext.Provider value={i18n}>
        <CorpusListing version={version} actions={actions} />
      </I18nContext.Provider>,
      el,
    );
  const changed = () => (version++, draw());
  const actions: ListingActions = {
    list: async (q) => (asked.push(q), listArticlePage(db, parseListingQuery(q))),
    deleteMatching: async (f, expected) => {
      const r = await deleteMatching(db, f, expected, (ids) => deleteArticles(db, ids), i18n);
      changed();
      return r;
    },
    deleteArticle: async (id) => (await deleteArticles(db, [id]), changed()),
  };
  draw();
  return { el, asked, changed };
}

const text = (el: Element) => el.textContent!.replace(/[ \t\n\r]+/g, ' ');
const settle = async () => {
  for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 0));
};
const rows = (el: HTMLElement) => [...el.querySelectorAll('table.articles tbody tr')];
const button = (el: HTMLElement, label: string | RegExp) => [...el.querySelectorAll('button')].find((b) => (typeof label === 'string' ? b.textContent === label : label.test(b.textContent!)))!;
const choose = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};
const selectNamed = (el: HTMLElement, label: string) => [...el.querySelectorAll('label')].find((l) => l.textContent!.startsWith(label))!.querySelector('select')!;

afterEach(() => {
  document.body.textContent = '';
});

describe('CorpusListing', () => {
  it('shows 50 rows and the count, and pages forward and back', async () => {
    const { el } = mount(await corpus(120));
    await settle();
    expect(text(el.querySelector('.listing-count')!)).toBe('120 articles');
    expect(rows(el)).toHaveLength(50);
    expect(text(rows(el)[0]!)).toContain('Summit report 119');
    expect(text(el.querySelector('.pager')!)).toContain('Rows 1–50');
    expect(button(el, 'Previous page').disabled).toBe(true);
    button(el, 'Next page').click();
    await settle();
    expect(text(rows(el)[0]!)).toContain('Summit report 69');
    button(el, 'Next page').click();
    await settle();
    expect(rows(el)).toHaveLength(20);
    expect(text(el.querySelector('.pager')!)).toContain('Rows 101–120');
    expect(button(el, 'Next page').disabled).toBe(true);
    button(el, 'Previous page').click();
    await settle();
    expect(text(rows(el)[0]!)).toContain('Summit report 69');
  });

  it('orders by title, filters by outlet with counts in the menu, and searches', async () => {
    const { el } = mount(await corpus(30));
    await settle();
    choose(selectNamed(el, 'Order'), 'title-asc');
    await settle();
    expect(text(rows(el)[0]!)).toContain('Harbour ferry adds late crossings');
    const outlet = selectNamed(el, 'Outlet');
    expect([...outlet.options].map((o) => o.textContent)).toEqual(['Any', 'AP (10)', 'BBC (10)', 'Reuters (10)']);
    choose(outlet, '=AP');
    await settle();
    expect(text(el.querySelector('.listing-count')!)).toBe('10 of 30 articles');
    expect(rows(el).every((r) => text(r).includes('AP'))).toBe(true);
    choose(outlet, '*');
    const box = el.querySelector<HTMLInputElement>('input[type=search]')!;
    box.value = 'harb';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 300));
    await settle();
    expect(text(el.querySelector('.listing-count')!)).toBe('1 of 30 articles');
    expect(rows(el).map((r) => text(r.querySelector('td')!))).toEqual(['Harbour ferry adds late crossings']);
  });

  it('deletes everything the filter matches in one action, after asking, and the count follows', async () => {
    const db = await corpus(30);
    const { el } = mount(db);
    await settle();
    expect(button(el, /^Delete these/)).toBeUndefined();
    choose(selectNamed(el, 'Outlet'), '=BBC');
    await settle();
    button(el, 'Delete these 10 articles…').click();
    await settle();
    const ask = el.querySelector('[role=group][aria-label="Confirm deleting the listed articles"]')!;
    expect(text(ask)).toContain('Delete the 10 articles that match, with their quotations?');
    button(el, 'Cancel').click();
    await settle();
    expect(await db.count('articles')).toBe(30);
    button(el, 'Delete these 10 articles…').click();
    await settle();
    button(el, 'Yes, delete them').click();
    await settle();
    expect(await db.count('articles')).toBe(20);
    expect(text(el)).toContain('10 articles deleted.');
    expect(text(el.querySelector('.listing-count')!)).toBe('0 of 20 articles');
    expect(text(el)).toContain('No article matches these filters.');
    button(el, 'Clear filters').click();
    await settle();
    expect(text(el.querySelector('.listing-count')!)).toBe('20 articles');
    expect(rows(el)).toHaveLength(20);
  });

  it('reads its page again when the corpus changed, not otherwise', async () => {
    const db = await corpus(3);
    const { el, asked, changed } = mount(db);
    await settle();
    expect(asked).toHaveLength(1);
    expect(asked[0]!.facets).toBe(true);
    await putEntries(db, [{ article: article(50), quotes: [], speakerKeys: [], features: {} }]);
    changed();
    await settle();
    expect(asked).toHaveLength(2);
    expect(text(el.querySelector('.listing-count')!)).toBe('4 articles');
    expect(text(rows(el)[0]!)).toContain('Summit report 50');
  });

  it('speaks German', async () => {
    const { el } = mount(await corpus(60), tableI18n('de'));
    await settle();
    expect(text(el.querySelector('.listing-count')!)).toBe('60 Berichte');
    choose(selectNamed(el, 'Medium'), '=AP');
    await settle();
    expect(text(el.querySelector('.listing-count')!)).toBe('20 von 60 Berichten');
    expect(button(el, 'Diese 20 Berichte löschen …')).toBeDefined();
    expect(text(el.querySelector('.pager')!)).toContain('Zeilen 1–20');
  });
});
