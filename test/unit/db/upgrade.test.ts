import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openCrossreadDb } from '../../../utils/db/schema';
import { getSettings } from '../../../utils/coverage/settings';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { statementsOfStory } from '../../../utils/db/corpus';
import { correctionsOf, putCorrection } from '../../../utils/db/corrections';
import { getMeta } from '../../../utils/db/corpus';
import { QUOTES_VERSION_KEY } from '../../../utils/coverage/requote';
import { extractQuotes, QUOTES_VERSION } from '../../../utils/quotes';
import { MatchIndex } from '../../../utils/match/index';
import type { ArticleFeatures } from '../../../utils/match/types';
import type { ExtractedArticle } from '../../../utils/article/extract';
import type { Article } from '../../../utils/types';
import { TOP } from '../../../utils/coverage/analysis';

type Saved = { version: number; stores: Record<string, Record<string, unknown>[]> };
/** Typed arrays, which the saved JSON tags (test/fixtures/db/write-v6.ts), as IndexedDB stored them. */
const TYPED = { Int32Array, Uint8Array, Uint16Array, Uint32Array, Float32Array, Float64Array } as const;
function untag(_key: string, value: unknown): unknown {
  const v = value as { $typed?: keyof typeof TYPED; values?: number[] } | null;
  return v && typeof v === 'object' && v.$typed && v.values ? TYPED[v.$typed].from(v.values) : value;
}
const load = (file: string): Saved => JSON.parse(readFileSync(new URL(`../../fixtures/db/${file}`, import.meta.url), 'utf8'), untag) as Saved;
const saved = load('v1.json');
const savedV2 = load('v2.json');
const savedV3 = load('v3.json');
const savedV4 = load('v4.json');
const savedV5 = load('v5.json');
const savedV6 = load('v6.json');
const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;

/** Writes the saved records with the layout of their version (1 to 6; 6 added no store), frozen here as it shipped. */
async function writeV1(name: string, data: Saved = saved): Promise<void> {
  const db = await openDB(name, data.version, {
    upgrade(d) {
      const articles = d.createObjectStore('articles', { keyPath: 'id' });
      articles.createIndex('url', 'url');
      articles.createIndex('addedAt', 'addedAt');
      const quotes = d.createObjectStore('quotes', { keyPath: 'key' });
      quotes.createIndex('articleId', 'articleId');
      quotes.createIndex('speakerKey', 'speakerKey');
      d.createObjectStore('features', { keyPath: 'id' });
      d.createObjectStore('meta', { keyPath: 'key' });
      d.createObjectStore('tabs', { keyPath: 'tabId' });
      if (data.version >= 2) {
        const highlights = d.createObjectStore('highlights', { keyPath: 'id' });
        highlights.createIndex('url', 'url');
        highlights.createIndex('updatedAt', 'updatedAt');
      }
      if (data.version >= 3) {
        quotes.createIndex('storyId', 'storyId');
        d.createObjectStore('stories', { keyPath: 'articleId' }).createIndex('storyId', 'storyId');
        const statements = d.createObjectStore('statements', { keyPath: 'id' });
        statements.createIndex('storyId', 'storyId');
        statements.createIndex('speakerKey', 'speakerKey');
      }
      if (data.version >= 4) {
        const corrections = d.createObjectStore('corrections', { keyPath: 'key' });
        corrections.createIndex('a', 'a');
        corrections.createIndex('b', 'b');
      }
      if (data.version >= 5) {
        d.createObjectStore('sources', { keyPath: 'id' }).createIndex('feedUrl', 'feedUrl', { unique: true });
        articles.createIndex('feedSource', 'feed.sourceId');
        articles.createIndex('originAdded', ['origin', 'addedAt']);
      }
    },
  });
  for (const [store, records] of Object.entries(data.stores)) for (const r of records) await db.put(store, r);
  db.close();
}

/** The meta row where version 6 kept the whole match index's snapshot (utils/coverage/live-corpus.ts SNAPSHOT_KEY at 1fcd63c). */
const V6_SNAPSHOT_KEY = 'matchIndexSnapshot';

/** A stored article as the extractor would have read its page. */
function pageOf(a: Article): ExtractedArticle {
  return { title: a.title, siteName: a.source, byline: a.byline, published: a.published, modified: null, canonicalUrl: a.url, lang: a.lang, paragraphs: a.text.split('\n\n'), excerpt: null };
}

/** What version 6 adds to a quote stored before quotes had kinds: it was a direct quote, its cue not kept. */
const DIRECT = { kind: 'direct', cue: null, cueStart: null, cueEnd: null };

/** A store's saved records as the current version keeps them: quotes, and the statements' copies of them, gain DIRECT. */
function upgraded(store: string, records: Record<string, unknown>[]): Record<string, unknown>[] {
  if (store === 'quotes') return records.map((q) => ({ ...q, ...DIRECT }));
  if (store === 'statements') return records.map((st) => ({ ...st, members: (st.members as { quote: object }[]).map((m) => ({ ...m, quote: { ...m.quote, ...DIRECT } })) }));
  return records;
}

describe('schema upgrades', () => {
  it('upgrades a version-1 database to the current version with every record intact', async () => {
    await writeV1('upgrade-v1');
    const db = await openCrossreadDb('upgrade-v1');
    expect(db.version).toBe(DB_VERSION);
    for (const [store, records] of Object.entries(saved.stores)) {
      const now = await db.getAll(store as 'articles');
      expect(now, store).toEqual(upgraded(store, records));
    }
    expect((await db.getAllFromIndex('quotes', 'speakerKey', 'ruiz')).map((q) => q.key)).toEqual(['old-1#0']);
    expect((await db.getFromIndex('articles', 'url', 'https://harbour.example/bridge'))?.id).toBe('old-1');
    expect(await getSettings(db)).toEqual({ collectReading: true, excludedSites: ['private.example'], feedRetentionDays: 90, feedMaxArticles: 10_000 });
    expect(await db.count('highlights')).toBe(0);
  });

  it('upgrades a version-2 database (highlights) with every record intact; the engine then gives old articles stories', async () => {
    await writeV1('upgrade-v2', savedV2);
    const db = await openCrossreadDb('upgrade-v2');
    expect(db.version).toBe(DB_VERSION);
    for (const [store, records] of Object.entries(savedV2.stores)) {
      expect(await db.getAll(store as 'articles'), store).toEqual(upgraded(store, records));
    }
    // The stored index is filled from the saved features first; the stories follow it.
    await (await CoverageEngine.open(db, bundled)).indexReady();
    const story = await db.get('stories', 'old-1');
    expect(story?.storyId).toBeTruthy();
    const quote = await db.get('quotes', 'old-1#0');
    expect(quote).toMatchObject({ storyId: story!.storyId, speaker: 'Ana Ruiz', source: (savedV2.stores.articles!.find((a) => a.id === 'old-1') as { source: string | null }).source });
    const statements = await statementsOfStory(db, story!.storyId);
    expect(statements.map((s) => [s.speaker, s.members.map((m) => m.quoteKey)])).toEqual([['Ana Ruiz', ['old-1#0']]]);
    expect(await db.getAll('highlights')).toEqual(savedV2.stores.highlights);
  });

  it('upgrades a version-3 database (stories, statements) with every record intact, and adds an empty corrections store', async () => {
    await writeV1('upgrade-v3', savedV3);
    const db = await openCrossreadDb('upgrade-v3');
    expect(db.version).toBe(DB_VERSION);
    for (const [store, records] of Object.entries(savedV3.stores)) {
      expect(await db.getAll(store as 'articles'), store).toEqual(upgraded(store, records));
    }
    expect([...db.objectStoreNames]).toContain('corrections');
    expect(await db.count('corrections')).toBe(0);
    expect((await db.getAllFromIndex('quotes', 'storyId', 's:old-1')).map((q) => q.key)).toEqual(['old-1#0']);
    // The new store works from either article of a pair.
    await putCorrection(db, { a: 'old-1', b: 'old-2', verdict: 'different', at: 5 });
    expect((await correctionsOf(db, 'old-2')).map((c) => [c.a, c.b, c.verdict])).toEqual([['old-1', 'old-2', 'different']]);
    // The engine starts on it and keeps the stories it had.
    await CoverageEngine.open(db, bundled);
    expect(await db.get('stories', 'old-1')).toEqual({ articleId: 'old-1', storyId: 's:old-1' });
    expect((await statementsOfStory(db, 's:old-1')).map((s) => s.members.map((m) => m.quoteKey))).toEqual([['old-1#0']]);
  });

  it('upgrades a version-4 database (corrections) with every record intact, and adds the feed sources and the articles-by-feed index', async () => {
    await writeV1('upgrade-v4', savedV4);
    const db = await openCrossreadDb('upgrade-v4');
    expect(db.version).toBe(DB_VERSION);
    for (const [store, records] of Object.entries(savedV4.stores)) {
      expect(await db.getAll(store as 'articles'), store).toEqual(upgraded(store, records));
    }
    expect(await db.count('sources')).toBe(0);
    // Old articles have no feed: the new index finds none of them, and finds a feed article by its source.
    expect(await db.countFromIndex('articles', 'feedSource', 'src-x')).toBe(0);
    const old = (savedV4.stores.articles![0] as unknown) as import('../../../utils/types').Article;
    await db.put('articles', { ...old, id: 'fed-1', url: 'https://harbour.example/fed', origin: 'feed', feed: { sourceId: 'src-x', itemId: 'g1', itemHash: 'h' } });
    expect(await db.getAllKeysFromIndex('articles', 'feedSource', 'src-x')).toEqual(['fed-1']);
    // And the old articles are found by origin and age, for retention.
    expect(await db.countFromIndex('articles', 'originAdded', IDBKeyRange.bound(['import', 0], ['import', Infinity]))).toBe(savedV4.stores.articles!.filter((a) => (a as { origin: string }).origin === 'import').length);
    expect(await db.getAllKeysFromIndex('articles', 'originAdded', IDBKeyRange.bound(['feed', 0], ['feed', Infinity]))).toEqual(['fed-1']);
    expect((await correctionsOf(db, 'old-2')).map((c) => [c.a, c.b, c.verdict])).toEqual([['old-1', 'old-2', 'different']]);
  });

  it('upgrades a version-5 database (feeds) with every record intact; its quotes become direct quotes with no cue', async () => {
    // A quote written at version 5 by a later extractor (b44f7e1 gave quotes a kind before the schema knew): kept as it is.
    const later = { key: 'old-2#0', articleId: 'old-2', speakerKey: '', storyId: 's:old-2', source: null, quote: 'Ferries will run late', start: 0, end: 21, kind: 'indirect', cue: 'will', cueStart: 8, cueEnd: 12, speaker: null, speakerMention: null, speakerStart: null, speakerEnd: null };
    await writeV1('upgrade-v5', { ...savedV5, stores: { ...savedV5.stores, quotes: [...savedV5.stores.quotes!, later] } });
    const db = await openCrossreadDb('upgrade-v5');
    expect(db.version).toBe(DB_VERSION);
    for (const [store, records] of Object.entries(savedV5.stores)) {
      if (store === 'quotes') continue;
      expect(await db.getAll(store as 'articles'), store).toEqual(upgraded(store, records));
    }
    const quotes = await db.getAll('quotes');
    expect(quotes).toEqual([...upgraded('quotes', savedV5.stores.quotes!), later].sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1)));
    expect(quotes.map((q) => [q.key, q.kind, q.cue])).toEqual([['feed-1#0', 'direct', null], ['old-1#0', 'direct', null], ['old-2#0', 'indirect', 'will']]);
    // The statement of the two outlets keeps both members, each now a direct quote.
    const [statement] = await db.getAll('statements');
    expect(statement!.members.map((m) => [m.quoteKey, m.quote.kind, m.quote.cue, m.quote.cueStart, m.quote.cueEnd])).toEqual([
      ['feed-1#0', 'direct', null, null, null],
      ['old-1#0', 'direct', null, null, null],
    ]);
    // The indexes still find them, and the feed's source and its article are as they were.
    expect((await db.getAllFromIndex('quotes', 'speakerKey', 'ruiz')).map((q) => q.key)).toEqual(['feed-1#0', 'old-1#0']);
    expect((await db.getAllFromIndex('quotes', 'storyId', 's:old-1')).map((q) => q.key)).toEqual(['feed-1#0', 'old-1#0']);
    expect(await db.getAllKeysFromIndex('articles', 'feedSource', 'src-harbour')).toEqual(['feed-1']);
    expect((await db.getFromIndex('sources', 'feedUrl', 'https://gazette.example/feed.xml'))?.id).toBe('src-harbour');
    // The engine then re-extracts them from the stored text (the extractor changed since), once.
    expect(await getMeta(db, QUOTES_VERSION_KEY)).toBeUndefined();
    const engine = await CoverageEngine.open(db, bundled);
    expect(await engine.quotesReady()).toBe(3);
    expect(await getMeta(db, QUOTES_VERSION_KEY)).toBe(QUOTES_VERSION);
    for (const a of savedV5.stores.articles as unknown as import('../../../utils/types').Article[]) {
      const now = (await db.getAllFromIndex('quotes', 'articleId', a.id)).map(({ key: _k, articleId: _a, speakerKey: _s, storyId: _st, source: _so, ...q }) => q);
      expect(now, a.id).toEqual(extractQuotes(a.text));
    }
    expect(await db.get('quotes', 'old-1#0')).toMatchObject({ kind: 'direct', cue: 'said', storyId: 's:old-1', source: 'Harbour Post' });
    const grouped = await statementsOfStory(db, 's:old-1');
    // The two outlets' statement is grouped again from the new quotes: both members now carry their cue.
    expect(grouped.find((st) => st.members.length === 2)?.members.map((m) => [m.articleId, m.quote.quote, m.quote.kind, m.quote.cue])).toEqual([
      ['feed-1', 'It is a good day', 'direct', 'said'],
      ['old-1', 'It is a good day', 'direct', 'said'],
    ]);
  });

  it('upgrades a version-6 database (written by the engine of 1fcd63c) with every record intact, and adds the empty match-index stores', async () => {
    // The fixture holds what the brief of #17 asks of it: quotes of every kind, statements of two outlets, the snapshot row.
    expect(new Set(savedV6.stores.quotes!.map((q) => q.kind))).toEqual(new Set(['direct', 'mixed', 'indirect']));
    expect(savedV6.stores.statements!.filter((st) => st.outlets === 2).map((st) => (st.members as { quote: { kind: string } }[]).map((m) => m.quote.kind))).toEqual([['indirect', 'indirect'], ['direct', 'direct'], ['mixed', 'mixed']]);
    expect(savedV6.stores.meta!.map((m) => m.key)).toContain(V6_SNAPSHOT_KEY);
    await writeV1('upgrade-v6', savedV6);
    const db = await openCrossreadDb('upgrade-v6');
    expect(db.version).toBe(DB_VERSION);
    for (const [store, records] of Object.entries(savedV6.stores)) {
      // Every record is kept but the snapshot of the whole index, which version 7 no longer reads (dead weight: 177 MB at 100k articles).
      const kept = store === 'meta' ? records.filter((m) => m.key !== V6_SNAPSHOT_KEY) : records;
      expect(await db.getAll(store as 'articles'), store).toEqual(kept);
    }
    expect(await db.get('meta', V6_SNAPSHOT_KEY)).toBeUndefined();
    for (const store of ['matchKeys', 'matchBlocks', 'matchDocs'] as const) {
      expect([...db.objectStoreNames], store).toContain(store);
      expect(await db.count(store), store).toBe(0);
    }
    // The indexes of version 6 still find their records.
    expect(await db.getAllKeysFromIndex('articles', 'feedSource', 'src-gazette')).toEqual(['feed-gazette-bridge']);
    expect(await db.getAllKeysFromIndex('articles', 'originAdded', IDBKeyRange.bound(['import', 0], ['import', Infinity]))).toEqual(['bridge-post', 'ferry-herald', 'ferry-times']);
    expect((await db.getAllFromIndex('quotes', 'speakerKey', 'lind')).map((q) => [q.key, q.kind])).toEqual([['ferry-herald#1', 'mixed'], ['ferry-herald#2', 'indirect'], ['ferry-times#1', 'mixed']]);
    expect((await db.getAllFromIndex('stories', 'storyId', 's:bridge-post')).map((s) => s.articleId)).toEqual(['bridge-post', 'feed-gazette-bridge']);
    expect((await statementsOfStory(db, 's:ferry-times')).filter((st) => st.outlets === 2).map((st) => st.members.map((m) => m.articleId))).toEqual([['ferry-herald', 'ferry-times']]);
    expect((await correctionsOf(db, 'ferry-times')).map((c) => [c.a, c.b, c.verdict])).toEqual([['bridge-post', 'ferry-times', 'different']]);
    expect(await getSettings(db)).toEqual({ collectReading: true, excludedSites: ['private.example'], feedRetentionDays: 60, feedMaxArticles: 5000 });
  });

  it('starts the engine on the upgraded version-6 database: a page of each story finds the other outlet, as an index of the saved features does in memory', async () => {
    await writeV1('upgrade-v6-engine', savedV6);
    const db = await openCrossreadDb('upgrade-v6-engine');
    const engine = await CoverageEngine.open(db, bundled);
    // Quotes and features were written by the current extractor and matcher: nothing is redone; the
    // stored index is filled from the saved features (one record per article), beside the first answers.
    expect(await engine.quotesReady()).toBe(0);
    expect(await engine.indexReady()).toBe(4);
    expect(engine.size).toBe(4);
    expect(await db.count('matchDocs')).toBe(4);
    const memory = new MatchIndex();
    for (const f of savedV6.stores.features!) memory.add(f.features as ArticleFeatures);
    const articles = savedV6.stores.articles as unknown as Article[];
    for (const [page, other] of [['bridge-post', 'feed-gazette-bridge'], ['ferry-herald', 'ferry-times']] as const) {
      const article = articles.find((a) => a.id === page)!;
      const analysis = await engine.analyzedPage(pageOf(article), article.url!);
      expect(analysis.subject.corpusId, page).toBe(page);
      const inMemory = memory.query(analysis.features, { top: TOP, exclude: [page] });
      expect(inMemory.filter((m) => m.tier === 'same-story').map((m) => m.id), page).toEqual([other]);
      expect(analysis.matches, page).toEqual(inMemory);
      const view = await engine.analyzedView(analysis, null);
      expect(view.state === 'ready' ? view.sameStory.map((c) => c.id) : view.state, page).toEqual([other]);
    }
  });
});
