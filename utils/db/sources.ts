/**
 * Reads and writes of the feeds the reader follows (the `sources` store) and of the articles found
 * by their feed. The fetch state of a source changes in its own small write; its articles are
 * written by utils/db/corpus.ts like any other, so both stay all-or-nothing.
 */
import type { Db, StoredSource } from './schema';

/** Every followed feed, oldest first. */
export async function allSources(db: Db): Promise<StoredSource[]> {
  return (await db.getAll('sources')).sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
}

export function getSource(db: Db, id: string): Promise<StoredSource | undefined> {
  return db.get('sources', id);
}

/** The source following this feed URL, if any (feed URLs are unique). */
export function sourceByFeedUrl(db: Db, feedUrl: string): Promise<StoredSource | undefined> {
  return db.getFromIndex('sources', 'feedUrl', feedUrl);
}

/**
 * Stores a new source; false when one with its id or feed URL exists already (never overwritten:
 * its schedule, validators and history stay as they are).
 */
export async function addSource(db: Db, source: StoredSource): Promise<boolean> {
  try {
    await db.add('sources', source);
    return true;
  } catch (err) {
    if (err instanceof Error && err.name === 'ConstraintError') return false;
    throw err;
  }
}

/**
 * Changes one source in a read-modify-write of its own, so two fetches ending at once never undo
 * each other's bookkeeping; a source removed meanwhile stays removed (answers undefined).
 */
export async function updateSource(db: Db, id: string, change: (s: StoredSource) => StoredSource): Promise<StoredSource | undefined> {
  const tx = db.transaction('sources', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) {
    await tx.done;
    return undefined;
  }
  const next = change(current);
  await Promise.all([tx.store.put(next), tx.done]);
  return next;
}

export async function deleteSource(db: Db, id: string): Promise<void> {
  await db.delete('sources', id);
}

/** How many corpus articles came from each of these sources. */
export async function feedArticleCounts(db: Db, ids: string[]): Promise<Map<string, number>> {
  const tx = db.transaction('articles');
  const index = tx.store.index('feedSource');
  const counts = await Promise.all(ids.map((id) => index.count(id)));
  return new Map(ids.map((id, i) => [id, counts[i]!]));
}

/** Ids of the corpus articles that came from one source. */
export async function articleIdsOfSource(db: Db, sourceId: string): Promise<string[]> {
  return (await db.getAllKeysFromIndex('articles', 'feedSource', sourceId)).map(String);
}

/** How many corpus articles came from any feed (only those have a key in the index). */
export function countFeedArticles(db: Db): Promise<number> {
  return db.countFromIndex('articles', 'feedSource');
}
