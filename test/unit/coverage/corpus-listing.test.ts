import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteArticles, putEntries } from '../../../utils/db/corpus';
import { addSource } from '../../../utils/db/sources';
import { openCrossreadDb, type Db, type StoredSource } from '../../../utils/db/schema';
import { DELETE_BATCH, deleteMatching, listArticlePage, parseListingQuery } from '../../../utils/coverage/corpus-listing';
import { tableI18n } from '../../../utils/i18n/table-i18n';
import type { Article } from '../../../utils/types';

let n = 0;
const fresh = () => openCrossreadDb(`corpus-listing-${++n}`);
const article = (i: number, a: Partial<Article> = {}): Article => ({
  id: `a${String(i).padStart(4, '0')}`, title: `Story ${i}`, source: i % 2 ? 'Reuters' : 'AP', byline: null, published: `2022-03-${String(1 + (i % 28)).padStart(2, '0')}`, url: null, lang: 'en', text: 'x', origin: 'import', addedAt: i, ...a,
});
const put = (db: Db, articles: Article[]) => putEntries(db, articles.map((article) => ({ article, quotes: [], speakerKeys: [], features: {} })));
const source: StoredSource = { id: 'src-1', feedUrl: 'https://harbour.example/feed.xml', title: 'Harbour Gazette', siteUrl: null, addedAt: 0, intervalMinutes: 30, fullArticle: false, etag: null, lastModified: null, lastFetchedAt: null, lastSuccessAt: null, nextFetchAt: 0, failures: 0, lastError: null };

describe('corpus listing (options page)', () => {
  it('answers the first page newest first with the counts, and the menus titled from the followed feeds', async () => {
    const db = await fresh();
    await addSource(db, source);
    await put(db, [...Array.from({ length: 120 }, (_, i) => article(i)), article(500, { origin: 'feed', feed: { sourceId: 'src-1', itemId: 'x', itemHash: 'h' }, source: 'Harbour' })]);
    const first = await listArticlePage(db, parseListingQuery({ facets: true }));
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]!.id).toBe('a0500');
    expect(first.rows[0]!.feed).toBe('src-1');
    expect(first.total).toBe(121);
    expect(first.corpus).toBe(121);
    expect(first.facets!.feeds).toEqual([{ value: '', title: null, count: 120 }, { value: 'src-1', title: 'Harbour Gazette', count: 1 }]);
    expect(first.facets!.outlets.map((o) => o.value)).toEqual(['AP', 'Harbour', 'Reuters']);
    const second = await listArticlePage(db, parseListingQuery({ after: first.next }));
    expect(second.facets).toBeNull();
    expect(second.rows[0]!.id).toBe('a0070');
    const filtered = await listArticlePage(db, parseListingQuery({ filter: { outlet: 'AP', from: '2022-03-01', to: '2022-03-02' } }));
    expect(filtered.rows.every((r) => r.source === 'AP' && r.published! <= '2022-03-02')).toBe(true);
    expect(filtered.total).toBe(filtered.rows.length);
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.corpus).toBe(121);
  });

  it('refuses a malformed query with what is wrong', () => {
    expect(parseListingQuery(null)).toEqual({ filter: {}, sort: { key: 'added', descending: true }, after: null, limit: 50, facets: false });
    expect(() => parseListingQuery({ sort: { key: 'text' } })).toThrow(/sort must be one of added, published, title/);
    expect(() => parseListingQuery({ filter: { from: '24/03/2022' } })).toThrow(/YYYY-MM-DD, not "24\/03\/2022"/);
    expect(() => parseListingQuery({ filter: { origin: 'mars' } })).toThrow(/origin must be one of/);
    expect(() => parseListingQuery({ limit: 5000 })).toThrow(/limit must be a whole number from 1 to 200/);
    expect(() => parseListingQuery({ after: { id: 3 } })).toThrow(/cursor/);
    expect(parseListingQuery({ sort: { key: 'title' } }).sort).toEqual({ key: 'title', descending: false });
  });

  it('deletes everything a filter matches through the removal path, in batches, and nothing when the count changed', async () => {
    const db = await fresh();
    await put(db, Array.from({ length: DELETE_BATCH + 20 }, (_, i) => article(i, { source: i < DELETE_BATCH + 10 ? 'Wire' : 'AP' })));
    const batches: number[] = [];
    const remove = async (ids: readonly string[]) => (batches.push(ids.length), deleteArticles(db, ids));
    await expect(deleteMatching(db, { outlet: 'Wire' }, 3, remove)).rejects.toThrow(`The list changed: ${(DELETE_BATCH + 10).toLocaleString('en')} articles match now. Nothing was deleted`);
    expect(batches).toEqual([]);
    await expect(deleteMatching(db, {}, DELETE_BATCH + 20, remove)).rejects.toThrow(/Choose a filter or search first/);
    await expect(deleteMatching(db, { outlet: 'Wire' }, DELETE_BATCH + 10, remove, tableI18n('de'))).resolves.toEqual({ removed: DELETE_BATCH + 10 });
    expect(batches).toEqual([DELETE_BATCH, 10]);
    const left = await listArticlePage(db, parseListingQuery(null));
    expect(left.corpus).toBe(10);
    expect(left.rows.every((r) => r.source === 'AP')).toBe(true);
  });

  it('says a changed list in the reader’s language', async () => {
    const db = await fresh();
    await put(db, [article(1)]);
    await expect(deleteMatching(db, { search: 'story' }, 2, async () => undefined, tableI18n('de'))).rejects.toThrow('Die Liste hat sich geändert: Jetzt passt 1 Bericht.');
  });
});
