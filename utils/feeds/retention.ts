/**
 * Which feed articles retention removes: those that entered the corpus more than N days ago, and
 * the oldest beyond the reader's maximum. Only articles that came from a feed are candidates, and
 * never one the reader highlighted or annotated (found by its page), or corrected a match of:
 * what the reader touched is theirs. It reads only the oldest feed articles, never the whole corpus.
 */
import type { Db } from '../db/schema';
import { countFeedArticles } from '../db/sources';
import type { Article } from '../types';
import { sameUrlKey } from '../coverage/urls';

const DAY = 86_400_000;

/** Ids of the feed articles to remove now, oldest first. */
export async function pruneFeedArticles(db: Db, keep: { days: number; max: number }, now: number): Promise<string[]> {
  const feedCount = await countFeedArticles(db);
  if (feedCount === 0) return [];
  const cutoff = now - keep.days * DAY;
  const excess = Math.max(0, feedCount - keep.max);
  const kept = await keptByReader(db);
  const out: string[] = [];
  const tx = db.transaction('articles');
  // Feed articles only, oldest additions first: every one before the cutoff goes, then more until the excess is gone.
  let cursor = await tx.store.index('originAdded').openCursor(IDBKeyRange.bound(['feed', -Infinity], ['feed', Infinity]));
  while (cursor) {
    const a = cursor.value;
    const old = a.addedAt < cutoff;
    if (!old && out.length >= excess) break;
    if (a.feed && !kept(a)) out.push(a.id);
    cursor = await cursor.continue();
  }
  await tx.done;
  return out;
}

/**
 * Whether the reader made an article theirs: highlighted or annotated its page, or corrected a match
 * of it. Such an article is never removed by retention nor with its feed.
 */
export async function keptByReader(db: Db): Promise<(a: Pick<Article, 'id' | 'url'>) => boolean> {
  const [highlighted, corrected] = await Promise.all([highlightedPages(db), correctedArticles(db)]);
  return (a) => corrected.has(a.id) || (a.url !== null && highlighted.has(sameUrlKey(a.url) ?? a.url));
}

/** The pages the reader highlighted or annotated, as article URLs are compared. */
async function highlightedPages(db: Db): Promise<Set<string>> {
  return new Set((await db.getAll('highlights')).map((h) => sameUrlKey(h.url) ?? h.url));
}

/** Articles the reader judged a match of (either side of a correction). */
async function correctedArticles(db: Db): Promise<Set<string>> {
  return new Set((await db.getAll('corrections')).flatMap((c) => [c.a, c.b]));
}
