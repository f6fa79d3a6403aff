import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openCrossreadDb, DB_VERSION } from '../../../utils/db/schema';
import { countArticles, deleteArticle, findArticleByUrl, getArticle, putEntries, quotesOfArticle, quotesOfSpeaker, SourceGoneError } from '../../../utils/db/corpus';
import { getTabView, putTabView, clearTabViews } from '../../../utils/db/tabs';
import type { Article, Quote } from '../../../utils/types';

let n = 0;
const fresh = () => openCrossreadDb(`test-${++n}`);

const article = (id: string, url: string | null = null): Article => ({
  id,
  title: `Title ${id}`,
  source: 'Outlet',
  byline: null,
  published: null,
  url,
  lang: 'en',
  text: 'Body text.',
  origin: 'import',
  addedAt: 1,
});
const quote = (q: string, speaker: string | null): Quote => ({ quote: q, start: 0, end: q.length, speaker, speakerMention: speaker, speakerStart: null, speakerEnd: null, kind: 'direct', cue: null, cueStart: null, cueEnd: null });

describe('db', () => {
  it('creates every store at the current version', async () => {
    const db = await fresh();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'corrections', 'features', 'highlights', 'listing', 'matchBlocks', 'matchDocs', 'matchKeys', 'meta', 'quotes', 'searchBlocks', 'searchDocs', 'searchFacets', 'searchKeys', 'sources', 'statements', 'stories', 'tabs']);
  });

  it('stores an article with its quotes, indexed by article and by speaker, and finds it by URL', async () => {
    const db = await fresh();
    await putEntries(db, [
      { article: article('a', 'https://x.test/a'), quotes: [quote('one', 'Jen Psaki'), quote('two', null)], speakerKeys: ['psaki', ''], features: { f: 1 } },
      { article: article('b'), quotes: [quote('three', 'Ms. Psaki')], speakerKeys: ['psaki'], features: { f: 2 } },
    ]);
    expect(await countArticles(db)).toBe(2);
    expect((await quotesOfArticle(db, 'a')).map((q) => q.quote).sort()).toEqual(['one', 'two']);
    expect((await quotesOfSpeaker(db, 'psaki')).map((q) => q.quote).sort()).toEqual(['one', 'three']);
    expect((await findArticleByUrl(db, 'https://x.test/a'))?.id).toBe('a');
  });

  it('replacing an article replaces its quotes instead of adding to them', async () => {
    const db = await fresh();
    const e = { article: article('a'), quotes: [quote('one', null), quote('two', null)], speakerKeys: ['', ''], features: {} };
    await putEntries(db, [e]);
    await putEntries(db, [{ ...e, quotes: [quote('new', null)], speakerKeys: [''] }]);
    expect((await quotesOfArticle(db, 'a')).map((q) => q.quote)).toEqual(['new']);
  });

  it('deletes an article with its quotes and features', async () => {
    const db = await fresh();
    await putEntries(db, [{ article: article('a'), quotes: [quote('one', null)], speakerKeys: [''], features: {} }]);
    await deleteArticle(db, 'a');
    expect(await getArticle(db, 'a')).toBeUndefined();
    expect(await quotesOfArticle(db, 'a')).toEqual([]);
    expect(await db.get('features', 'a')).toBeUndefined();
  });

  it('keeps per-tab views across a reopen (a restarted service worker) until cleared', async () => {
    const name = `test-${++n}`;
    const db = await openCrossreadDb(name);
    await putTabView(db, 7, { state: 'idle', corpusSize: 4 });
    db.close();
    const again = await openCrossreadDb(name);
    expect(await getTabView(again, 7)).toEqual({ state: 'idle', corpusSize: 4 });
    await clearTabViews(again);
    expect(await getTabView(again, 7)).toBeUndefined();
  });
});

describe('db: all or nothing', () => {
  it('stores none of a batch when one entry cannot be stored, keeping what was there', async () => {
    const db = await fresh();
    await putEntries(db, [{ article: article('before'), quotes: [], speakerKeys: [], features: {} }]);
    const good = { article: article('good'), quotes: [quote('q', null)], speakerKeys: [''], features: {} };
    const bad = { article: article('bad'), quotes: [], speakerKeys: [], features: { broken: () => 1 } };
    await expect(putEntries(db, [good, bad])).rejects.toThrow();
    expect(await countArticles(db)).toBe(1);
    expect(await getArticle(db, 'good')).toBeUndefined();
    expect(await quotesOfArticle(db, 'good')).toEqual([]);
  });

  it("keeps a feed's articles and its bookkeeping together: a failing bookkeeping keeps no article, a removed feed keeps nothing", async () => {
    const db = await fresh();
    const source = { id: 'src-1', feedUrl: 'https://a.test/rss', title: 'A', siteUrl: null, addedAt: 1, intervalMinutes: 30, fullArticle: false, etag: null, lastModified: null, lastFetchedAt: null, lastSuccessAt: null, nextFetchAt: 0, failures: 0, lastError: null };
    await db.put('sources', source);
    const entry = { article: article('fed'), quotes: [quote('q', null)], speakerKeys: [''], features: {} };
    const broken = { id: 'src-1', change: (): never => { throw new Error('bookkeeping failed'); } };
    await expect(putEntries(db, [entry], undefined, broken)).rejects.toThrow('bookkeeping failed');
    expect(await getArticle(db, 'fed')).toBeUndefined();
    expect(await quotesOfArticle(db, 'fed')).toEqual([]);
    await expect(putEntries(db, [entry], undefined, { id: 'src-gone', change: (s) => s })).rejects.toBeInstanceOf(SourceGoneError);
    expect(await countArticles(db)).toBe(0);
    // And when it can be kept, both are.
    await putEntries(db, [entry], undefined, { id: 'src-1', change: (s) => ({ ...s, etag: '"v2"', lastFetchedAt: 5 }) });
    expect(await getArticle(db, 'fed')).toBeTruthy();
    expect(await db.get('sources', 'src-1')).toMatchObject({ etag: '"v2"', lastFetchedAt: 5 });
  });
});
