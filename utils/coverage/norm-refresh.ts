/**
 * The background refresh of stored norms (../match/stored-norms.ts): once the corpus has moved by
 * more than the drift allowed since some records' norms were computed, every key's frequency is
 * read once (page by page) and those records' norms recomputed, a chunk per transaction between
 * the other writes. A write that lands meanwhile changes the frequencies: the chunk is not
 * written and the refresh starts over from the new corpus. Runs a little after the last write, so
 * a bulk import pays for one refresh at its end, not one per batch.
 */
import { getMeta, GENERATION_KEY } from '../db/corpus';
import { countStaleNorms, MATCH_STATE_KEY, matchKeysAfter, refreshStoredNorms } from '../db/match-store';
import type { StoredIndexState } from '../match/stored-records';
import { addKeyRows, keyFrequencies, staleNormsRanges, storedNorms } from '../match/stored-norms';
import type { LiveCorpus } from './live-corpus';

/** Records refreshed per transaction, key rows read per page. */
const REFRESH_CHUNK = 500;
const KEY_PAGE = 20_000;
/** Starts over at most this often in one run when writes keep landing (the next write schedules another run). */
const MAX_RESTARTS = 3;

/** Refreshes every record whose norms the corpus has moved past; resolves to how many were refreshed. */
export async function refreshNorms(live: LiveCorpus): Promise<number> {
  const db = live.db;
  let refreshed = 0;
  for (let attempt = 0; attempt <= MAX_RESTARTS; attempt++) {
    const [generation, state] = await Promise.all([getMeta<number>(db, GENERATION_KEY), getMeta<StoredIndexState>(db, MATCH_STATE_KEY)]);
    if (!state || state.size === 0) return refreshed;
    const stale = staleNormsRanges(state.size);
    if ((await countStaleNorms(db, stale)) === 0) return refreshed;
    const freq = keyFrequencies(state.nextKeyId);
    for (let after: string | null = null; ; ) {
      const rows = await matchKeysAfter(db, after, KEY_PAGE);
      if (rows.length === 0) break;
      addKeyRows(freq, rows);
      after = rows[rows.length - 1]!.key;
    }
    let moved = false;
    for (;;) {
      const done = await live.oneWriteAtATime(() => refreshStoredNorms(db, generation ?? 0, stale, (doc) => storedNorms(doc, freq, state.size), state.size, REFRESH_CHUNK));
      if (done === 'moved') {
        moved = true;
        break;
      }
      if (done === 0) break;
      refreshed += done;
      // The records the queries read are stale copies now, and the index answers otherwise than
      // before: an analysis made before this chunk no longer holds the index's answers.
      live.index.forgetRecords();
      live.indexVersion++;
    }
    if (!moved) return refreshed;
  }
  return refreshed;
}
