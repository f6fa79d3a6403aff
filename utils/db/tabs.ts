/**
 * Per-tab results, kept in IndexedDB so that a service worker stopped and restarted by the
 * browser answers the side panel exactly as before.
 */
import type { Db } from './schema';

export async function putTabView<T>(db: Db, tabId: number, view: T): Promise<void> {
  await db.put('tabs', { tabId, view, updatedAt: Date.now() });
}

export async function getTabView<T>(db: Db, tabId: number): Promise<T | undefined> {
  return (await db.get('tabs', tabId))?.view as T | undefined;
}

export async function deleteTabView(db: Db, tabId: number): Promise<void> {
  await db.delete('tabs', tabId);
}

/** Tab ids are not stable across browser restarts: forget them all at start-up. */
export async function clearTabViews(db: Db): Promise<void> {
  await db.clear('tabs');
}

/** Every tab's stored view, so a change that concerns several tabs (a correction) reaches them all. */
export async function allTabViews<T>(db: Db): Promise<{ tabId: number; view: T }[]> {
  return (await db.getAll('tabs')).map((t) => ({ tabId: t.tabId, view: t.view as T }));
}
