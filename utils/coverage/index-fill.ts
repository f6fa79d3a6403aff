/**
 * Filling the stored match index from the stored features, when it does not describe them: a
 * database of version 6 (which kept a whole-index snapshot instead), or features of an older
 * format. Batch by batch between the other writes, each batch and how far the walk got written in
 * one transaction, so a worker stopped half-way goes on from there at its next start, and the
 * first answers need not wait for the whole corpus (they see the articles indexed so far).
 */
import { featuresAfter, getArticles, getMeta } from '../db/corpus';
import { MATCH_STATE_KEY, writeIndex } from '../db/match-store';
import { applyIndexBatch, emptyIndexState, stateCurrent } from '../match/stored-writes';
import type { StoredIndexState } from '../match/stored-records';
import { FEATURES_VERSION, type ArticleFeatures } from '../match/types';
import { addEntries, prepareEntries } from './corpus-writes';
import type { LiveCorpus } from './live-corpus';

/** Meta key of the fill's progress: the last article id indexed ('' at the start); absent when no fill is under way. */
export const INDEX_FILL_KEY = 'matchIndexFill';
/** Articles indexed per transaction. */
const FILL_BATCH = 500;

/** Whether the stored index must be (re)built or a fill goes on: its state is missing or of another format, or a fill was under way. */
export async function indexNeedsFill(live: LiveCorpus, countArticles: () => Promise<number>): Promise<boolean> {
  const [state, progress] = await Promise.all([getMeta<StoredIndexState>(live.db, MATCH_STATE_KEY), getMeta<string>(live.db, INDEX_FILL_KEY)]);
  if (progress !== undefined) return true;
  if (stateCurrent(state)) return false;
  // No articles, nothing to index: the empty index of this format is the answer.
  if ((await countArticles()) === 0) {
    await writeIndex(live.db, async (store) => store.clear(), [{ key: MATCH_STATE_KEY, value: emptyIndexState() }]);
    await live.index.load();
    return false;
  }
  return true;
}

/**
 * Fills the index from the stored features, in id order from where a stopped fill got. Features
 * of an older format are analysed again from their articles' text first (stored with them, and
 * indexed by that write). Resolves to the articles indexed.
 */
export async function fillIndex(live: LiveCorpus): Promise<number> {
  const db = live.db;
  let after = await getMeta<string>(db, INDEX_FILL_KEY);
  if (after === undefined) {
    // A fresh start: the stores emptied and the walk begun, in one write.
    await live.oneWriteAtATime(() => writeIndex(db, async (store) => store.clear(), [{ key: INDEX_FILL_KEY, value: '' }]));
    after = '';
  }
  let indexed = 0;
  const analysedAgain = new Set<string>();
  for (;;) {
    // Read and indexed between the other writes, so no article deleted meanwhile comes back.
    const step = await live.oneWriteAtATime(async (): Promise<'done' | 'next' | string[]> => {
      const rows = await featuresAfter(db, after || null, FILL_BATCH);
      if (rows.length === 0) {
        await writeIndex(db, async () => undefined, [{ key: INDEX_FILL_KEY, value: undefined }]);
        return 'done';
      }
      const isCurrent = (r: (typeof rows)[number]) => (r.features as ArticleFeatures | undefined)?.v === FEATURES_VERSION;
      const stale = rows.filter((r) => !isCurrent(r) && !analysedAgain.has(r.id)).map((r) => r.id);
      if (stale.length) return stale;
      const last = rows[rows.length - 1]!.id;
      const current = rows.filter(isCurrent).map((r) => r.features as ArticleFeatures);
      let state: StoredIndexState | undefined;
      await writeIndex(db, async (store) => (state = (await applyIndexBatch(store, [], current)).state), [{ key: INDEX_FILL_KEY, value: last }]);
      live.index.changed(state!);
      live.indexVersion++;
      indexed += current.length;
      after = last;
      return 'next';
    });
    if (step === 'done') return indexed;
    if (step === 'next') continue;
    // Older features: analysed again from the text (one write, indexing them too); the batch is then read again.
    for (const id of step) analysedAgain.add(id);
    await addEntries(live, await prepareEntries(await getArticles(db, step)));
  }
}
