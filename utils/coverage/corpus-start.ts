/**
 * The corpus at start-up: the bundled articles when this version of them was never loaded
 * (keeping everything else), then the match index — from its saved snapshot when that still
 * describes the stored corpus (fast: no postings rebuilt from features), else from the stored
 * features, recomputed from the text where the matcher's feature format has changed — and stories
 * for the articles stored without one. Whether the stored quotes need re-extracting is decided
 * here and started by the engine (requote.ts), beside the first answers.
 */
import { allFeatures, countArticles, GENERATION_KEY, getArticles, getMeta, putEntries, setMeta } from '../db/corpus';
import type { Db } from '../db/schema';
import { MatchIndex } from '../match/index';
import type { ArticleFeatures } from '../match/types';
import { QUOTES_VERSION } from '../quotes';
import { warmUpDates } from '../text/dates';
import type { Article } from '../types';
import { addEntries, prepareEntries } from './corpus-writes';
import { prepareEntry } from './ingest';
import { LiveCorpus, SNAPSHOT_KEY, type SavedSnapshot } from './live-corpus';
import { quotesCurrent, QUOTES_VERSION_KEY } from './requote';
import { assignMissingStories } from './story-assignment';

/** The bundled corpus as shipped in assets/corpus.json. */
export interface BundledCorpus {
  version: number;
  articles: Article[];
}

/** The live corpus over the store, ready to answer; `staleQuotes` when its quotes are an older extractor's. */
export async function openCorpus(db: Db, bundled: BundledCorpus): Promise<{ live: LiveCorpus; staleQuotes: boolean }> {
  // The start-up reads at once: they decide whether to load the bundled corpus, the snapshot, and whether quotes are stale.
  const reads = Promise.all([
    getMeta<number>(db, 'bundledVersion'),
    getMeta<number>(db, GENERATION_KEY),
    getMeta<SavedSnapshot>(db, SNAPSHOT_KEY),
    getMeta<number>(db, QUOTES_VERSION_KEY),
    countArticles(db),
  ]);
  // While they are in flight: the date parser's one-time regex compilation (~120 ms), off the first page's path.
  warmUpDates();
  const [loaded, storedGeneration, storedSnapshot, quotesVersion, stored] = await reads;
  // An empty corpus holds no quotes of an older extractor: everything stored from now on is current.
  if (stored === 0 && !quotesCurrent(quotesVersion)) await setMeta(db, QUOTES_VERSION_KEY, QUOTES_VERSION);
  const staleQuotes = stored > 0 && !quotesCurrent(quotesVersion);
  if (loaded !== bundled.version) {
    await putEntries(db, bundled.articles.map(prepareEntry));
    await setMeta(db, 'bundledVersion', bundled.version);
  }
  // Loading the bundled corpus moved the generation past any snapshot: read both again then.
  const fresh = loaded === bundled.version;
  const generation = (fresh ? storedGeneration : await getMeta<number>(db, GENERATION_KEY)) ?? 0;
  const snapshot = fresh ? storedSnapshot : await getMeta<SavedSnapshot>(db, SNAPSHOT_KEY);
  if (snapshot && snapshot.generation === generation) {
    let live: LiveCorpus | null = null;
    try {
      live = new LiveCorpus(db, MatchIndex.fromSnapshot(snapshot.index));
    } catch {
      // A snapshot of another format: rebuild below.
    }
    if (live) {
      await assignMissingStories(live);
      return { live, staleQuotes };
    }
  }
  const index = new MatchIndex();
  const stale: string[] = [];
  for (const f of await allFeatures(db)) {
    try {
      index.add(f.features as ArticleFeatures);
    } catch {
      stale.push(f.id);
    }
  }
  const live = new LiveCorpus(db, index);
  if (stale.length) await addEntries(live, await prepareEntries(await getArticles(db, stale)));
  await assignMissingStories(live);
  await live.saveSnapshot();
  return { live, staleQuotes };
}
