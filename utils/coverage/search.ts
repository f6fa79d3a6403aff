/**
 * The popup's search over titles, text, outlets, quotations and speakers. MiniSearch gives
 * prefix and typo-tolerant ranking; each article and each quote is its own document, so a
 * speaker's name finds both their quotes and the articles that carry them.
 */
import MiniSearch from 'minisearch';
import type { StoredQuote, StoredStatement } from '../db/schema';
import type { Article } from '../types';
import { bestSnippet, truncate } from './cards';
import { outletName } from './format';
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

/** Narrowing of a search: one outlet, one followed feed (its source id), one speaker, a date range (inclusive, YYYY-MM-DD). */
export interface SearchFilters {
  outlet?: string | null;
  feedSource?: string | null;
  speaker?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The values the popup's filters offer. */
export interface SearchFacets {
  outlets: string[];
  speakers: string[];
  /** The followed feeds that have articles in the corpus, by title. */
  sources: { id: string; title: string }[];
}

/** What a write changed, for the search to follow: articles (re)written with their quotes, articles removed, and the stories whose statements were regrouped with their statements now. */
export interface SearchChange {
  articles: Article[];
  quotes: StoredQuote[];
  removed: readonly string[];
  stories: readonly string[];
  statements: StoredStatement[];
}

/**
 * An in-memory index, built from the store on first use and then kept up to date write by write
 * (feeds change the corpus every half hour: rebuilding it costs about 0.4 ms an article).
 */
export class CorpusSearch {
  private readonly mini = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['title', 'text', 'source', 'speaker'],
    storeFields: ['kind', 'articleId'],
    searchOptions: { boost: { title: 3, speaker: 3, source: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  private readonly articles = new Map<string, Article>();
  private readonly quotes = new Map<string, StoredQuote>();
  /** The keys of each article's quotes, to take them out with it. */
  private readonly quoteKeysOf = new Map<string, string[]>();
  /** The stored statement each quote belongs to: one hit per statement, with every outlet that carried it. */
  private readonly statementOf = new Map<string, StoredStatement>();
  /** Each story's statements, to replace them when the story is regrouped. */
  private readonly statementsOfStory = new Map<string, StoredStatement[]>();

  /** Titles of the followed feeds by source id, for the source filter. */
  private readonly sourceTitles: Map<string, string>;

  constructor(articles: Article[], quotes: StoredQuote[], statements: StoredStatement[] = [], sourceTitles = new Map<string, string>()) {
    this.sourceTitles = sourceTitles;
    this.update({ articles, quotes, removed: [], stories: [], statements });
  }

  /** Follows one write: drops the removed and rewritten articles with their quotes, adds the new versions, replaces the regrouped stories' statements. */
  update(change: SearchChange): void {
    for (const id of [...change.removed, ...change.articles.map((a) => a.id)]) this.drop(id);
    for (const a of change.articles) this.articles.set(a.id, a);
    for (const q of change.quotes) {
      this.quotes.set(q.key, q);
      this.quoteKeysOf.set(q.articleId, [...(this.quoteKeysOf.get(q.articleId) ?? []), q.key]);
    }
    this.mini.addAll([
      ...change.articles.map((a) => ({ key: `a:${a.id}`, kind: 'article' as const, articleId: a.id, title: a.title ?? '', text: a.text, source: a.source ?? '', speaker: '' })),
      ...change.quotes.map((q) => ({
        key: `q:${q.key}`,
        kind: 'quote' as const,
        articleId: q.articleId,
        title: '',
        text: q.quote,
        source: this.articles.get(q.articleId)?.source ?? '',
        speaker: q.speaker ?? '',
      })),
    ]);
    for (const sid of change.stories) {
      for (const st of this.statementsOfStory.get(sid) ?? []) for (const m of st.members) if (this.statementOf.get(m.quoteKey) === st) this.statementOf.delete(m.quoteKey);
      this.statementsOfStory.delete(sid);
    }
    for (const st of change.statements) {
      this.statementsOfStory.set(st.storyId, [...(this.statementsOfStory.get(st.storyId) ?? []), st]);
      for (const m of st.members) this.statementOf.set(m.quoteKey, st);
    }
  }

  /** Takes an article and its quotes out of the index (MiniSearch vacuums the discarded documents itself). */
  private drop(id: string): void {
    if (this.articles.delete(id)) this.mini.discard(`a:${id}`);
    for (const k of this.quoteKeysOf.get(id) ?? []) if (this.quotes.delete(k)) this.mini.discard(`q:${k}`);
    this.quoteKeysOf.delete(id);
  }

  /** Outlets and speakers present in the corpus, most frequent first. */
  facets(): SearchFacets {
    const count = (values: (string | null)[]) => {
      const m = new Map<string, number>();
      for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
      return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
    };
    return {
      outlets: count([...this.articles.values()].map((a) => a.source)),
      speakers: count([...this.quotes.values()].map((q) => q.speaker)).slice(0, 500),
      // Feeds still followed only: the articles of a removed one stay under their outlet.
      sources: count([...this.articles.values()].map((a) => a.feed?.sourceId ?? null))
        .flatMap((id) => {
          const title = this.sourceTitles.get(id);
          return title === undefined ? [] : [{ id, title }];
        })
        .sort((a, b) => a.title.localeCompare(b.title)),
    };
  }

  private passes(article: Article, speaker: string | null, f: SearchFilters): boolean {
    if (f.outlet && article.source !== f.outlet) return false;
    if (f.feedSource && article.feed?.sourceId !== f.feedSource) return false;
    if (f.speaker && speaker !== f.speaker) return false;
    const day = article.published?.slice(0, 10) ?? null;
    if ((f.from || f.to) && !day) return false;
    if (f.from && day! < f.from) return false;
    if (f.to && day! > f.to) return false;
    return true;
  }

  /**
   * Ranked hits with the words that matched (for highlighting). With filters and no words, every
   * article (or, with a speaker, every quote) that passes them, newest first.
   */
  search(query: string, limit = 20, filters: SearchFilters = {}): SearchHit[] {
    const q = query.trim();
    const filtered = !!(filters.outlet || filters.feedSource || filters.speaker || filters.from || filters.to);
    if (!q && !filtered) return [];
    const results = q
      ? this.mini.search(q)
      : [...(filters.speaker ? [...this.quotes.keys()].map((k) => `q:${k}`) : [...this.articles.keys()].map((k) => `a:${k}`))].map((id) => ({
          id,
          score: 0,
          terms: [] as string[],
          articleId: id.startsWith('q:') ? this.quotes.get(id.slice(2))!.articleId : id.slice(2),
        }));
    const out: SearchHit[] = [];
    const shownStatements = new Set<string>();
    for (const r of results) {
      const key = String(r.id);
      const articleId = String(r['articleId']);
      const article = this.articles.get(articleId);
      if (!article) continue;
      const quote = key.startsWith('q:') ? this.quotes.get(key.slice(2)) : undefined;
      if (key.startsWith('q:') && !quote) continue;
      if (filters.speaker && !quote) continue;
      if (!this.passes(article, quote?.speaker ?? null, filters)) continue;
      const base = { articleId, title: article.title, source: article.source, published: article.published, score: r.score, terms: r.terms };
      if (quote) {
        // The same statement carried by several outlets is one hit that names them all.
        const st = this.statementOf.get(quote.key);
        if (st && shownStatements.has(st.id)) continue;
        if (st) shownStatements.add(st.id);
        const others = st
          ? [...new Set(st.members.filter((m) => m.articleId !== articleId && this.articles.has(m.articleId) && (m.source === null || m.source !== article.source)).map((m) => outletName(m.source)))]
          : [];
        out.push({ ...base, kind: 'quote', text: truncate(quote.quote, 280), speaker: quote.speaker, alsoCarriedBy: others.sort() });
      }
      else out.push({ ...base, kind: 'article', text: bestSnippet(article.text, article.lang, r.terms), speaker: null });
      if (out.length >= limit) break;
    }
    if (!q) out.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
    return out;
  }
}
