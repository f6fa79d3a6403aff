/**
 * Turning an article into what the store keeps: its quotes (with speaker keys for the index) and
 * the matcher's features. One function, used for the bundled corpus, for imports and feeds, so
 * every article is analysed the same way; a page the reader collects was analysed for its view
 * already, and is stored from that analysis (analysis.ts entryOf), with the same result.
 */
import type { ExtractedArticle } from '../article/extract';
import { featurize } from '../match/features';
import { extractQuotes, speakerKey } from '../quotes';
import type { CorpusEntry, QuotesEntry } from '../db/corpus';
import type { Article, Quote } from '../types';
import type { Detection } from './types';
import { fnv1a } from '../text/hash';
import type { TextAnalysis } from './text-analysis';

/** An extracted page with the detector's verdict, as the offscreen parser returns it. */
export interface ExtractedPage {
  detection: Detection;
  article: ExtractedArticle;
  /** The text's features and quotes, when the parser was asked to make them (parse-page.ts `analyse`). */
  analysis?: TextAnalysis;
}

/**
 * An article's quotes with their speaker keys: what prepareEntry stores, and what re-extraction
 * (requote.ts) gives a stored article when the extractor changed, so both write the same quotes.
 */
export function articleQuotes(article: Article): QuotesEntry {
  return quotesEntry(article, extractQuotes(article.text, { lang: article.lang ?? 'en' }));
}

/** An article's quotes as stored, with their speaker keys ("" when the speaker is unknown). */
export function quotesEntry(article: Article, quotes: Quote[]): QuotesEntry {
  return { article, quotes, speakerKeys: quotes.map((q) => (q.speaker ? speakerKey(q.speaker) : '')) };
}

/** Quotes, speaker keys and features for one article. */
export function prepareEntry(article: Article): CorpusEntry {
  return {
    ...articleQuotes(article),
    features: featurize({ id: article.id, title: article.title, text: article.text, published: article.published, lang: article.lang }),
  };
}

/** A stable id for a page: the same URL always gives the same id. */
export function idForUrl(url: string): string {
  return `url-${fnv1a(url).toString(36)}`;
}
