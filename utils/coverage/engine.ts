/**
 * The background's corpus, one object: it opens the store (corpus-start.ts: the bundled corpus on
 * first run, the match index from its snapshot or the stored features; quotes of an older extractor
 * re-extracted after that, requote.ts) and gives the background, tests and scripts one set of methods over the two sides it is made of:
 *
 * - the write side (corpus-writes.ts, correction-writes.ts, story-assignment.ts, requote.ts), every
 *   write through LiveCorpus (live-corpus.ts), which keeps the match index, the search and the
 *   snapshot in step with the store;
 * - the read side (analysis.ts and coverage-view.ts for a page or a text, corpus-reads.ts, the
 *   search).
 *
 * Pure TypeScript over a Db handle, so it runs the same in tests.
 */
import type { ExtractedArticle } from '../article/extract';
import { findArticleByUrls, type SourceChange } from '../db/corpus';
import type { Correction } from '../db/corrections';
import type { Db } from '../db/schema';
import type { ImportError } from '../corpus/import';
import { english, type I18n } from '../i18n/translate';
import type { Article } from '../types';
import { analyse, entryOf, storyCandidatesOf, type Analysis } from './analysis';
import { truncate } from './cards';
import { corpusInfo, exportCorpus, listArticles, readerArticle } from './corpus-reads';
import { openCorpus, type BundledCorpus } from './corpus-start';
import { addEntries, clearCorpus, prepareEntries, removeArticles } from './corpus-writes';
import { correctMatch, importCorrections } from './correction-writes';
import type { Verdict } from './corrections';
import { recorrect, viewOf, withAdditions } from './coverage-view';
import type { LiveCorpus } from './live-corpus';
import { requoteStored } from './requote';
import type { SearchFacets, SearchFilters } from './search';
import { fillStoredSearch } from './search-fill';
import type { ArticleCard, Detection, ReaderArticle, SearchHit, Subject, TabView } from './types';
import { urlForms } from './urls';
import { pageText, type TextAnalysis } from './text-analysis';

export { badgeText } from './coverage-view';
export type { Analysis } from './analysis';
export type { BundledCorpus } from './corpus-start';

export class CoverageEngine {
  /** The fill of the stored match index that open started (index-fill.ts); 0 articles when it described the corpus. */
  private indexFilling: Promise<number> = Promise.resolve(0);
  /** The re-extraction of stored quotes that open started; 0 articles when they were current. */
  private requoting: Promise<number> = Promise.resolve(0);
  /** The fill of the stored search index over a corpus stored before it (search-fill.ts); 0 articles when it was done. */
  private searchFilling: Promise<number> = Promise.resolve(0);

  private constructor(private readonly live: LiveCorpus) {}

  /**
   * Opens the engine over the stored corpus (corpus-start.ts); quotes stored by an older extractor
   * are re-extracted after that, beside the first answers (quotesReady).
   */
  static async open(db: Db, bundled: BundledCorpus): Promise<CoverageEngine> {
    const { live, staleQuotes, indexFilling } = await openCorpus(db, bundled);
    const engine = new CoverageEngine(live);
    engine.indexFilling = indexFilling;
    indexFilling.catch(() => undefined);
    engine.requoteIf(staleQuotes);
    engine.searchFilling = fillStoredSearch(db, (work) => live.oneWriteAtATime(work));
    engine.searchFilling.catch(() => undefined);
    return engine;
  }

  /**
   * Starts re-extracting the stored articles' quotes when the extractor changed since they were
   * stored (requote.ts): after the start-up work and without holding up the first answers, batch
   * by batch between the other writes (the search follows inside each batch's write). A failure (a full disk,
   * a stopped worker) keeps the batches written, and the next start goes on from there.
   */
  private requoteIf(stale: boolean): void {
    if (!stale) return;
    const live = this.live;
    this.requoting = requoteStored(live.db, {
      oneWrite: (work) => live.oneWriteAtATime(work),
    });
    this.requoting.catch(() => undefined);
  }

  /** Resolves when the stored match index describes every stored article, to how many the fill indexed; rejects if that failed. */
  indexReady(): Promise<number> {
    return this.indexFilling;
  }

  /** Resolves when the stored quotes are those of the current extractor, to how many articles were re-extracted; rejects if that failed. */
  quotesReady(): Promise<number> {
    return this.requoting;
  }

  /** Resolves when the stored search index covers every article, to how many the fill indexed; rejects if that failed. */
  searchReady(): Promise<number> {
    return this.searchFilling;
  }

  /** Refreshes the stored norms the corpus has moved past now, instead of a little after the last write; resolves to how many. */
  refreshNorms(): Promise<number> {
    return this.live.refreshNorms();
  }

  get size(): number {
    return this.live.index.size;
  }

  // The write side.

  /**
   * Adds or replaces articles (import, feeds) in one transaction: either all of them are stored
   * with their quotes and features, or none is and the corpus stays as it was. The in-memory
   * indexes change only after the store has committed.
   */
  async addArticles(articles: Article[], onProgress?: (done: number, total: number) => void, source?: SourceChange): Promise<{ added: number; replaced: number }> {
    return addEntries(this.live, await prepareEntries(articles, onProgress), source);
  }

  /**
   * Adds a page the reader read, from the analysis its view was made of (analyzedPage): its
   * features and quotes are that analysis's, and its story candidates the analysis's matches while
   * the index has not changed since; the same entry and story as addArticles([article]) would give.
   */
  async addAnalysed(article: Article, analysis: Analysis): Promise<{ added: number; replaced: number }> {
    const entry = entryOf(analysis, article);
    if (!entry) return this.addArticles([article]);
    return addEntries(this.live, [entry], undefined, (version) => {
      const candidates = storyCandidatesOf(analysis, article.id, version);
      return new Map(candidates ? [[article.id, candidates]] : []);
    });
  }

  /** Removes one article with its quotes and features. */
  async removeArticle(id: string): Promise<void> {
    await removeArticles(this.live, [id]);
  }

  /** Removes articles with their quotes and features, all or nothing (a removed feed, retention). */
  async removeArticles(ids: readonly string[]): Promise<void> {
    await removeArticles(this.live, ids);
  }

  /** Empties the corpus (the bundled articles too; they can be restored). */
  async clearCorpus(): Promise<void> {
    await clearCorpus(this.live);
  }

  /** Puts the bundled articles back (after a clear or a delete). */
  async restoreBundled(bundled: BundledCorpus): Promise<void> {
    await this.addArticles(bundled.articles);
  }

  /** The reader's verdict on a pair (`null` undoes it), stored with its effect on the stories (correction-writes.ts). */
  async correctMatch(a: string, b: string, verdict: Verdict | null, at = Date.now()): Promise<void> {
    await correctMatch(this.live, a, b, verdict, at);
  }

  /** Imported corrections of articles in the corpus, oldest first; the others reported and not kept. */
  importCorrections(corrections: { index: number; correction: Correction }[], i18n: I18n = english): Promise<{ added: number; rejected: ImportError[] }> {
    return importCorrections(this.live, corrections, i18n);
  }

  // The read side.

  /**
   * The one analysis of an extracted page (analysis.ts; `made`: its text's features and quotes, when
   * its parser made them): its view is analyzedView's, and a page the
   * reader collects is stored from it (addAnalysed) instead of being analysed again.
   */
  async analyzedPage(page: ExtractedArticle, url: string, made?: TextAnalysis): Promise<Analysis> {
    const pageUrl = page.canonicalUrl ?? url;
    const text = pageText(page);
    const byUrl = await findArticleByUrls(this.live.db, urlForms(pageUrl));
    const subject: Subject = {
      kind: 'page',
      title: page.title,
      source: page.siteName,
      byline: page.byline,
      published: page.published,
      url: pageUrl,
      excerpt: null,
      corpusId: byUrl?.id ?? null,
    };
    return analyse(this.live, subject, text, page.lang, made);
  }

  /** The side panel's view of an analysis. */
  analyzedView(analysis: Analysis, detection: Detection | null, notice: string | null = null, additions: 'now' | 'later' = 'now'): Promise<TabView> {
    return viewOf(this.live.db, analysis, detection, notice, additions);
  }

  /** A view made with its additions for later (analyzedView), with them. */
  viewWithAdditions(analysis: Analysis, view: TabView): Promise<TabView> {
    return withAdditions(this.live.db, analysis, view);
  }

  /** The side panel's view for an extracted page. */
  async analyzePage(page: ExtractedArticle, url: string, detection: Detection | null, made?: TextAnalysis): Promise<TabView> {
    return this.analyzedView(await this.analyzedPage(page, url, made), detection);
  }

  /** The side panel's view for a piece of text (a selection, or a link we could not read). */
  async analyzeText(kind: 'selection' | 'link', text: string, url: string | null, notice: string | null): Promise<TabView> {
    const subject: Subject = { kind, title: null, source: null, byline: null, published: null, url, excerpt: truncate(text, 280), corpusId: null };
    return this.analyzedView(await analyse(this.live, subject, text, null), null, notice);
  }

  /** A stored tab view with the current corrections applied again (coverage-view.ts). */
  recorrect(view: TabView): Promise<TabView> {
    return recorrect(this.live.db, view);
  }

  async corpusInfo(): Promise<{ articles: number; quotes: number; generation: number }> {
    return corpusInfo(this.live.db);
  }

  /** Popup search, read from the stored search index that every corpus write updates (search.ts). */
  async search(query: string, limit = 20, filters: SearchFilters = {}): Promise<SearchHit[]> {
    return (await this.live.search()).search(query, limit, filters);
  }

  /** The outlets and speakers the popup's filters offer. */
  async searchFacets(): Promise<SearchFacets> {
    return (await this.live.search()).facets();
  }

  /** One article in full for the reader page (`i18n` words its absence for the reader). */
  readerArticle(id: string, i18n: I18n = english): Promise<ReaderArticle> {
    return readerArticle(this.live.db, id, i18n);
  }

  /** Every article, newest addition first, for the options page. */
  listArticles(): Promise<(ArticleCard & { origin: Article['origin'] })[]> {
    return listArticles(this.live.db);
  }

  /** The whole corpus as a corpus JSON document the importer reads, with the corrections between its articles. */
  exportCorpus(): Promise<string> {
    return exportCorpus(this.live.db);
  }
}
