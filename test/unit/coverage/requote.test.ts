import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { CorpusSearch } from '../../../utils/coverage/search';
import { requoteStored, QUOTES_VERSION_KEY, REQUOTE_PROGRESS_KEY } from '../../../utils/coverage/requote';
import { storyStatements } from '../../../utils/coverage/stories';
import { allArticles, allQuotes, getMeta, GENERATION_KEY, putEntries, putQuotes, statementsOfStory } from '../../../utils/db/corpus';
import { openCrossreadDb, type Db, type StoredQuote } from '../../../utils/db/schema';
import { extractQuotes, QUOTES_VERSION, speakerKey } from '../../../utils/quotes';
import type { Article, Quote } from '../../../utils/types';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
const wire: Article = {
  id: 'wire-1', title: 'Stoltenberg warns on chemical weapons', source: 'Wire', byline: null, published: null, url: null, lang: 'en', origin: 'import', addedAt: 1,
  text: 'NATO Secretary General Jens Stoltenberg said any use of chemical weapons by Russia would change the nature of the conflict.\n\n“We will not be dragged into this war,” Mr. Stoltenberg told reporters in Brussels.',
};
let n = 0;

/** A stored quote without what the store adds. */
const plain = ({ key: _k, articleId: _a, speakerKey: _s, storyId: _st, source: _so, ...q }: StoredQuote): Quote => q;
/** Stored order: by article, then by the quote's place in it (`id#3` before `id#10`). */
const byKey = (a: { key: string }, b: { key: string }) => {
  const [ia, na] = a.key.split('#');
  const [ib, nb] = b.key.split('#');
  return ia! < ib! ? -1 : ia! > ib! ? 1 : Number(na) - Number(nb);
};

/** A stale quote an older extractor found in seed-000 and the current one does not. */
const ZEBRA: Quote = { quote: 'zebra crossing outside the summit', start: 0, end: 9, kind: 'direct', cue: null, cueStart: null, cueEnd: null, speaker: 'Jen Psaki', speakerMention: 'Psaki', speakerStart: 0, speakerEnd: 5 };

/**
 * A corpus as an older extractor left it, stored through the corpus's own write (putEntries, the
 * statements grouped from those quotes): only direct quotes, with no cue (what version 6 makes of
 * them), one stale quote more in seed-000, and no quote extractor version recorded.
 */
async function oldCorpus(): Promise<{ name: string; db: Db }> {
  const name = `requote-${++n}`;
  const db = await openCrossreadDb(name);
  const engine = await CoverageEngine.open(db, bundled);
  await engine.addArticles([wire]);
  const articles = await allArticles(db);
  const entries = await Promise.all(
    articles.map(async (article) => {
      const old: Quote[] = extractQuotes(article.text).filter((q) => q.kind === 'direct').map((q) => ({ ...q, cue: null, cueStart: null, cueEnd: null }));
      if (article.id === 'seed-000') old.push(ZEBRA);
      return {
        article,
        quotes: old,
        speakerKeys: old.map((q) => (q.speaker ? speakerKey(q.speaker) : '')),
        features: (await db.get('features', article.id))!.features,
        storyId: (await db.get('stories', article.id))!.storyId,
      };
    }),
  );
  await putEntries(db, entries, storyStatements);
  await db.delete('meta', QUOTES_VERSION_KEY);
  return { name, db };
}

/** Every stored article's quotes are what the current extractor finds in its text, and every story's statements are grouped from them. */
async function expectCurrent(db: Db): Promise<void> {
  const quotes = (await allQuotes(db)).sort(byKey);
  for (const a of await allArticles(db)) {
    const mine = quotes.filter((q) => q.articleId === a.id);
    expect(mine.map(plain), a.id).toEqual(extractQuotes(a.text));
    expect(mine.map((q) => q.key)).toEqual(mine.map((_, i) => `${a.id}#${i}`));
    const story = (await db.get('stories', a.id))!.storyId;
    for (const q of mine) expect([q.storyId, q.source]).toEqual([story, a.source]);
  }
  for (const story of new Set((await db.getAll('stories')).map((s) => s.storyId))) {
    const members = quotes.filter((q) => q.storyId === story);
    expect((await statementsOfStory(db, story)).sort((x, y) => (x.id < y.id ? -1 : 1)), story).toEqual(storyStatements(story, members).sort((x, y) => (x.id < y.id ? -1 : 1)));
  }
}

describe('re-extraction of stored quotes when the extractor changed', () => {
  it('at start-up gives an old corpus the current quotes and statements, records the version, and follows in the search; a second start does nothing', async () => {
    const { name, db } = await oldCorpus();
    expect((await allQuotes(db)).some((q) => q.quote === ZEBRA.quote)).toBe(true);
    const generation = await getMeta<number>(db, GENERATION_KEY);
    // The stored search holds the stale quote; the re-extraction's batches must take it out.
    const before = await new CorpusSearch(db).search('zebra crossing');
    const engine = await CoverageEngine.open(db, bundled);
    expect(await engine.quotesReady()).toBe(5);
    await expectCurrent(db);
    expect((await allQuotes(db)).some((q) => q.quote === ZEBRA.quote)).toBe(false);
    expect(await getMeta(db, QUOTES_VERSION_KEY)).toBe(QUOTES_VERSION);
    expect(await getMeta(db, REQUOTE_PROGRESS_KEY)).toBeUndefined();
    // Quotes are not the match index's input: the corpus generation (so the snapshot) stays.
    expect(await getMeta<number>(db, GENERATION_KEY)).toBe(generation);
    expect(before.filter((h) => h.kind === 'quote').map((h) => h.text)).toEqual([ZEBRA.quote]);
    expect((await engine.search('zebra crossing')).filter((h) => h.kind === 'quote')).toEqual([]);
    // A second start re-extracts nothing: a quote changed in the store stays changed.
    const q = (await db.get('quotes', 'seed-001#0'))!;
    await db.put('quotes', { ...q, quote: 'changed by hand' });
    const again = await CoverageEngine.open(await openCrossreadDb(name), bundled);
    expect(await again.quotesReady()).toBe(0);
    expect((await db.get('quotes', 'seed-001#0'))!.quote).toBe('changed by hand');
  });

  it('a corpus recorded at an older version (direct quotes only) is re-extracted too, and then shows reported speech', async () => {
    const { db } = await oldCorpus();
    await db.put('meta', { key: QUOTES_VERSION_KEY, value: QUOTES_VERSION - 1 });
    expect((await allQuotes(db)).filter((q) => q.kind !== 'direct')).toEqual([]);
    const engine = await CoverageEngine.open(db, bundled);
    expect(await engine.quotesReady()).toBe(5);
    await expectCurrent(db);
    // The reported speech of the articles already stored, in the quotes and in the grouped statements.
    const kinds = new Set((await allQuotes(db)).map((q) => q.kind));
    expect([...kinds].sort()).toEqual(['direct', 'indirect', 'mixed']);
    const members = (await db.getAll('statements')).flatMap((st) => st.members.map((m) => m.quote.kind));
    expect(members).toContain('indirect');
    expect(await getMeta(db, QUOTES_VERSION_KEY)).toBe(QUOTES_VERSION);
  });

  it('a first start on an empty database records the version without re-extracting the bundled articles', async () => {
    const db = await openCrossreadDb(`requote-${++n}`);
    const engine = await CoverageEngine.open(db, bundled);
    expect(await engine.quotesReady()).toBe(0);
    expect(await getMeta(db, QUOTES_VERSION_KEY)).toBe(QUOTES_VERSION);
    await expectCurrent(db);
  });

  it('stopped after a batch, it leaves a consistent corpus and the next start goes on after the last batch written', async () => {
    const { name, db } = await oldCorpus();
    const ids = (await allArticles(db)).map((a) => a.id);
    expect(ids).toEqual(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'wire-1']);
    const oldQuotes = (await allQuotes(db)).sort(byKey);
    let writes = 0;
    const stopping = {
      oneWrite: <T>(work: () => Promise<T>) => (++writes === 2 ? Promise.reject(new Error('worker stopped')) : work()),
    };
    await expect(requoteStored(db, stopping, QUOTES_VERSION, 2)).rejects.toThrow('worker stopped');
    expect(await getMeta(db, REQUOTE_PROGRESS_KEY)).toEqual({ version: QUOTES_VERSION, after: 'seed-001' });
    expect(await getMeta(db, QUOTES_VERSION_KEY)).toBeUndefined();
    // The first batch's articles have their new quotes, the others their old ones, and statements match what is stored.
    const quotes = (await allQuotes(db)).sort(byKey);
    const of = (qs: StoredQuote[], id: string) => qs.filter((q) => q.articleId === id);
    for (const id of ['seed-000', 'seed-001']) expect(of(quotes, id).map(plain)).toEqual(extractQuotes((await db.get('articles', id))!.text));
    for (const id of ['seed-002', 'seed-003', 'wire-1']) expect(of(quotes, id)).toEqual(of(oldQuotes, id));
    for (const story of new Set(quotes.map((q) => q.storyId!))) {
      expect((await statementsOfStory(db, story)).map((s) => s.id).sort()).toEqual(storyStatements(story, quotes.filter((q) => q.storyId === story)).map((s) => s.id).sort());
    }
    // The next start goes on from seed-002: three articles, then the version is recorded.
    const engine = await CoverageEngine.open(await openCrossreadDb(name), bundled);
    expect(await engine.quotesReady()).toBe(3);
    await expectCurrent(db);
    expect(await getMeta(db, QUOTES_VERSION_KEY)).toBe(QUOTES_VERSION);
    expect(await getMeta(db, REQUOTE_PROGRESS_KEY)).toBeUndefined();
  });

  it('a walk begun for an older version starts again from the first article', async () => {
    const { db } = await oldCorpus();
    await db.put('meta', { key: REQUOTE_PROGRESS_KEY, value: { version: QUOTES_VERSION - 1, after: 'seed-003' } });
    const host = { oneWrite: <T>(work: () => Promise<T>) => work() };
    expect(await requoteStored(db, host, QUOTES_VERSION, 2)).toBe(5);
    await expectCurrent(db);
  });

  it('a batch is all or nothing: a quote the store cannot keep leaves every quote and the progress as they were', async () => {
    const { db } = await oldCorpus();
    const before = (await allQuotes(db)).sort(byKey);
    const statements = await db.getAll('statements');
    const [a, b] = (await allArticles(db)).slice(0, 2);
    const good = { article: a!, quotes: extractQuotes(a!.text), speakerKeys: [] };
    const bad = { article: b!, quotes: [{ ...ZEBRA, speaker: (() => 'x') as unknown as string }], speakerKeys: [''] };
    await expect(putQuotes(db, [good, bad], storyStatements, { put: [{ key: REQUOTE_PROGRESS_KEY, value: { version: QUOTES_VERSION, after: b!.id } }] })).rejects.toThrow();
    expect((await allQuotes(db)).sort(byKey)).toEqual(before);
    expect(await db.getAll('statements')).toEqual(statements);
    expect(await getMeta(db, REQUOTE_PROGRESS_KEY)).toBeUndefined();
  });

  it('leaves an article deleted or rewritten since its text was read', async () => {
    const { db } = await oldCorpus();
    const [a, b] = (await allArticles(db)).slice(0, 2);
    await db.delete('articles', a!.id);
    await db.put('articles', { ...b!, text: `${b!.text}\n\nA later paragraph.` });
    const before = (await allQuotes(db)).filter((q) => q.articleId === b!.id);
    const out = await putQuotes(db, [a, b].map((x) => ({ article: x!, quotes: extractQuotes(x!.text), speakerKeys: [] })), storyStatements, {});
    expect(out).toEqual({ articles: [], stories: [] });
    expect((await allQuotes(db)).filter((q) => q.articleId === b!.id)).toEqual(before);
  });
});
