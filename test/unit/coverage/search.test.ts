import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CorpusSearch } from '../../../utils/coverage/search';
import { putEntries } from '../../../utils/db/corpus';
import { openCrossreadDb, type StoredQuote, type StoredSource, type StoredStatement } from '../../../utils/db/schema';
import { addSource } from '../../../utils/db/sources';
import type { Article } from '../../../utils/types';

const art = (id: string, source: string, published: string | null, text: string): Article => ({
  id, title: `Title ${id}`, source, byline: null, published, url: null, lang: 'en', text, origin: 'import', addedAt: 0,
});
const q = (articleId: string, i: number, quote: string, speaker: string): StoredQuote => ({
  key: `${articleId}#${i}`, articleId, speakerKey: speaker.toLowerCase(), quote, start: 0, end: quote.length, speaker, speakerMention: speaker, speakerStart: 0, speakerEnd: 0, kind: 'direct', cue: null, cueStart: null, cueEnd: null,
});

let dbs = 0;
/**
 * A search over a store holding these articles, quotes (keyed `${articleId}#${i}`, as the store
 * keys them), statements (each article in story `s:${id}` unless a statement names its story) and
 * followed feeds: the search reads the index the corpus write made.
 */
async function stored(articles: Article[], quotes: StoredQuote[], statements: StoredStatement[] = [], sourceTitles = new Map<string, string>()): Promise<CorpusSearch> {
  const db = await openCrossreadDb(`search-${++dbs}`);
  for (const [id, title] of sourceTitles) await addSource(db, { id, feedUrl: `https://${id}.example/feed`, title } as StoredSource);
  const storyOf = (id: string) => statements.find((st) => st.members.some((m) => m.articleId === id))?.storyId ?? `s:${id}`;
  const entries = articles.map((a) => {
    const own = quotes.filter((x) => x.articleId === a.id);
    return { article: a, quotes: own, speakerKeys: own.map((x) => x.speakerKey), features: null, storyId: storyOf(a.id) };
  });
  await putEntries(db, entries, (sid) => statements.filter((st) => st.storyId === sid));
  return new CorpusSearch(db);
}

const search = await stored(
  [art('a', 'Wire', '2022-03-23', 'Chemical weapons would change the conflict.'), art('b', 'Post', '2022-03-25', 'Leaders met in Brussels about chemical weapons.'), art('c', 'Post', null, 'Ferries run late.')],
  [q('a', 0, 'We are determined to impose costs', 'Jens Stoltenberg'), q('b', 0, 'No one can feel safe now', 'Gitanas Nauseda')],
);

describe('CorpusSearch', () => {
  it('returns the matched words for highlighting, with prefixes and typos', async () => {
    const hits = await search.search('chemic');
    expect(hits.length).toBe(2);
    expect(hits[0]!.terms).toContain('chemical');
    expect((await search.search('Stoltenburg'))[0]?.speaker).toBe('Jens Stoltenberg');
  });
  it('filters by outlet, speaker and dates; undated articles drop out of a date range', async () => {
    expect((await search.search('chemical', 20, { outlet: 'Post' })).map((h) => h.articleId)).toEqual(['b']);
    expect((await search.search('', 20, { speaker: 'Gitanas Nauseda' })).map((h) => h.text)).toEqual(['No one can feel safe now']);
    expect((await search.search('', 20, { from: '2022-03-24' })).map((h) => h.articleId)).toEqual(['b']);
    expect((await search.search('', 20, { outlet: 'Post' })).map((h) => h.articleId)).toEqual(['b', 'c']);
  });
  it('offers outlets and speakers to filter by, most frequent first', async () => {
    expect(await search.facets()).toEqual({ outlets: ['Post', 'Wire'], speakers: ['Gitanas Nauseda', 'Jens Stoltenberg'], sources: [] });
  });
  it('filters by the followed feed an article came from, and offers the feeds that have articles by title', async () => {
    const fed = (id: string, sourceId: string, text: string): Article => ({ ...art(id, 'Wire', '2022-03-24', text), origin: 'feed', feed: { sourceId, itemId: id, itemHash: id } });
    const s = await stored([fed('f1', 'src-1', 'Bridge reopens.'), fed('f2', 'src-2', 'Bridge closes.'), art('x', 'Wire', null, 'Bridge painted.')], [], [], new Map([['src-1', 'Wire: Top stories'], ['src-2', 'Wire: Local']]));
    expect((await s.search('bridge', 20, { feedSource: 'src-2' })).map((h) => h.articleId)).toEqual(['f2']);
    expect((await s.search('', 20, { feedSource: 'src-1' })).map((h) => h.articleId)).toEqual(['f1']);
    expect((await s.facets()).sources).toEqual([{ id: 'src-2', title: 'Wire: Local' }, { id: 'src-1', title: 'Wire: Top stories' }]);
    // A feed no longer followed (its articles kept) is not offered: its articles are under their outlet.
    const unfollowed = await stored([fed('f1', 'src-1', 'Bridge reopens.'), fed('f2', 'src-gone', 'Bridge closes.')], [], [], new Map([['src-1', 'Wire: Top stories']]));
    expect((await unfollowed.facets()).sources).toEqual([{ id: 'src-1', title: 'Wire: Top stories' }]);
  });
  it('one hit per stored statement, naming the other outlets that carried it', async () => {
    const quotes = [q('a', 0, 'We are determined to impose costs on Russia', 'Jens Stoltenberg'), q('b', 0, 'We are determined to impose costs on Russia', 'Jens Stoltenberg')];
    const statement = {
      id: 's:a|x', storyId: 's:a', speakerKey: 'stoltenberg', speaker: 'Jens Stoltenberg', text: quotes[0]!.quote, outlets: 2,
      members: quotes.map((x) => ({ quoteKey: x.key, articleId: x.articleId, source: x.articleId === 'a' ? 'Wire' : 'Post', quote: x })),
    };
    const s = await stored([art('a', 'Wire', '2022-03-23', 'x'), art('b', 'Post', '2022-03-25', 'y')], quotes, [statement]);
    const hits = await s.search('determined costs');
    expect(hits.filter((h) => h.kind === 'quote')).toHaveLength(1);
    const hit = hits.find((h) => h.kind === 'quote')!;
    expect(hit.alsoCarriedBy).toEqual([hit.source === 'Wire' ? 'Post' : 'Wire']);
    // Without statements (nothing grouped yet) every quote is its own hit.
    expect(await (await stored([art('a', 'Wire', null, 'x'), art('b', 'Post', null, 'y')], quotes)).search('determined costs')).toHaveLength(2);
  });
});
