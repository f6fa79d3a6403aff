/**
 * The in-memory side of the stored corpus: the match index and the popup's search index, kept in
 * step with every write, the queue that runs writes one after another, and the match index's saved
 * snapshot. Every write to the corpus goes through `change`, so the bookkeeping that keeps the
 * memory and the store agreeing (a write between the store and the index, the search following,
 * the snapshot saved a little later) is written once.
 */
import { putMetaOfGeneration } from '../db/corpus';
import type { Db } from '../db/schema';
import { MatchIndex, type MatchIndexSnapshot } from '../match/index';
import type { Article } from '../types';
import { CorpusSearch } from './search';

/** Meta key of the saved match index and the corpus generation it describes. */
export const SNAPSHOT_KEY = 'matchIndexSnapshot';
const SNAPSHOT_DELAY_MS = 2000;

/** The saved match index, with the corpus generation it was taken at. */
export interface SavedSnapshot {
  generation: number;
  index: MatchIndexSnapshot;
}

/** What a committed write changed, for the search to follow: null when the search must be built again. */
export interface SearchChange {
  articles: Article[];
  removed: readonly string[];
  stories: readonly string[];
}

export class LiveCorpus {
  /**
   * Counts every change to `index` (and every write that may have changed it), so an analysis made
   * before a write can tell whether the matches it read are still what the index would answer.
   */
  indexVersion = 0;
  /** The popup's search: it reads the stored search index, which every corpus write updates in its own transaction. */
  private readonly searchIndex: CorpusSearch;
  /** The tail of the writes that change stories and the index, run one after another. */
  private writes: Promise<unknown> = Promise.resolve();
  /** Writes that have committed to the store but not yet reached the in-memory index. */
  private pending = 0;
  private snapshotTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly db: Db,
    public index: MatchIndex,
  ) {
    this.searchIndex = new CorpusSearch(db);
  }

  /** Runs `work` after every write started before it has ended (whatever their outcome). */
  oneWriteAtATime<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(work, work);
    this.writes = run.catch(() => undefined);
    return run;
  }

  /**
   * One write to the store and the index (`write` does both, the store first): the stories of
   * `ids` read before it (when the search is built, as the stories they leave are regrouped too),
   * the snapshot held off while it runs, then the search brought up to date with what `follow`
   * says changed (given those earlier stories; null: built again when next asked) and a snapshot
   * scheduled.
   */
  async change<T>(ids: readonly string[], write: () => Promise<T>, follow: (result: T, storiesBefore: string[]) => SearchChange | null): Promise<T> {
    // The search follows inside the corpus write itself (utils/db/search-store.ts): no stories to read before it.
    const before = new Map<string, string>();
    this.pending++;
    let result: T;
    try {
      result = await write();
    } finally {
      this.pending--;
      this.indexVersion++;
    }
    const followed = follow(result, [...before.values()]);
    if (followed) await this.followInSearch(followed.articles, followed.removed, followed.stories);
    else this.dropSearch();
    this.scheduleSnapshot();
    return result;
  }

  /**
   * Nothing to do: the stored search index was brought up to date inside the write's own
   * transaction (utils/db/search-store.ts writeSearch). Kept so every write's bookkeeping reads the same.
   */
  async followInSearch(_articles: Article[], _removed: readonly string[], _stories: readonly string[]): Promise<void> {}

  /** Nothing to do either: the search reads the feeds' titles and the stories' statements from the store on every search. */
  dropSearch(): void {}

  /** The popup's search over the stored index: nothing is built or loaded. */
  async search(): Promise<CorpusSearch> {
    return this.searchIndex;
  }

  /**
   * Saves the index snapshot with the corpus generation it describes, read in the same
   * transaction. Skipped while a write is between the store and the index.
   */
  async saveSnapshot(): Promise<void> {
    if (this.pending > 0) return this.scheduleSnapshot();
    const index = this.index.toSnapshot();
    await putMetaOfGeneration(this.db, SNAPSHOT_KEY, (generation): SavedSnapshot => ({ generation, index }));
  }

  /** Saves a snapshot a little after the last change, so an import of many articles saves once. */
  private scheduleSnapshot(): void {
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = null;
      void this.saveSnapshot().catch(() => undefined);
    }, SNAPSHOT_DELAY_MS);
  }
}
