/**
 * The popup's search over titles, text, outlets, quotations and speakers, read from the stored
 * search index in part per query (utils/db/search-store.ts, written inside every corpus write):
 * nothing that grows with the corpus is held in memory or loaded at start-up. Each article and
 * each quote is its own document, so a speaker's name finds both their quotes and the articles
 * that carry them; ranking (prefix and typo tolerant, every word required) is search-rank.ts.
 */
import { getArticles, statementsOfStories } from '../db/corpus';
import type { Db, StoredQuote, StoredStatement } from '../db/schema';
import { articlesPresent, facetRows, quotesByKey, searchDocsByNumber, searchDocsWhere, type SearchDocField, type StoredSearchDoc } from '../db/search-store';
import { allSources } from '../db/sources';
import type { Article } from '../types';
import { bestSnippet, truncate } from './cards';
import { outletName } from './format';
import { rankStored } from './search-rank';
import type { SearchHit } from './types';

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

/** Ranked documents read a page at a time, so a filter that drops most of them costs pages, not the corpus. */
const PAGE = 50;
/** Speakers offered to filter by: the most frequent. */
const MAX_SPEAKERS = 500;
/** Document rows read for a search without words, per hit asked (quotes of one statement fold into one hit). */
const ROWS_PER_HIT = 5;

type Match = { doc: StoredSearchDoc; score: number; terms: string[] };

function passes(d: StoredSearchDoc, f: SearchFilters): boolean {
  if (f.outlet && d.source !== f.outlet) return false;
  if (f.feedSource && d.feed !== f.feedSource) return false;
  if (f.speaker && (d.kind !== 'quote' || d.speaker !== f.speaker)) return false;
  if ((f.from || f.to) && !d.day) return false;
  if (f.from && d.day! < f.from) return false;
  if (f.to && d.day! > f.to) return false;
  return true;
}

/** Values most frequent first, ties in alphabetical order. */
function byCount(rows: { value: string; count: number }[]): string[] {
  return [...rows].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).map((r) => r.value);
}

/** The popup's search: stateless over the store, so every write is followed by construction. */
export class CorpusSearch {
  constructor(private readonly db: Db) {}

  /** Outlets and speakers present in the corpus, most frequent first, read from their counted rows. */
  async facets(): Promise<SearchFacets> {
    const [outlets, speakers, feeds, sources] = await Promise.all([facetRows(this.db, 'outlet'), facetRows(this.db, 'speaker', MAX_SPEAKERS), facetRows(this.db, 'feed'), allSources(this.db)]);
    const titles = new Map(sources.map((s) => [s.id, s.title ?? s.feedUrl]));
    return {
      outlets: byCount(outlets),
      speakers: byCount(speakers),
      // Feeds still followed only: the articles of a removed one stay under their outlet.
      sources: byCount(feeds)
        .flatMap((id) => {
          const title = titles.get(id);
          return title === undefined ? [] : [{ id, title }];
        })
        .sort((a, b) => a.title.localeCompare(b.title)),
    };
  }

  /**
   * Ranked hits with the words that matched (for highlighting). With filters and no words, the
   * articles (or, with a speaker, the quotes) that pass them, the latest indexed first, up to
   * `limit`, shown newest published first.
   */
  async search(query: string, limit = 20, filters: SearchFilters = {}): Promise<SearchHit[]> {
    const q = query.trim();
    const filtered = !!(filters.outlet || filters.feedSource || filters.speaker || filters.from || filters.to);
    if (!q && !filtered) return [];
    const out: SearchHit[] = [];
    const shown = new Set<string>();
    if (q) {
      const ranked = await rankStored(this.db, q);
      for (let i = 0; i < ranked.length && out.length < limit; i += PAGE) {
        const page = ranked.slice(i, i + PAGE);
        const docs = await searchDocsByNumber(this.db, page.map((r) => r.n));
        const matches = page.flatMap((r, j) => {
          const doc = docs[j];
          return doc && passes(doc, filters) ? [{ doc, score: r.score, terms: r.terms }] : [];
        });
        await this.hits(matches, limit, out, shown);
      }
      return out;
    }
    const wantKind = filters.speaker ? 'quote' : 'article';
    const [field, range] = this.walkOf(filters);
    const docs = await searchDocsWhere(this.db, field, range, limit * ROWS_PER_HIT, (d) => d.kind === wantKind && passes(d, filters));
    await this.hits(docs.map((doc) => ({ doc, score: 0, terms: [] })), limit, out, shown);
    return out.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  }

  /** The index of the documents a search without words walks: the narrowest filter given. */
  private walkOf(f: SearchFilters): [SearchDocField, IDBKeyRange] {
    if (f.speaker) return ['speaker', IDBKeyRange.only(f.speaker)];
    if (f.feedSource) return ['feed', IDBKeyRange.only(f.feedSource)];
    if (f.outlet) return ['source', IDBKeyRange.only(f.outlet)];
    return ['day', IDBKeyRange.bound(f.from ?? '', f.to ?? '\uffff')];
  }

  /** Turns matched documents into hits, in order, until `limit`: a statement several outlets carried is one hit naming them all. */
  private async hits(matches: Match[], limit: number, out: SearchHit[], shown: Set<string>): Promise<void> {
    if (!matches.length) return;
    const quoteDocs = matches.filter((m) => m.doc.kind === 'quote');
    const [articles, quoteRows] = await Promise.all([getArticles(this.db, [...new Set(matches.map((m) => m.doc.articleId))]), quotesByKey(this.db, quoteDocs.map((m) => m.doc.key.slice(2)))]);
    const articleOf = new Map<string, Article>(articles.map((a) => [a.id, a]));
    const quotes = new Map<string, StoredQuote>(quoteRows.flatMap((row) => (row ? [[row.key, row] as const] : [])));
    const stories = [...new Set([...quotes.values()].flatMap((row) => (row.storyId ? [row.storyId] : [])))];
    const statementOf = new Map<string, StoredStatement>();
    for (const st of await statementsOfStories(this.db, stories)) for (const m of st.members) statementOf.set(m.quoteKey, st);
    const present = await articlesPresent(this.db, [...new Set([...statementOf.values()].flatMap((st) => st.members.map((m) => m.articleId)))]);
    for (const { doc, score, terms } of matches) {
      if (out.length >= limit) return;
      const article = articleOf.get(doc.articleId);
      if (!article) continue;
      const base = { articleId: article.id, title: article.title, source: article.source, published: article.published, score, terms };
      if (doc.kind === 'article') {
        out.push({ ...base, kind: 'article', text: bestSnippet(article.text, article.lang, terms), speaker: null });
        continue;
      }
      const quote = quotes.get(doc.key.slice(2));
      if (!quote) continue;
      const st = statementOf.get(quote.key);
      if (st && shown.has(st.id)) continue;
      if (st) shown.add(st.id);
      const others = st
        ? [...new Set(st.members.filter((m) => m.articleId !== article.id && present.has(m.articleId) && (m.source === null || m.source !== article.source)).map((m) => outletName(m.source)))]
        : [];
      out.push({ ...base, kind: 'quote', text: truncate(quote.quote, 280), speaker: quote.speaker, alsoCarriedBy: others.sort() });
    }
  }
}
