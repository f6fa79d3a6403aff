import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { CorpusSearch } from '../../../utils/coverage/search';
import { allArticles, allQuotes, allStatements } from '../../../utils/db/corpus';
import { openCrossreadDb, type Db } from '../../../utils/db/schema';
import type { Article } from '../../../utils/types';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
const article = (id: string, text: string, source = 'Harbour Post'): Article => ({ id, title: `Report ${id}`, source, byline: null, published: '2022-03-25', url: null, lang: 'en', text, origin: 'import', addedAt: 1 });
const QUERIES = ['Biden', 'Stoltenberg', 'sanctions', 'harbour bridge', 'Ruiz', 'chemical weapons', 'ferry'];

/** What a search answers, order aside (scores of an updated index may differ in the last digits from a fresh one's). */
const answers = (hits: { kind: string; articleId: string; text: string; alsoCarriedBy?: string[] }[]) =>
  hits.map((h) => `${h.kind} ${h.articleId} ${h.text} [${(h.alsoCarriedBy ?? []).join(',')}]`).sort();

async function fresh(db: Db): Promise<CorpusSearch> {
  return new CorpusSearch(await allArticles(db), await allQuotes(db), await allStatements(db));
}

describe('the popup search follows writes instead of being rebuilt', () => {
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
    const now = await fresh(db);
    for (const q of QUERIES) expect(answers(await engine.search(q, 50)), q).toEqual(answers(now.search(q, 50)));
    expect(answers(await engine.search('', 50, { speaker: 'Ana Ruiz' }))).toEqual(answers(now.search('', 50, { speaker: 'Ana Ruiz' })));
    // The rewritten article, and its one statement (the operator's, reported without quotation marks).
    expect((await engine.search('ferry')).map((h) => `${h.kind} ${h.articleId}`).sort()).toEqual([`article ${seed.id}`, `quote ${seed.id}`]);
    expect((await engine.search('Ruiz', 50)).filter((h) => h.kind === 'quote')).toHaveLength(1); // one statement, two outlets
    expect(await engine.searchFacets()).toEqual(now.facets());
  });
});
