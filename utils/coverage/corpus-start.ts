/**
 * The corpus at start-up: the stored match index's state (its size) read — nothing that grows
 * with the corpus is loaded or counted: queries read the index in part, and the index's size is the
 * articles' count — the bundled articles stored and indexed when this version of them was never
 * loaded (keeping everything else), stories for the articles stored without one. When the stored
 * index does not describe the stored features (a database of an older version, a new features
 * format) it is filled from them beside the first answers (index-fill.ts). Whether the stored
 * quotes need re-extracting is decided here too.
 */
import { countArticles, getMeta, putEntries, setMeta } from '../db/corpus';
import type { Db } from '../db/schema';
import { applyIndexBatch } from '../match/stored-writes';
import type { ArticleFeatures } from '../match/types';
import { QUOTES_VERSION } from '../quotes';
import type { Article } from '../types';
import { fillIndex, indexNeedsFill } from './index-fill';
import { prepareEntry } from './ingest';
import { LiveCorpus } from './live-corpus';
import { quotesCurrent, QUOTES_VERSION_KEY } from './requote';
import { assignMissingStories } from './story-assignment';

/** The bundled corpus as shipped in assets/corpus.json. */
export interface BundledCorpus {
  version: number;
  articles: Article[];
}

/** What start-up found: the live corpus, whether its quotes are an older extractor's, and the index fill it started (0: none needed). */
export interface OpenedCorpus {
  live: LiveCorpus;
  staleQuotes: boolean;
  indexFilling: Promise<number>;
}

/**
 * Set before the bundled articles are written without stories, cleared once every article has one:
 * a worker stopped in between assigns them at its next start. Without it no start looks for
 * articles without a story, which costs two counts of the whole corpus.
 */
const STORIES_PENDING_KEY = 'storiesPending';

/** The live corpus over the store, ready to answer. */
export async function openCorpus(db: Db, bundled: BundledCorpus): Promise<OpenedCorpus> {
  const live = new LiveCorpus(db);
  // The start-up reads at once: they decide whether to load the bundled corpus and whether quotes are stale.
  const [loaded, quotesVersion, storiesPending] = await Promise.all([getMeta<number>(db, 'bundledVersion'), getMeta<number>(db, QUOTES_VERSION_KEY), getMeta<boolean>(db, STORIES_PENDING_KEY), live.index.load()]);
  // Counted at most once, and only when the index cannot say (a database to fill).
  let counting: Promise<number> | undefined;
  const counted = () => (counting ??= countArticles(db));
  const filling = await indexNeedsFill(live, counted);
  // A current index holds every stored article (both are written in one transaction); an index to fill, not yet.
  const stored = filling ? await counted() : live.index.size;
  // An empty corpus holds no quotes of an older extractor: everything stored from now on is current.
  if (stored === 0 && !quotesCurrent(quotesVersion)) await setMeta(db, QUOTES_VERSION_KEY, QUOTES_VERSION);
  const staleQuotes = stored > 0 && !quotesCurrent(quotesVersion);
  let storiesMissing = storiesPending === true;
  if (loaded !== bundled.version) {
    await setMeta(db, STORIES_PENDING_KEY, true);
    storiesMissing = true;
    const entries = bundled.articles.map(prepareEntry);
    await live.oneWriteAtATime(async () => {
      let state;
      await putEntries(db, entries, undefined, undefined, async (store) => (state = (await applyIndexBatch(store, [], entries.map((e) => e.features as ArticleFeatures))).state));
      live.index.changed(state!);
      live.indexVersion++;
    });
    await setMeta(db, 'bundledVersion', bundled.version);
  }
  // Articles stored without a story (the bundled ones, a database of before stories) get one.
  const assignStories = async () => {
    await assignMissingStories(live);
    await setMeta(db, STORIES_PENDING_KEY, false);
  };
  if (!filling) {
    if (storiesMissing) await assignStories();
    // A refresh a stopped worker did not finish goes on a little after start-up (off the first answer's path).
    live.scheduleNormRefresh();
    return { live, staleQuotes, indexFilling: Promise.resolve(0) };
  }
  // Stories of articles stored without one wait for the index that finds them (an index filled is an older database's).
  const indexFilling = fillIndex(live).then(async (n) => {
    await assignStories();
    live.scheduleNormRefresh();
    return n;
  });
  return { live, staleQuotes, indexFilling };
}
