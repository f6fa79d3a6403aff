/**
 * The reader's same-story corrections: one row per pair of articles, found from either article.
 * A write that also moves articles between stories goes through `correctStories` in corpus.ts, so
 * the verdict and its effect on the stories are kept together or not at all.
 */
import type { Db, StoredCorrection } from './schema';

/** A correction as the product passes it around (the stored row without its key). */
export type Correction = Omit<StoredCorrection, 'key'>;

/** One key per unordered pair, so a later verdict on (b, a) replaces one on (a, b). */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The stored row of a correction. */
export function correctionRow(c: Correction): StoredCorrection {
  return { key: pairKey(c.a, c.b), a: c.a, b: c.b, verdict: c.verdict, at: c.at };
}

/** Every correction that names this article, on either side, oldest first. */
export async function correctionsOf(db: Db, articleId: string): Promise<StoredCorrection[]> {
  const tx = db.transaction('corrections');
  const [asA, asB] = await Promise.all([tx.store.index('a').getAll(articleId), tx.store.index('b').getAll(articleId)]);
  const byKey = new Map([...asA, ...asB].map((c) => [c.key, c]));
  return [...byKey.values()].sort((x, y) => x.at - y.at || (x.key < y.key ? -1 : 1));
}

/** Every correction, oldest first (export, story assignment). */
export async function allCorrections(db: Db): Promise<StoredCorrection[]> {
  return (await db.getAll('corrections')).sort((x, y) => x.at - y.at || (x.key < y.key ? -1 : 1));
}

/** Stores one verdict alone (no story change): for tests and tools; the product uses `correctStories`. */
export async function putCorrection(db: Db, c: Correction): Promise<void> {
  await db.put('corrections', correctionRow(c));
}
