import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { clearCorpusStores, deleteArticles, putEntries } from '../../../utils/db/corpus';
import { countListing, listingDays, listingFacet, listingIds, listingPage, type ListingCursor, type ListingFilter, type ListingSort } from '../../../utils/db/listing';
import { openCrossreadDb, type Db } from '../../../utils/db/schema';
import type { Article } from '../../../utils/types';

let n = 0;
const fresh = () => openCrossreadDb(`listing-${++n}`);

const article = (id: string, a: Partial<Article> = {}): Article => ({
  id, title: `Title ${id}`, source: 'Outlet', byline: null, published: null, url: null, lang: 'en', text: `Body of ${id}.`, origin: 'import', addedAt: 1, ...a,
});
const put = (db: Db, articles: Article[]) => putEntries(db, articles.map((article) => ({ article, quotes: [], speakerKeys: [], features: {} })));

/** Every page of a query, walked by cursor, as ids per page. */
async function pages(db: Db, f: ListingFilter, sort: ListingSort, limit: number): Promise<string[][]> {
  const out: string[][] = [];
  let after: ListingCursor | null = null;
  for (;;) {
    const page = await listingPage(db, f, sort, after, limit);
    out.push(page.rows.map((r) => r.id));
    if (!page.next) return out;
    after = page.next;
  }
}

/** A corpus of 30: three outlets, two origins, days in March 2022 (every fifth unknown), addedAt with many ties. */
function corpus(): Article[] {
  return Array.from({ length: 30 }, (_, i) =>
    article(`a${String(i).padStart(2, '0')}`, {
      source: ['Reuters', 'AP', 'BBC'][i % 3]!,
      origin: i % 2 ? 'feed' : 'import',
      feed: i % 2 ? { sourceId: i % 4 === 1 ? 'src-1' : 'src-2', itemId: `${i}`, itemHash: 'h' } : undefined,
      published: i % 5 === 4 ? null : `2022-03-${String(1 + (i % 10)).padStart(2, '0')}T10:00:00Z`,
      addedAt: 1000 + Math.floor(i / 7),
      title: i === 3 ? 'NATO leaders meet in Brussels' : i === 6 ? 'Nato summit: what Stoltenberg said' : `Harbour ferry ${i}`,
      url: `https://news.example/${i}`,
    }),
  );
}

describe('the listing store', () => {
  it('pages through every article once, in a stable order under ties, in both directions', async () => {
    const db = await fresh();
    const all = corpus();
    await put(db, all);
    const newest = await pages(db, {}, { key: 'added', descending: true }, 4);
    expect(newest.every((p) => p.length <= 4)).toBe(true);
    expect(newest.length).toBe(8);
    const flat = newest.flat();
    const expected = [...all].sort((a, b) => b.addedAt - a.addedAt || (a.id < b.id ? 1 : -1)).map((a) => a.id);
    expect(flat).toEqual(expected);
    const oldest = (await pages(db, {}, { key: 'added', descending: false }, 7)).flat();
    expect(oldest).toEqual([...expected].reverse());
  });

  it('sorts by title (folded) and by publication day, unknown days last when newest first', async () => {
    const db = await fresh();
    await put(db, [article('x', { title: 'Éclair' }), article('y', { title: 'apple' }), article('z', { title: 'Banana', published: '2022-01-02' }), article('w', { title: null, text: 'cherry pie', published: '2021-05-01' })]);
    expect((await listingPage(db, {}, { key: 'title', descending: false }, null, 10)).rows.map((r) => r.id)).toEqual(['y', 'z', 'w', 'x']);
    expect((await listingPage(db, {}, { key: 'published', descending: true }, null, 10)).rows.map((r) => r.id)).toEqual(['z', 'w', 'y', 'x']);
  });

  it('filters by outlet, feed source, origin and date range, each alone and together, paged and counted', async () => {
    const db = await fresh();
    const all = corpus();
    await put(db, all);
    const day = (a: Article) => a.published?.slice(0, 10) ?? '';
    const cases: [ListingFilter, (a: Article) => boolean][] = [
      [{ outlet: 'AP' }, (a) => a.source === 'AP'],
      [{ feed: 'src-1' }, (a) => a.feed?.sourceId === 'src-1'],
      [{ origin: 'feed' }, (a) => a.origin === 'feed'],
      [{ from: '2022-03-03', to: '2022-03-06' }, (a) => day(a) >= '2022-03-03' && day(a) <= '2022-03-06'],
      [{ to: '2022-03-02' }, (a) => day(a) !== '' && day(a) <= '2022-03-02'],
      [{ outlet: 'Reuters', origin: 'import', from: '2022-03-01' }, (a) => a.source === 'Reuters' && a.origin === 'import' && day(a) !== ''],
    ];
    for (const [filter, keep] of cases) {
      const want = all.filter(keep).map((a) => a.id).sort();
      expect(want.length).toBeGreaterThan(0);
      for (const sort of [{ key: 'added', descending: true }, { key: 'published', descending: false }, { key: 'title', descending: true }] as ListingSort[]) {
        expect((await pages(db, filter, sort, 3)).flat().sort(), JSON.stringify([filter, sort])).toEqual(want);
      }
      expect(await countListing(db, filter)).toBe(want.length);
      expect((await listingIds(db, filter)).sort()).toEqual(want);
    }
  });

  it('searches words that begin a word of the title, the outlet or the URL, accents and case folded', async () => {
    const db = await fresh();
    await put(db, corpus());
    const ids = async (search: string, f: ListingFilter = {}) => (await pages(db, { ...f, search }, { key: 'added', descending: false }, 1)).flat().sort();
    expect(await ids('nato')).toEqual(['a03', 'a06']);
    expect(await ids('NATO brus')).toEqual(['a03']);
    expect(await ids('nàto', { origin: 'feed' })).toEqual(['a03']);
    expect(await ids('reuters harbour')).toHaveLength(8);
    expect(await ids('news.example')).toHaveLength(30);
    expect(await ids('zebra')).toEqual([]);
    expect(await countListing(db, { search: 'nato' })).toBe(2);
    expect((await listingIds(db, { search: 'stoltenberg' }))).toEqual(['a06']);
  });

  it('follows every corpus write: a replaced article, a delete, a clear', async () => {
    const db = await fresh();
    await put(db, corpus());
    await put(db, [article('a00', { title: 'Replaced title', source: 'AFP' })]);
    expect((await listingPage(db, { outlet: 'AFP' }, { key: 'added', descending: true }, null, 10)).rows.map((r) => [r.id, r.title])).toEqual([['a00', 'Replaced title']]);
    expect(await countListing(db, {})).toBe(30);
    await deleteArticles(db, await listingIds(db, { outlet: 'BBC' }));
    expect(await countListing(db, {})).toBe(20);
    expect(await db.count('articles')).toBe(20);
    expect(await countListing(db, { outlet: 'BBC' })).toBe(0);
    await clearCorpusStores(db);
    expect(await countListing(db, {})).toBe(0);
  });

  it('gives the filter menus each outlet, feed and origin with its count, and the first and last day', async () => {
    const db = await fresh();
    await put(db, [...corpus(), article('nosource', { source: null })]);
    expect(await listingFacet(db, 'outlet')).toEqual([{ value: '', count: 1 }, { value: 'AP', count: 10 }, { value: 'BBC', count: 10 }, { value: 'Reuters', count: 10 }]);
    expect(await listingFacet(db, 'feed')).toEqual([{ value: '', count: 16 }, { value: 'src-1', count: 8 }, { value: 'src-2', count: 7 }]);
    expect(await listingFacet(db, 'origin')).toEqual([{ value: 'feed', count: 15 }, { value: 'import', count: 16 }]);
    expect(await listingDays(db)).toEqual({ first: '2022-03-01', last: '2022-03-09' });
  });

  it('is filled from the articles of a version-6 database by the upgrade', async () => {
    const name = `listing-v6-${++n}`;
    const v6 = await openDB(name, 6, {
      upgrade(db) {
        const articles = db.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('url', 'url');
        articles.createIndex('addedAt', 'addedAt');
        articles.createIndex('feedSource', 'feed.sourceId');
        articles.createIndex('originAdded', ['origin', 'addedAt']);
        for (const s of ['quotes', 'stories', 'statements']) db.createObjectStore(s, { keyPath: s === 'stories' ? 'articleId' : s === 'quotes' ? 'key' : 'id' });
        db.createObjectStore('features', { keyPath: 'id' });
        db.createObjectStore('meta', { keyPath: 'key' });
      },
    });
    for (const a of corpus().slice(0, 5)) await v6.put('articles', a);
    v6.close();
    // Only the stores this step reads are made by hand: the version-7 step adds its own and fills the listing.
    const db = await openCrossreadDb(name);
    expect(await countListing(db, {})).toBe(5);
    expect((await listingPage(db, { outlet: 'AP' }, { key: 'added', descending: false }, null, 10)).rows.map((r) => r.id)).toEqual(['a01', 'a04']);
    expect((await listingPage(db, { search: 'nato' }, { key: 'added', descending: false }, null, 10)).rows.map((r) => r.title)).toEqual(['NATO leaders meet in Brussels']);
  });
});
