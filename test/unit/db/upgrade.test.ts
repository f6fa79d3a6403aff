import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openCrossreadDb } from '../../../utils/db/schema';
import { getSettings } from '../../../utils/coverage/settings';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { statementsOfStory } from '../../../utils/db/corpus';
import { correctionsOf, putCorrection } from '../../../utils/db/corrections';

type Saved = { version: number; stores: Record<string, Record<string, unknown>[]> };
const load = (file: string): Saved => JSON.parse(readFileSync(new URL(`../../fixtures/db/${file}`, import.meta.url), 'utf8')) as Saved;
const saved = load('v1.json');
const savedV2 = load('v2.json');
const savedV3 = load('v3.json');
const savedV4 = load('v4.json');
const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;

/** Writes the saved records with the layout of their version (1, 2 or 3), frozen here as it shipped. */
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
    },
  });
  for (const [store, records] of Object.entries(data.stores)) for (const r of records) await db.put(store, r);
  db.close();
}

describe('schema upgrades', () => {
  it('upgrades a version-1 database to the current version with every record intact', async () => {
    await writeV1('upgrade-v1');
    const db = await openCrossreadDb('upgrade-v1');
    expect(db.version).toBe(DB_VERSION);
    for (const [store, records] of Object.entries(saved.stores)) {
      const now = await db.getAll(store as 'articles');
      expect(now, store).toEqual(records);
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
      expect(await db.getAll(store as 'articles'), store).toEqual(records);
    }
    await CoverageEngine.open(db, bundled);
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
      expect(await db.getAll(store as 'articles'), store).toEqual(records);
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
      expect(await db.getAll(store as 'articles'), store).toEqual(records);
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
});
