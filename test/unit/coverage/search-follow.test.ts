import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { fillStoredSearch } from '../../../utils/coverage/search-fill';
import { openCrossreadDb, type Db } from '../../../utils/db/schema';
import { SEARCH_FILL_KEY, SEARCH_STORES, SEARCH_TOTALS_KEY } from '../../../utils/db/search-store';
import type { Article } from '../../../utils/types';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
const article = (id: string, text: string, source = 'Harbour Post'): Article => ({ id, title: `Report ${id}`, source, byline: null, published: '2022-03-25', url: null, lang: 'en', text, origin: 'import', addedAt: 1 });
const QUERIES = ['Biden', 'Stoltenberg', 'sanctions', 'harbour bridge', 'Ruiz', 'chemical weapons', 'ferry'];

/** What a search answers, order aside (scores of an updated index may differ in the last digits from a fresh one's). */
const answers = (hits: { kind: string; articleId: string; text: string; alsoCarriedBy?: string[] }[]) =>
  hits.map((h) => `${h.kind} ${h.articleId} ${h.text} [${(h.alsoCarriedBy ?? []).join(',')}]`).sort();

/** The stored search index thrown away and filled again from the stored corpus, as for a database stored before it. */
async function refill(db: Db): Promise<void> {
  const tx = db.transaction([...SEARCH_STORES, 'meta'], 'readwrite');
  await Promise.all([...SEARCH_STORES.map((s) => tx.objectStore(s).clear()), tx.objectStore('meta').delete(SEARCH_FILL_KEY), tx.objectStore('meta').delete(SEARCH_TOTALS_KEY), tx.done]);
  expect(await fillStoredSearch(db, (work) => work(), 2)).toBeGreaterThan(0);
}

describe('the popup search follows writes instead of being rebuilt', () => {
  // The index is written inside each corpus write; a search built afresh from the stored corpus must answer the same.
  it('after articles are added, rewritten and removed, it answers what a search built from the store answers', async () => {
    const db = await openCrossreadDb('search-follow');
    const engine = await CoverageEngine.open(db, bundled);
    expect((await engine.search('Biden')).length).toBeGreaterThan(0); // built now
    await engine.addArticles([
      article('h1', '“It is a good day for the harbour,” said Mayor Ana Ruiz after the council voted for the harbour bridge.'),
      article('h2', 'The harbour bridge vote passed 5 to 4. “It is a good day for the harbour,” said Mayor Ana Ruiz.', 'Harbour Gazette'),
    ]);
    // A bundled article rewritten: its old words leave the search with it.
    const seed = bundled.articles[1]!;
    await engine.addArticles([{ ...seed, text: 'The ferry to the island runs again, the operator said.' }]);
    await engine.removeArticle(bundled.articles[2]!.id);
    const followed = await Promise.all(QUERIES.map((q) => engine.search(q, 50)));
    const bySpeaker = await engine.search('', 50, { speaker: 'Ana Ruiz' });
    const facets = await engine.searchFacets();
    expect(followed.every((hits) => hits.length > 0)).toBe(true);
    await refill(db);
    for (const [i, q] of QUERIES.entries()) expect(answers(followed[i]!), q).toEqual(answers(await engine.search(q, 50)));
    expect(answers(bySpeaker)).toEqual(answers(await engine.search('', 50, { speaker: 'Ana Ruiz' })));
    expect(bySpeaker.length).toBeGreaterThan(0);
    // The rewritten article, and its one statement (the operator's, reported without quotation marks).
    expect((await engine.search('ferry')).map((h) => `${h.kind} ${h.articleId}`).sort()).toEqual([`article ${seed.id}`, `quote ${seed.id}`]);
    expect((await engine.search('Ruiz', 50)).filter((h) => h.kind === 'quote')).toHaveLength(1); // one statement, two outlets
    expect(await engine.searchFacets()).toEqual(facets);
  });
});
