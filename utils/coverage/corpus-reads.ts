/**
 * The read side's corpus pages: one article for the reader page, the options page's list, the
 * corpus export and its counts. Straight reads of the store, no index involved.
 */
import { allArticles, countArticles, countQuotes, GENERATION_KEY, getArticle, getMeta, quotesOfArticle } from '../db/corpus';
import { allCorrections } from '../db/corrections';
import type { Db } from '../db/schema';
import { exportCorpusJson } from '../corpus/import';
import { english, type I18n } from '../i18n/translate';
import type { Article } from '../types';
import { articleCard } from './cards';
import type { ArticleCard, ReaderArticle } from './types';

/** How many articles and quotes the corpus holds, and its generation (it changes with every write). */
export async function corpusInfo(db: Db): Promise<{ articles: number; quotes: number; generation: number }> {
  const [articles, quotes, generation] = await Promise.all([countArticles(db), countQuotes(db), getMeta<number>(db, GENERATION_KEY)]);
  return { articles, quotes, generation: generation ?? 0 };
}

/** Every article, newest addition first, for the options page. */
export async function listArticles(db: Db): Promise<(ArticleCard & { origin: Article['origin'] })[]> {
  const all = await allArticles(db);
  return all.sort((a, b) => b.addedAt - a.addedAt || a.id.localeCompare(b.id)).map((a) => ({ ...articleCard(a), origin: a.origin }));
}

/**
 * The whole corpus as a corpus JSON document the importer reads, with the reader's corrections
 * of pairs whose two articles are both in it (the others could not be imported back).
 */
export async function exportCorpus(db: Db): Promise<string> {
  const articles = await allArticles(db);
  const ids = new Set(articles.map((a) => a.id));
  const corrections = (await allCorrections(db)).filter((c) => ids.has(c.a) && ids.has(c.b));
  return exportCorpusJson(articles, corrections.map(({ a, b, verdict, at }) => ({ a, b, verdict, at })));
}

/**
 * One article in full for the reader page (`i18n` words its absence for the reader): its stored
 * text cut back into the paragraphs it was joined from, and its quotes in reading order.
 */
export async function readerArticle(db: Db, id: string, i18n: I18n = english): Promise<ReaderArticle> {
  const a = await getArticle(db, id);
  if (!a) throw new Error(i18n.t('reader_missing', { id }));
  const quotes = await quotesOfArticle(db, id);
  return {
    id: a.id,
    title: a.title,
    source: a.source,
    byline: a.byline,
    published: a.published,
    publishedInferred: a.publishedInferred === true,
    url: a.url,
    paragraphs: a.text.split(/\n\s*\n/).filter((p) => p.trim()),
    quotes: quotes.sort((x, y) => x.start - y.start).map((q) => ({ quote: q.quote, speaker: q.speaker })),
  };
}
