/**
 * Re-extraction of the stored articles' quotes after the quote extractor changed. Quotes are
 * extracted once, when an article is stored; when QUOTES_VERSION is newer than the version the
 * corpus records, the background walks the stored articles in id order, in batches, extracts each
 * one's quotes from its stored text (the same `articleQuotes` as an import) and writes them with
 * their stories' statements regrouped (`putQuotes`), so a reader's corpus shows what the new
 * extractor finds (reported speech, #14) without a re-import. Each batch is one all-or-nothing
 * write that also records how far the walk got; a worker stopped half-way leaves a consistent
 * corpus (each article's quotes all old or all new, statements grouped from them) and the next
 * start goes on after the last batch written.
 */
import { articlesAfter, getMeta, putQuotes, type MetaChange, type QuotesEntry } from '../db/corpus';
import type { Db } from '../db/schema';
import { QUOTES_VERSION } from '../quotes';
import { cooperative } from './idle';
import { articleQuotes } from './ingest';
import { storyStatements } from './stories';

/** Meta key of the extractor version that every stored article's quotes come from (absent: before versions were recorded). */
export const QUOTES_VERSION_KEY = 'quotesVersion';

/** Meta key of a re-extraction under way: the version it extracts with and the last article id written. */
export const REQUOTE_PROGRESS_KEY = 'quotesRequote';

interface RequoteProgress {
  version: number;
  after: string;
}

/** Articles re-extracted per write: a batch's extraction takes ~0.2 s, its write holds the corpus stores briefly. */
const BATCH = 200;

/** True when quotes recorded as extracted by `stored` need no re-extraction for `version`. */
export function quotesCurrent(stored: number | undefined, version = QUOTES_VERSION): boolean {
  return stored !== undefined && stored >= version;
}

/** What a re-extraction needs from the engine that owns the corpus. */
export interface RequoteHost {
  /** Runs one batch's write between the engine's other writes (an import, a feed, a correction). */
  oneWrite<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Re-extracts the quotes of every stored article when the corpus's recorded version is older than
 * `version`, resuming a walk an earlier start began; records `version` with the last batch.
 * Extraction runs outside the write (yielding now and then), so other writes wait only for the
 * store. Resolves to the number of articles re-extracted (0 when the quotes were current).
 */
export async function requoteStored(db: Db, host: RequoteHost, version = QUOTES_VERSION, batch = BATCH): Promise<number> {
  const size = Math.max(1, Math.floor(batch));
  const [done, progress] = await Promise.all([getMeta<number>(db, QUOTES_VERSION_KEY), getMeta<RequoteProgress>(db, REQUOTE_PROGRESS_KEY)]);
  if (quotesCurrent(done, version)) return 0;
  // A walk of an older version is started again: the articles it passed have older quotes.
  let after = progress?.version === version ? progress.after : null;
  let count = 0;
  const breathe = cooperative();
  for (;;) {
    const articles = await articlesAfter(db, after, size);
    const entries: QuotesEntry[] = [];
    for (const a of articles) {
      entries.push(articleQuotes(a));
      await breathe();
    }
    // A full batch may have more after it; a short one is the last, and records the version.
    const finished = articles.length < size;
    const last = finished ? null : articles.at(-1)!.id;
    const meta: MetaChange = last === null
      ? { put: [{ key: QUOTES_VERSION_KEY, value: version }], remove: [REQUOTE_PROGRESS_KEY] }
      : { put: [{ key: REQUOTE_PROGRESS_KEY, value: { version, after: last } satisfies RequoteProgress }] };
    await host.oneWrite(async () => {
      await putQuotes(db, entries, storyStatements, meta);
    });
    count += articles.length;
    if (last === null) return count;
    after = last;
  }
}
