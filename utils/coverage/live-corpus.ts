/**
 * The corpus as the engine works with it: the stored match index (read in part, its caches
 * forgotten at every write), the popup's search, and the queue that runs writes one after another.
 * Every write to the corpus goes through `change`, so the bookkeeping after a write (the index's
 * caches and state, the search following) is written once.
 */
import { matchReads } from '../db/match-store';
import type { Db } from '../db/schema';
import { StoredMatchIndex } from '../match/stored-index';
import { refreshNorms } from './norm-refresh';
import { CorpusSearch } from './search';

/** How long after the last write the stored norms are refreshed. */
const NORM_REFRESH_DELAY_MS = 3000;

export class LiveCorpus {
  /**
   * Counts every change to `index` (every write that may have changed it, and every chunk of norms
   * refreshed: norm-refresh.ts), so an analysis made before a write can tell whether the matches it
   * read are still what the index would answer.
   */
  indexVersion = 0;
  /** The popup's search: it reads the stored search index, which every corpus write updates in its own transaction. */
  private readonly searchIndex: CorpusSearch;
  /** The tail of the writes that change stories and the index, run one after another. */
  private writes: Promise<unknown> = Promise.resolve();
  /** The match index in the store: every write changes it in the write's own transaction. */
  readonly index: StoredMatchIndex;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  /** How long after the last write the refresh runs (a test that refreshes by hand sets it out of the way). */
  normRefreshDelayMs = NORM_REFRESH_DELAY_MS;
  private refreshing: Promise<number> | null = null;

  constructor(readonly db: Db) {
    this.index = new StoredMatchIndex(() => matchReads(db));
    this.searchIndex = new CorpusSearch(db);
  }

  /** Refreshes the stored norms the corpus has moved past (norm-refresh.ts), now; one run at a time. */
  refreshNorms(): Promise<number> {
    this.refreshing ??= refreshNorms(this).finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** Refreshes the norms a little after the last write, so a bulk import refreshes once, at its end. */
  scheduleNormRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      void this.refreshNorms().catch(() => undefined);
    }, this.normRefreshDelayMs);
  }

  /** Runs `work` after every write started before it has ended (whatever their outcome). */
  oneWriteAtATime<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(work, work);
    this.writes = run.catch(() => undefined);
    return run;
  }

  /**
   * One write to the store with its match index and search (`write` does all in one transaction
   * and hands the match index its new state); then the index's version moves on, and a refresh of
   * the stored norms is scheduled.
   */
  async change<T>(write: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await write();
    } finally {
      this.indexVersion++;
    }
    this.scheduleNormRefresh();
    return result;
  }

  /** The popup's search over the stored index: nothing is built or loaded. */
  async search(): Promise<CorpusSearch> {
    return this.searchIndex;
  }
}
