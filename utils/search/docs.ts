/**
 * What the popup search indexes of an article and its quotes, pure: one document per article
 * (title, text, outlet) and one per quote (its words, speaker, the article's outlet), each with
 * the filter values a search narrows by, so a filtered search never reads the articles to filter.
 */
import type { Article } from '../types';
import { analyseFields } from './analyze';

/** One document to index, as the store keeps it apart from its postings. */
export interface SearchDocInput {
  /** `a:${articleId}` or `q:${quoteKey}`. */
  key: string;
  kind: 'article' | 'quote';
  articleId: string;
  /** Filter values (absent rather than null, so IndexedDB indexes leave them out). */
  source?: string;
  feed?: string;
  /** YYYY-MM-DD of the article's publication. */
  day?: string;
  speaker?: string;
  weights: Map<string, number>;
  length: number;
}

/** The part of a stored quote the search reads. */
export interface QuoteText {
  key: string;
  quote: string;
  speaker: string | null;
}

/** The documents of one article and its quotes. */
export function searchDocsOf(article: Article, quotes: readonly QuoteText[]): SearchDocInput[] {
  const facets = {
    ...(article.source ? { source: article.source } : {}),
    ...(article.published ? { day: article.published.slice(0, 10) } : {}),
  };
  const lang = article.lang ?? 'en';
  const own = analyseFields({ title: article.title, text: article.text, source: article.source }, lang);
  const docs: SearchDocInput[] = [
    { key: `a:${article.id}`, kind: 'article', articleId: article.id, ...facets, ...(article.feed?.sourceId ? { feed: article.feed.sourceId } : {}), ...own },
  ];
  for (const q of quotes) {
    const a = analyseFields({ text: q.quote, speaker: q.speaker, source: article.source }, lang);
    docs.push({ key: `q:${q.key}`, kind: 'quote', articleId: article.id, ...facets, ...(q.speaker ? { speaker: q.speaker } : {}), ...a });
  }
  return docs;
}
