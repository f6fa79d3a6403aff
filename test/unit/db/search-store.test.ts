import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { CorpusSearch } from '../../../utils/coverage/search';
import { fillStoredSearch } from '../../../utils/coverage/search-fill';
import { putEntries, SourceGoneError, type CorpusEntry } from '../../../utils/db/corpus';
import { openCrossreadDb, type Db } from '../../../utils/db/schema';
import { fillSearchBatch, searchFill, searchTotals, SEARCH_FILL_KEY, SEARCH_STORES, SEARCH_TOTALS_KEY } from '../../../utils/db/search-store';
import { searchDocsOf } from '../../../utils/search/docs';
import { BLOCK_POSTINGS, decodePostings } from '../../../utils/search/postings';
import type { Article, Quote } from '../../../utils/types';

let n = 0;
const fresh = () => openCrossreadDb(`search-store-${++n}`);
const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
const art = (id: string, text: string, extra: Partial<Article> = {}): Article => ({
  id, title: `Report ${id}`, source: 'Harbour Post', byline: null, published: '2022-03-25', url: null, lang: 'en', text, origin: 'import', addedAt: 1, ...extra,
});
const quote = (q: string, speaker: string | null): Quote => ({ quote: q, start: 0, end: q.length, speaker, speakerMention: speaker, speakerStart: null, speakerEnd: null, kind: 'direct', cue: null, cueStart: null, cueEnd: null });
const entry = (a: Article, quotes: Quote[] = []): CorpusEntry => ({ article: a, quotes, speakerKeys: quotes.map((q) => (q.speaker ?? '').toLowerCase()), features: null });
const ids = (hits: { kind: string; articleId: string }[]) => hits.map((h) => `${h.kind} ${h.articleId}`);

/** Forgets the stored search, as a database from before it (version 6) has none. */
async function forget(db: Db): Promise<void> {
  const tx = db.transaction([...SEARCH_STORES, 'meta'], 'readwrite');
  await Promise.all([...SEARCH_STORES.map((s) => tx.objectStore(s).clear()), tx.objectStore('meta').delete(SEARCH_FILL_KEY), tx.objectStore('meta').delete(SEARCH_TOTALS_KEY), tx.done]);
}

describe('the stored search index', () => {
  it('finds by prefix, needs every word, and ranks a title word above a body word', async () => {
    const db = await fresh();
    await putEntries(db, [
      entry(art('body', 'The council talked about the harbour and the ferries for an hour.', { source: 'Wire' })),
      entry(art('title', 'The council talked about roads and the ferries for an hour.', { title: 'Harbour plan', source: 'Wire' })),
      entry(art('other', 'Nothing about boats here.', { source: 'Wire' })),
    ]);
    const s = new CorpusSearch(db);
    expect(ids(await s.search('harb'))).toEqual(['article title', 'article body']);
    expect(ids(await s.search('harbour ferries'))).toEqual(['article title', 'article body']);
    expect(ids(await s.search('harbour boats'))).toEqual([]);
    expect(ids(await s.search('boat'))).toEqual(['article other']);
    expect((await s.search('ferr'))[0]!.terms).toEqual(['ferries']);
  });

  it('ranks a speaker’s quote above an article that names them once in its text', async () => {
    const db = await fresh();
    await putEntries(db, [entry(art('a', 'The budget was met with a letter from Kallas and many others in the chamber.'), [quote('We will not pay for this budget', 'Kaja Kallas')])]);
    expect(ids(await new CorpusSearch(db).search('kallas'))).toEqual(['quote a', 'article a']);
  });

  it('keeps filters and facets as counted rows that follow adds and removes', async () => {
    const db = await fresh();
    const engine = await CoverageEngine.open(db, { ...bundled, articles: [] });
    await engine.addArticles([art('p1', 'Tolls rise on the bridge.'), art('p2', 'Tolls fall.', { source: 'Wire', published: '2022-04-02' })]);
    expect((await engine.searchFacets()).outlets).toEqual(['Harbour Post', 'Wire']);
    expect(ids(await engine.search('tolls', 20, { outlet: 'Wire' }))).toEqual(['article p2']);
    expect(ids(await engine.search('tolls', 20, { from: '2022-04-01', to: '2022-04-30' }))).toEqual(['article p2']);
    expect(ids(await engine.search('', 20, { to: '2022-03-31' }))).toEqual(['article p1']);
    await engine.removeArticle('p2');
    expect((await engine.searchFacets()).outlets).toEqual(['Harbour Post']);
    expect(ids(await engine.search('tolls'))).toEqual(['article p1']);
    // Rewritten: the old words leave with the old version.
    await engine.addArticles([art('p1', 'The ferry is late.')]);
    expect(ids(await engine.search('tolls'))).toEqual([]);
    expect(ids(await engine.search('ferry'))).toEqual(['article p1']);
    await engine.clearCorpus();
    expect(await engine.search('ferry')).toEqual([]);
    expect(await engine.searchFacets()).toEqual({ outlets: [], speakers: [], sources: [] });
    expect((await searchTotals(db)).docs).toBe(0);
  });

  it('writes nothing of a corpus write that fails', async () => {
    const db = await fresh();
    await expect(putEntries(db, [entry(art('gone', 'Orphaned words.'))], undefined, { id: 'src-none', change: (s) => s })).rejects.toBeInstanceOf(SourceGoneError);
    expect(await new CorpusSearch(db).search('orphaned')).toEqual([]);
    expect((await searchTotals(db)).docs).toBe(0);
  });

  it('follows a correction that joins two stories: the shared statement becomes one hit naming both outlets', async () => {
    const db = await fresh();
    const engine = await CoverageEngine.open(db, { ...bundled, articles: [] });
    const said = '“The harbour bridge will open in May,” said Mayor Ana Ruiz.';
    await engine.addArticles([art('s1', `${said} Tolls will be low.`), art('s2', `Weather was fine all week long in the valley. ${said}`, { source: 'Valley Gazette' })]);
    const before = (await engine.search('bridge open may', 20)).filter((h) => h.kind === 'quote');
    await engine.correctMatch('s1', 's2', 'same');
    const after = (await engine.search('bridge open may', 20)).filter((h) => h.kind === 'quote');
    expect(after).toHaveLength(1);
    expect(after[0]!.alsoCarriedBy).toHaveLength(1);
    expect(before.length + (before[0]?.alsoCarriedBy?.length ?? 0)).toBe(2);
  });

  it('splits a frequent term into bounded blocks and takes a removed document out of its block only', async () => {
    const db = await fresh();
    const many = Array.from({ length: BLOCK_POSTINGS + 10 }, (_, i) => entry(art(`m${String(i).padStart(4, '0')}`, `Common word number ${i}.`)));
    await putEntries(db, many);
    // The first block full in searchBlocks, the last (10 postings) in the term's row.
    const blocks = await db.getAll('searchBlocks', IDBKeyRange.bound(['common', 0], ['common', Infinity]));
    expect(blocks.map((b) => [b.block, decodePostings(b.postings).length])).toEqual([[0, BLOCK_POSTINGS]]);
    const row = await db.get('searchKeys', 'common');
    expect([row?.df, row?.last, decodePostings(row!.tail).length]).toEqual([BLOCK_POSTINGS + 10, 1, 10]);
    await putEntries(db, [entry(art('m0003', 'Rare word now.'))]);
    expect((await db.get('searchKeys', 'common'))?.df).toBe(BLOCK_POSTINGS + 9);
    expect((await new CorpusSearch(db).search('common', 1000)).length).toBe(BLOCK_POSTINGS + 9);
    expect(ids(await new CorpusSearch(db).search('rare'))).toEqual(['article m0003']);
    // m0003's posting left the full block (block 0), the row's last block kept its 10.
    const after = await db.get('searchKeys', 'common');
    expect([decodePostings((await db.get('searchBlocks', ['common', 0]))!.postings).length, decodePostings(after!.tail).length]).toEqual([BLOCK_POSTINGS - 1, 10]);
  });

  it('moves a full last block out of the term row when the next posting comes, losing none', async () => {
    const db = await fresh();
    await putEntries(db, Array.from({ length: BLOCK_POSTINGS }, (_, i) => entry(art(`f${String(i).padStart(4, '0')}`, `Common word number ${i}.`))));
    const full = await db.get('searchKeys', 'common');
    expect([full?.last, decodePostings(full!.tail).length, await db.count('searchBlocks')]).toEqual([0, BLOCK_POSTINGS, 0]);
    await putEntries(db, [entry(art('g0001', 'Common again.'))]);
    const row = await db.get('searchKeys', 'common');
    expect([row?.df, row?.last, decodePostings(row!.tail).length]).toEqual([BLOCK_POSTINGS + 1, 1, 1]);
    expect(decodePostings((await db.get('searchBlocks', ['common', 0]))!.postings).length).toBe(BLOCK_POSTINGS);
    expect((await new CorpusSearch(db).search('common', 1000)).length).toBe(BLOCK_POSTINGS + 1);
  });

  it('fills a corpus stored before it, in batches, and a stopped fill goes on where it stopped', async () => {
    const db = await fresh();
    const articles = ['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => art(id, `Canal works, part ${id}.`));
    await putEntries(db, articles.map((a) => entry(a, [quote(`Canal ${a.id} is done`, 'Ana Ruiz')])));
    const complete = ids(await new CorpusSearch(db).search('canal', 50)).sort();
    await forget(db);
    expect(await new CorpusSearch(db).search('canal')).toEqual([]);
    // One batch, then the worker stops.
    expect(await fillSearchBatch(db, 2, searchDocsOf)).toEqual({ done: false, articles: 2 });
    expect(ids(await new CorpusSearch(db).search('canal', 50)).sort()).toEqual(['article a1', 'article a2', 'quote a1', 'quote a2']);
    expect((await searchFill(db)).after).toBe('a2');
    // A write meanwhile indexes its own article; the fill reaching it indexes it once, not twice.
    await putEntries(db, [entry(art('a4', 'Canal works, part a4, rewritten.'))]);
    expect(await fillStoredSearch(db, (work) => work(), 2)).toBe(3);
    expect(ids(await new CorpusSearch(db).search('canal', 50)).sort()).toEqual(complete.filter((h) => h !== 'quote a4'));
    expect((await searchTotals(db)).docs).toBe(9);
    expect(await fillStoredSearch(db, (work) => work(), 2)).toBe(0);
  });

  it('fills at engine start over a corpus without a search, without holding up the engine', async () => {
    const db = await fresh();
    const seeded = await CoverageEngine.open(db, bundled);
    await seeded.searchReady();
    const hits = ids(await seeded.search('Stoltenberg', 50)).sort();
    expect(hits.length).toBeGreaterThan(0);
    await forget(db);
    const engine = await CoverageEngine.open(db, bundled);
    expect(await engine.searchReady()).toBe(bundled.articles.length);
    expect(ids(await engine.search('Stoltenberg', 50)).sort()).toEqual(hits);
  });
});
