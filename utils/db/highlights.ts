/**
 * The reader's highlights. Each save is its own small transaction keyed by a fresh id, so several
 * tabs saving at once never overwrite each other.
 */
import type { Db, StoredHighlight } from './schema';

export function highlightsOfPage(db: Db, url: string): Promise<StoredHighlight[]> {
  return db.getAllFromIndex('highlights', 'url', url);
}

export function getHighlight(db: Db, id: string): Promise<StoredHighlight | undefined> {
  return db.get('highlights', id);
}

export async function allHighlights(db: Db): Promise<StoredHighlight[]> {
  return (await db.getAllFromIndex('highlights', 'updatedAt')).reverse();
}

export async function putHighlight(db: Db, h: StoredHighlight): Promise<void> {
  await db.put('highlights', h);
}

/** Applies a change to one highlight inside one transaction (read, change, write). */
export async function updateHighlight(db: Db, id: string, change: (h: StoredHighlight) => StoredHighlight): Promise<StoredHighlight> {
  const tx = db.transaction('highlights', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error('That highlight no longer exists.');
  }
  const next = change(current);
  await Promise.all([tx.store.put(next), tx.done]);
  return next;
}

export async function deleteHighlight(db: Db, id: string): Promise<void> {
  await db.delete('highlights', id);
}
