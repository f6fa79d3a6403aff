/**
 * Reads and writes of the corpus. Each write is one transaction over every store it touches, so
 * an article never exists without its quotes and features (or the reverse), even if the service
 * worker is stopped half-way.
 */
import type { Article, Quote } from '../types';
import { listingRow } from './listing';
import { MATCH_STATE_KEY, matchWrites, type IndexChange } from './match-store';
import { allOrNothing } from './requests';
import type { Db, StoredCorrection, StoredFeatures, StoredQuote, StoredSource, StoredStatement, StoredStory } from './schema';
import { searchDocsOf } from '../search/docs';
import { SEARCH_STORES, clearSearch, writeSearch } from './search-store';

/** An article's quotes as the extractor gave them, with their speaker keys. */
export interface QuotesEntry {
  article: Article;
  quotes: Quote[];
  /** Speaker keys parallel to `quotes` ("" when unknown), for the speaker index. */
  speakerKeys: string[];
}

/** Everything the product keeps for one article. */
export interface CorpusEntry extends QuotesEntry {
  features: unknown;
  /** Its story, when known at write time (the engine assigns missing ones after start-up). */
  storyId?: string;
}

/** Groups a story's quotes into statements; given by the caller so the store stays free of quote logic. */
export type StatementsOf = (storyId: string, quotes: StoredQuote[]) => StoredStatement[];

const CORPUS_STORES = ['articles', 'quotes', 'features', 'meta', 'stories', 'statements', 'corrections', 'sources', 'matchKeys', 'matchBlocks', 'matchDocs', 'listing', ...SEARCH_STORES] as const;

/**
 * A feed source's bookkeeping written in the same transaction as the articles its fetch found, so
 * a worker stopped half-way keeps both or neither (and the next fetch neither loses nor repeats).
 */
export interface SourceChange {
  id: string;
  change(current: StoredSource): StoredSource;
}

/** The source of a SourceChange was removed while its fetch ran: nothing of the write is kept. */
export class SourceGoneError extends Error {
  override name = 'SourceGoneError';
}
type CorpusTx = ReturnType<typeof corpusTx>;
function corpusTx(db: Db) {
  return db.transaction([...CORPUS_STORES], 'readwrite');
}

/**
 * Starts one request per item and waits for all. A request that throws as it starts (a full disk
 * can) leaves the ones already started awaited, so their abort errors never go unhandled.
 */
async function eachRequest<T>(items: readonly T[], start: (item: T) => Promise<unknown>): Promise<void> {
  const started: Promise<unknown>[] = [];
  try {
    for (const item of items) started.push(start(item));
  } catch (err) {
    void Promise.allSettled(started);
    throw err;
  }
  await Promise.all(started);
}

/**
 * One all-or-nothing write over the corpus stores: any failure aborts the transaction, and every
 * request already started is awaited, so nothing rejects unhandled and nothing of it is kept.
 */
async function writeCorpus(db: Db, body: (tx: CorpusTx, work: Promise<unknown>[]) => Promise<void>): Promise<void> {
  const tx = corpusTx(db);
  await allOrNothing(tx, (work) => body(tx, work));
}

/** Rewrites the statements of the given stories from their quotes, inside the caller's transaction. */
async function regroup(tx: CorpusTx, stories: Iterable<string>, statementsOf: StatementsOf | undefined): Promise<void> {
  if (!statementsOf) return;
  const statements = tx.objectStore('statements');
  for (const sid of new Set(stories)) {
    const [quotes, old] = await Promise.all([tx.objectStore('quotes').index('storyId').getAll(sid), statements.index('storyId').getAll(sid)]);
    const next = statementsOf(sid, quotes);
    const keep = new Set(next.map((s) => s.id));
    // Only the statements that changed are written: an article joining a big story changes a few of its many.
    const was = new Map(old.map((st) => [st.id, JSON.stringify(st)]));
    await eachRequest(old.filter((st) => !keep.has(st.id)), (st) => statements.delete(st.id));
    await eachRequest(next.filter((st) => was.get(st.id) !== JSON.stringify(st)), (st) => statements.put(st));
  }
}

/**
 * Adds or replaces articles with their quotes and features, all or nothing: any failure (a value
 * the store cannot keep, a full disk) aborts the one transaction, so nothing of the batch is kept.
 */
export async function putEntries(db: Db, entries: CorpusEntry[], statementsOf?: StatementsOf, source?: SourceChange, index?: IndexChange): Promise<void> {
  const searchDocs = entries.flatMap((e) => searchDocsOfEntry(e.article, e));
  await writeCorpus(db, async (tx, work) => {
    if (source) {
      const current = await tx.objectStore('sources').get(source.id);
      if (!current) throw new SourceGoneError(`The feed "${source.id}" is no longer followed.`);
      work.push(tx.objectStore('sources').put(source.change(current)));
    }
    const articles = tx.objectStore('articles');
    const features = tx.objectStore('features');
    const stories = tx.objectStore('stories');
    // Stories whose statements change: the new ones, and the old ones of replaced articles.
    const touched = new Set<string>();
    for (const old of await Promise.all(entries.map((e) => stories.get(e.article.id)))) if (old) touched.add(old.storyId);
    for (const e of entries) {
      work.push(articles.put(e.article));
      work.push(tx.objectStore('listing').put(listingRow(e.article)));
      work.push(features.put({ id: e.article.id, features: e.features }));
      if (e.storyId) {
        touched.add(e.storyId);
        work.push(stories.put({ articleId: e.article.id, storyId: e.storyId }));
      } else work.push(stories.delete(e.article.id));
      replaceQuotes(tx, work, e, e.article.source, e.storyId);
    }
    work.push(bumpGeneration(tx.objectStore('meta')));
    if (index) await index(matchWrites(tx, work));
    work.push(writeSearch(tx, entries.map((e) => e.article.id), searchDocs));
    await Promise.all(work);
    await regroup(tx, touched, statementsOf);
  });
}

/** The popup search's documents of an article and the quotes an entry gives it (keyed as replaceQuotes keys them). */
function searchDocsOfEntry(article: Article, e: QuotesEntry) {
  return searchDocsOf(article, e.quotes.map((q, i) => ({ key: `${e.article.id}#${i}`, quote: q.quote, speaker: q.speaker })));
}

/**
 * Puts an article's quotes in place of those stored, inside the caller's write: keyed by position
 * (`${articleId}#${i}`), the ones past the new count deleted, each with its story and outlet.
 */
function replaceQuotes(tx: CorpusTx, work: Promise<unknown>[], e: QuotesEntry, source: string | null, storyId: string | undefined): void {
  const quotes = tx.objectStore('quotes');
  const story = storyId ? { storyId } : {};
  const stored: StoredQuote[] = e.quotes.map((q, i) => ({ ...q, key: `${e.article.id}#${i}`, articleId: e.article.id, speakerKey: e.speakerKeys[i] ?? '', source, ...story }));
  work.push(
    quotes
      .index('articleId')
      .getAllKeys(e.article.id)
      .then((keys) => eachRequest(keys.filter((k) => !stored.some((q) => q.key === k)), (k) => quotes.delete(k))),
  );
  for (const q of stored) work.push(quotes.put(q));
}

/** Meta rows a write changes with its data: put (key, value), or removed by key. */
export interface MetaChange {
  put?: { key: string; value: unknown }[];
  remove?: string[];
}

/**
 * Gives stored articles the quotes a newer extractor found in their text, in one all-or-nothing
 * write with `meta` (the re-extraction's progress, so a worker stopped half-way resumes where the
 * store says): their quotes replaced and the statements of their stories regrouped. An article
 * deleted or rewritten since its text was read is left alone (a rewrite stored current quotes).
 * Articles, features and stories do not change, so the corpus generation (and with it the saved
 * match-index snapshot) stays. Returns the articles whose quotes it replaced and the stories it regrouped.
 */
export async function putQuotes(db: Db, entries: QuotesEntry[], statementsOf: StatementsOf, meta: MetaChange): Promise<{ articles: Article[]; stories: string[] }> {
  const touched = new Set<string>();
  const written: Article[] = [];
  await writeCorpus(db, async (tx, work) => {
    const [stored, stories] = await Promise.all([
      Promise.all(entries.map((e) => tx.objectStore('articles').get(e.article.id))),
      Promise.all(entries.map((e) => tx.objectStore('stories').get(e.article.id))),
    ]);
    entries.forEach((e, i) => {
      const now = stored[i];
      if (!now || now.text !== e.article.text || now.lang !== e.article.lang) return;
      const storyId = stories[i]?.storyId;
      if (storyId) touched.add(storyId);
      written.push(now);
      replaceQuotes(tx, work, e, now.source, storyId);
    });
    for (const row of meta.put ?? []) work.push(tx.objectStore('meta').put(row));
    for (const key of meta.remove ?? []) work.push(tx.objectStore('meta').delete(key));
    const entryOf = new Map(entries.map((e) => [e.article.id, e]));
    work.push(writeSearch(tx, written.map((a) => a.id), written.flatMap((a) => searchDocsOfEntry(a, entryOf.get(a.id)!))));
    await Promise.all(work);
    await regroup(tx, touched, statementsOf);
  });
  return { articles: written, stories: [...touched] };
}

/** Removes an article with its quotes and features; its story's statements lose its wording. */
export async function deleteArticle(db: Db, id: string, statementsOf?: StatementsOf): Promise<void> {
  await deleteArticles(db, [id], statementsOf);
}

/** Removes articles with their quotes and features in one all-or-nothing write (retention, a removed feed). */
export async function deleteArticles(db: Db, ids: readonly string[], statementsOf?: StatementsOf, index?: IndexChange): Promise<void> {
  if (ids.length === 0) return;
  await writeCorpus(db, async (tx, work) => {
    const quotes = tx.objectStore('quotes');
    const [keys, stories] = await Promise.all([
      Promise.all(ids.map((id) => quotes.index('articleId').getAllKeys(id))),
      Promise.all(ids.map((id) => tx.objectStore('stories').get(id))),
    ]);
    for (const id of ids) work.push(tx.objectStore('articles').delete(id), tx.objectStore('listing').delete(id), tx.objectStore('features').delete(id), tx.objectStore('stories').delete(id));
    for (const k of keys.flat()) work.push(quotes.delete(k));
    work.push(bumpGeneration(tx.objectStore('meta')));
    if (index) await index(matchWrites(tx, work));
    work.push(writeSearch(tx, ids, []));
    await Promise.all(work);
    await regroup(tx, stories.flatMap((s) => (s ? [s.storyId] : [])), statementsOf);
  });
}

/** Empties the corpus (articles, quotes, features, stories, statements) in one transaction. */
export async function clearCorpusStores(db: Db): Promise<void> {
  const tx = corpusTx(db);
  await Promise.all([
    tx.objectStore('articles').clear(),
    tx.objectStore('listing').clear(),
    tx.objectStore('quotes').clear(),
    tx.objectStore('features').clear(),
    tx.objectStore('stories').clear(),
    tx.objectStore('statements').clear(),
    clearSearch(tx),
    tx.objectStore('matchKeys').clear(),
    tx.objectStore('matchBlocks').clear(),
    tx.objectStore('matchDocs').clear(),
    tx.objectStore('meta').delete(MATCH_STATE_KEY),
    bumpGeneration(tx.objectStore('meta')),
    tx.done,
  ]);
}

/**
 * Gives stories to articles stored without one (a corpus from before version 3, the bundled
 * articles loaded before the index): story rows, their quotes' story and outlet, and the
 * statements of every story touched, in one transaction. Running it again changes nothing.
 */
export async function putStories(db: Db, assigned: StoredStory[], statementsOf: StatementsOf): Promise<void> {
  await writeCorpus(db, async (tx, work) => {
    for (const s of assigned) joinStory(tx, work, s);
    await Promise.all(work);
    await regroup(tx, assigned.map((s) => s.storyId), statementsOf);
  });
}

/** Puts an article in a story inside the caller's write: its story row, and its quotes' story and outlet. */
function joinStory(tx: CorpusTx, work: Promise<unknown>[], s: StoredStory): void {
  const quotes = tx.objectStore('quotes');
  work.push(tx.objectStore('stories').put(s));
  work.push(
    Promise.all([tx.objectStore('articles').get(s.articleId), quotes.index('articleId').getAll(s.articleId)]).then(([a, qs]) =>
      eachRequest(qs, (q) => quotes.put({ ...q, storyId: s.storyId, source: a?.source ?? null })),
    ),
  );
}

/**
 * A reader's correction and what it does to the stories, in one all-or-nothing write: the verdict
 * stored (or, for an undo, removed by its key), the moved articles' story rows and quotes, and the
 * statements of every story an article left or joined regrouped. A failure keeps none of it.
 */
export async function correctStories(
  db: Db,
  change: { put: StoredCorrection } | { remove: string },
  moves: StoredStory[],
  statementsOf: StatementsOf,
): Promise<void> {
  await writeCorpus(db, async (tx, work) => {
    const corrections = tx.objectStore('corrections');
    work.push('put' in change ? corrections.put(change.put) : corrections.delete(change.remove));
    const left = await Promise.all(moves.map((m) => tx.objectStore('stories').get(m.articleId)));
    for (const m of moves) joinStory(tx, work, m);
    await Promise.all(work);
    const touched = [...left.flatMap((o) => (o ? [o.storyId] : [])), ...moves.map((m) => m.storyId)];
    await regroup(tx, touched, statementsOf);
  });
}

/** The articles of one story. */
export async function membersOfStory(db: Db, storyId: string): Promise<string[]> {
  return (await db.getAllKeysFromIndex('stories', 'storyId', storyId)).map(String);
}

/** How many articles each of these stories has (0 for an unknown story): the matcher judges a story on all its members. */
export async function storySizes(db: Db, storyIds: string[]): Promise<Map<string, number>> {
  const tx = db.transaction('stories');
  const index = tx.store.index('storyId');
  const counts = await Promise.all(storyIds.map((id) => index.count(id)));
  return new Map(storyIds.map((id, i) => [id, counts[i]!]));
}

/** The stories of these articles (those that have one). */
export async function storiesOf(db: Db, articleIds: string[]): Promise<Map<string, string>> {
  const tx = db.transaction('stories');
  const rows = await Promise.all(articleIds.map((id) => tx.store.get(id)));
  return new Map(rows.filter((r): r is StoredStory => !!r).map((r) => [r.articleId, r.storyId]));
}

/** Ids of the articles stored without a story. */
export async function articlesWithoutStory(db: Db): Promise<string[]> {
  const [stories, articles] = await Promise.all([db.count('stories'), db.count('articles')]);
  if (stories === articles) return [];
  const has = new Set((await db.getAllKeys('stories')).map(String));
  return (await db.getAllKeys('articles')).map(String).filter((id) => !has.has(id));
}

/** The statements of one story, grouped when its articles were stored. */
export function statementsOfStory(db: Db, storyId: string): Promise<StoredStatement[]> {
  return db.getAllFromIndex('statements', 'storyId', storyId);
}

/** The statements of several stories, read in parallel in one transaction. */
export async function statementsOfStories(db: Db, storyIds: string[]): Promise<StoredStatement[]> {
  const tx = db.transaction('statements');
  const index = tx.store.index('storyId');
  return (await Promise.all(storyIds.map((sid) => index.getAll(sid)))).flat();
}

export function allStatements(db: Db): Promise<StoredStatement[]> {
  return db.getAll('statements');
}

/** Everything one person said, across stories. */
export function statementsOfSpeaker(db: Db, speakerKey: string): Promise<StoredStatement[]> {
  return db.getAllFromIndex('statements', 'speakerKey', speakerKey);
}

/** Meta key of the counter that changes with every write to the corpus (in the write's own transaction). */
export const GENERATION_KEY = 'corpusGeneration';

interface MetaStore {
  get(key: string): Promise<{ key: string; value: unknown } | undefined>;
  put(value: { key: string; value: unknown }): Promise<unknown>;
}

/**
 * Writes a meta row made from the corpus generation read in the same transaction, so the row
 * (the match-index snapshot) says for sure which corpus it describes.
 */
export async function putMetaOfGeneration(db: Db, key: string, value: (generation: number) => unknown): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const generation = ((await tx.store.get(GENERATION_KEY))?.value as number | undefined) ?? 0;
  await Promise.all([tx.store.put({ key, value: value(generation) }), tx.done]);
}

/**
 * Counts a change to the corpus inside the changing transaction, so a saved index snapshot can
 * tell for sure whether it still describes the stored corpus.
 */
/** Moves the corpus generation on, inside the caller's write (the match index's own writes too: its frequencies are part of what it describes). */
export async function bumpGeneration(meta: MetaStore): Promise<void> {
  const current = (await meta.get(GENERATION_KEY))?.value;
  await meta.put({ key: GENERATION_KEY, value: (typeof current === 'number' ? current : 0) + 1 });
}

export function getArticle(db: Db, id: string): Promise<Article | undefined> {
  return db.get('articles', id);
}

/** Several articles in one read transaction (requests in parallel), in the order asked; missing ones left out. */
export async function getArticles(db: Db, ids: string[]): Promise<Article[]> {
  if (!ids.length) return [];
  const tx = db.transaction('articles');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  return found.filter((a): a is Article => !!a);
}

/** Up to `count` articles in id order, after the id `after` (from the first when null): a walk over the corpus in batches. */
export function articlesAfter(db: Db, after: string | null, count: number): Promise<Article[]> {
  return db.getAll('articles', after === null ? null : IDBKeyRange.lowerBound(after, true), count);
}

/** Stored features in id order after `after` (null: from the first), at most `count`: a walk over the corpus in batches. */
export function featuresAfter(db: Db, after: string | null, count: number): Promise<StoredFeatures[]> {
  return db.getAll('features', after === null ? null : IDBKeyRange.lowerBound(after, true), count);
}

export function allArticles(db: Db): Promise<Article[]> {
  return db.getAll('articles');
}

export function countArticles(db: Db): Promise<number> {
  return db.count('articles');
}

/** The stored article with this URL, so a page the reader opens again is known as itself. */
export function findArticleByUrl(db: Db, url: string): Promise<Article | undefined> {
  return db.getFromIndex('articles', 'url', url);
}

/** The first stored article under any of these URLs (the forms one address may be stored under), in one read. */
export async function findArticleByUrls(db: Db, urls: readonly string[]): Promise<Article | undefined> {
  if (!urls.length) return undefined;
  const index = db.transaction('articles').store.index('url');
  return (await Promise.all(urls.map((u) => index.get(u)))).find((a): a is Article => !!a);
}

export function allFeatures(db: Db): Promise<{ id: string; features: unknown }[]> {
  return db.getAll('features');
}

/** The stored features of these articles in one read transaction, in the order asked (undefined where none is stored). */
export async function featuresOf(db: Db, ids: readonly string[]): Promise<(unknown | undefined)[]> {
  if (!ids.length) return [];
  const tx = db.transaction('features');
  return (await Promise.all(ids.map((id) => tx.store.get(id)))).map((row) => row?.features);
}

export function quotesOfArticle(db: Db, articleId: string): Promise<StoredQuote[]> {
  return db.getAllFromIndex('quotes', 'articleId', articleId);
}

/** The quotes of several articles, read in parallel in one transaction. */
export async function quotesOfArticles(db: Db, articleIds: readonly string[]): Promise<StoredQuote[]> {
  if (!articleIds.length) return [];
  const index = db.transaction('quotes').store.index('articleId');
  return (await Promise.all(articleIds.map((id) => index.getAll(id)))).flat();
}

export function quotesOfSpeaker(db: Db, speakerKey: string): Promise<StoredQuote[]> {
  return db.getAllFromIndex('quotes', 'speakerKey', speakerKey);
}

export function allQuotes(db: Db): Promise<StoredQuote[]> {
  return db.getAll('quotes');
}

export function countQuotes(db: Db): Promise<number> {
  return db.count('quotes');
}

export async function getMeta<T>(db: Db, key: string): Promise<T | undefined> {
  return (await db.get('meta', key))?.value as T | undefined;
}

export async function setMeta(db: Db, key: string, value: unknown): Promise<void> {
  await db.put('meta', { key, value });
}
