/**
 * Reads and writes of the corpus. Each write is one transaction over every store it touches, so
 * an article never exists without its quotes and features (or the reverse), even if the service
 * worker is stopped half-way.
 */
import type { Article, Quote } from '../types';
import type { Db, StoredQuote } from './schema';

/** Everything the product keeps for one article. */
export interface CorpusEntry {
  article: Article;
  quotes: Quote[];
  /** Speaker keys parallel to `quotes` ("" when unknown), for the speaker index. */
  speakerKeys: string[];
  features: unknown;
}

/**
 * Adds or replaces articles with their quotes and features, all or nothing: any failure (a value
 * the store cannot keep, a full disk) aborts the one transaction, so nothing of the batch is kept.
 */
export async function putEntries(db: Db, entries: CorpusEntry[]): Promise<void> {
  const tx = db.transaction(['articles', 'quotes', 'features', 'meta'], 'readwrite');
  const articles = tx.objectStore('articles');
  const quotes = tx.objectStore('quotes');
  const features = tx.objectStore('features');
  const work: Promise<unknown>[] = [];
  try {
    for (const e of entries) {
      work.push(articles.put(e.article));
      work.push(features.put({ id: e.article.id, features: e.features }));
      const stored = e.quotes.map((q, i) => ({ ...q, key: `${e.article.id}#${i}`, articleId: e.article.id, speakerKey: e.speakerKeys[i] ?? '' }));
      work.push(
        quotes
          .index('articleId')
          .getAllKeys(e.article.id)
          .then((keys) => Promise.all(keys.filter((k) => !stored.some((q) => q.key === k)).map((k) => quotes.delete(k)))),
      );
      for (const q of stored) work.push(quotes.put(q));
    }
    work.push(bumpGeneration(tx.objectStore('meta')));
    await Promise.all([...work, tx.done]);
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing more to undo.
    }
    await Promise.allSettled([...work, tx.done]);
    throw err;
  }
}

/** Removes an article with its quotes and features. */
export async function deleteArticle(db: Db, id: string): Promise<void> {
  const tx = db.transaction(['articles', 'quotes', 'features', 'meta'], 'readwrite');
  const quotes = tx.objectStore('quotes');
  const keys = await quotes.index('articleId').getAllKeys(id);
  await Promise.all([
    tx.objectStore('articles').delete(id),
    tx.objectStore('features').delete(id),
    ...keys.map((k) => quotes.delete(k)),
    bumpGeneration(tx.objectStore('meta')),
    tx.done,
  ]);
}

/** Empties the corpus (articles, quotes, features) in one transaction. */
export async function clearCorpusStores(db: Db): Promise<void> {
  const tx = db.transaction(['articles', 'quotes', 'features', 'meta'], 'readwrite');
  await Promise.all([
    tx.objectStore('articles').clear(),
    tx.objectStore('quotes').clear(),
    tx.objectStore('features').clear(),
    bumpGeneration(tx.objectStore('meta')),
    tx.done,
  ]);
}

/** Meta key of the counter that changes with every write to the corpus (in the write's own transaction). */
export const GENERATION_KEY = 'corpusGeneration';

interface MetaStore {
  get(key: string): Promise<{ key: string; value: unknown } | undefined>;
  put(value: { key: string; value: unknown }): Promise<unknown>;
}

/**
 * Counts a change to the corpus inside the changing transaction, so a saved index snapshot can
 * tell for sure whether it still describes the stored corpus.
 */
async function bumpGeneration(meta: MetaStore): Promise<void> {
  const current = (await meta.get(GENERATION_KEY))?.value;
  await meta.put({ key: GENERATION_KEY, value: (typeof current === 'number' ? current : 0) + 1 });
}

export function getArticle(db: Db, id: string): Promise<Article | undefined> {
  return db.get('articles', id);
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

export function allFeatures(db: Db): Promise<{ id: string; features: unknown }[]> {
  return db.getAll('features');
}

export function quotesOfArticle(db: Db, articleId: string): Promise<StoredQuote[]> {
  return db.getAllFromIndex('quotes', 'articleId', articleId);
}

export function quotesOfSpeaker(db: Db, speakerKey: string): Promise<StoredQuote[]> {
  return db.getAllFromIndex('quotes', 'speakerKey', speakerKey);
}

export function allQuotes(db: Db): Promise<StoredQuote[]> {
  return db.getAll('quotes');
}

export async function getMeta<T>(db: Db, key: string): Promise<T | undefined> {
  return (await db.get('meta', key))?.value as T | undefined;
}

export async function setMeta(db: Db, key: string, value: unknown): Promise<void> {
  await db.put('meta', { key, value });
}
