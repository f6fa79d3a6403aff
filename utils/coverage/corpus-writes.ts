/**
 * The write side's articles: add or replace, remove, clear. Each is one all-or-nothing write to
 * the store (utils/db/corpus.ts) that changes the stored match index in the same transaction
 * (utils/match/stored-writes.ts), through LiveCorpus.change, so the index never disagrees with
 * the corpus, even when the worker is stopped half-way.
 */
import { clearCorpusStores, deleteArticles, putEntries, type CorpusEntry, type SourceChange } from '../db/corpus';
import { applyIndexBatch, emptyIndexState, type IndexBatchResult } from '../match/stored-writes';
import type { ArticleFeatures } from '../match/types';
import type { Article, Match } from '../types';
import { cooperative } from './idle';
import { prepareEntry } from './ingest';
import type { LiveCorpus } from './live-corpus';
import { storiesFor } from './story-assignment';
import { storyStatements } from './stories';

/** Quotes, speaker keys and features for each article, reporting progress and yielding now and then. */
export async function prepareEntries(articles: Article[], onProgress?: (done: number, total: number) => void): Promise<CorpusEntry[]> {
  // Analysing is the long part (a few ms an article): yield now and then, so no task runs long.
  const breathe = cooperative();
  const entries: CorpusEntry[] = [];
  for (const [i, a] of articles.entries()) {
    entries.push(prepareEntry(a));
    if (onProgress && (i % 50 === 0 || i === articles.length - 1)) onProgress(i + 1, articles.length);
    await breathe();
  }
  return entries;
}

/**
 * Stores entries (new or replacing) in one transaction, each in the story it matches best, then
 * puts them in the index. `candidates`: for a batch of one, its story candidates when they were
 * read from the index as it still is (an article analysed just before; see analysis.ts).
 */
export function addEntries(live: LiveCorpus, entries: CorpusEntry[], source?: SourceChange, candidates?: (indexVersion: number) => ReadonlyMap<string, Match[]>): Promise<{ added: number; replaced: number }> {
  // From choosing stories to the index holding the batch, one write at a time: two feeds fetched at
  // once must see each other's articles, or the same story would open twice.
  return live.oneWriteAtATime(async () => {
    const known = candidates?.(live.indexVersion);
    const stories = await storiesFor(live, entries.map((e) => e.features as ArticleFeatures), false, known);
    for (const e of entries) e.storyId = stories.get(e.article.id);
    return live.change(async () => {
      let indexed: IndexBatchResult | undefined;
      const features = entries.map((e) => e.features as ArticleFeatures);
      // The story queries just read most of the batch's key rows, and nothing wrote the index since.
      const known = live.index.knownKeys();
      await putEntries(live.db, entries, storyStatements, source, async (store) => (indexed = await applyIndexBatch(store, [], features, known)));
      live.index.changed(indexed!.state);
      return { added: entries.length - indexed!.left, replaced: indexed!.left };
    });
  });
}

/** Removes articles with their quotes and features, all or nothing (a removed feed, retention, the reader). */
export async function removeArticles(live: LiveCorpus, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await live.oneWriteAtATime(() =>
    live.change(async () => {
      let indexed: IndexBatchResult | undefined;
      await deleteArticles(live.db, ids, storyStatements, async (store) => (indexed = await applyIndexBatch(store, ids, [])));
      live.index.changed(indexed!.state);
    }),
  );
}

/** Empties the corpus (the bundled articles too; they can be restored), its match index and search with it. */
export async function clearCorpus(live: LiveCorpus): Promise<void> {
  await live.oneWriteAtATime(() =>
    live.change(async () => {
      await clearCorpusStores(live.db);
      live.index.changed(emptyIndexState());
    }),
  );
}
