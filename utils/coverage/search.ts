/**
 * The popup's search over titles, text, outlets, quotations and speakers. MiniSearch gives
 * prefix and typo-tolerant ranking; each article and each quote is its own document, so a
 * speaker's name finds both their quotes and the articles that carry them.
 */
import MiniSearch from 'minisearch';
import type { StoredQuote } from '../db/schema';
import type { Article } from '../types';
import { bestSnippet, truncate } from './cards';
import type { SearchHit } from './types';

interface SearchDoc {
  key: string;
  kind: 'article' | 'quote';
  articleId: string;
  title: string;
  text: string;
  source: string;
  speaker: string;
}

/** An in-memory index, rebuilt from the store when the corpus changes. */
export class CorpusSearch {
  private readonly mini = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['title', 'text', 'source', 'speaker'],
    storeFields: ['kind', 'articleId'],
    searchOptions: { boost: { title: 3, speaker: 3, source: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  private readonly articles = new Map<string, Article>();
  private readonly quotes = new Map<string, StoredQuote>();

  constructor(articles: Article[], quotes: StoredQuote[]) {
    for (const a of articles) this.articles.set(a.id, a);
    for (const q of quotes) this.quotes.set(q.key, q);
    this.mini.addAll([
      ...articles.map((a) => ({
        key: `a:${a.id}`,
        kind: 'article' as const,
        articleId: a.id,
        title: a.title ?? '',
        text: a.text,
        source: a.source ?? '',
        speaker: '',
      })),
      ...quotes.map((q) => ({
        key: `q:${q.key}`,
        kind: 'quote' as const,
        articleId: q.articleId,
        title: '',
        text: q.quote,
        source: this.articles.get(q.articleId)?.source ?? '',
        speaker: q.speaker ?? '',
      })),
    ]);
  }

  /** Ranked hits; an empty query finds nothing. */
  search(query: string, limit = 20): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    const out: SearchHit[] = [];
    for (const r of this.mini.search(q)) {
      const key = String(r.id);
      const articleId = String(r['articleId']);
      const article = this.articles.get(articleId);
      if (!article) continue;
      const base = { articleId, title: article.title, source: article.source, published: article.published, score: r.score };
      if (key.startsWith('q:')) {
        const quote = this.quotes.get(key.slice(2));
        if (!quote) continue;
        out.push({ ...base, kind: 'quote', text: truncate(quote.quote, 280), speaker: quote.speaker });
      } else {
        out.push({ ...base, kind: 'article', text: bestSnippet(article.text, article.lang, r.terms), speaker: null });
      }
      if (out.length >= limit) break;
    }
    return out;
  }
}
