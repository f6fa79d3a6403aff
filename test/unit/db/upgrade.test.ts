import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openCrossreadDb } from '../../../utils/db/schema';
import { getSettings } from '../../../utils/coverage/settings';

const saved = JSON.parse(readFileSync(new URL('../../fixtures/db/v1.json', import.meta.url), 'utf8')) as {
  version: number;
  stores: Record<string, Record<string, unknown>[]>;
};

/** Writes the saved records with the version-1 layout, frozen here as it shipped. */
async function writeV1(name: string): Promise<void> {
  const db = await openDB(name, 1, {
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
    },
  });
  for (const [store, records] of Object.entries(saved.stores)) for (const r of records) await db.put(store, r);
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
    expect(await getSettings(db)).toEqual({ collectReading: true, excludedSites: ['private.example'] });
    expect(await db.count('highlights')).toBe(0);
  });
});
