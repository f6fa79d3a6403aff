/**
 * The background's brain: it owns the match index and the search index built from the store,
 * loads the bundled corpus on first run, and answers "what else covers this?" for a page, a
 * selection or a link. Pure TypeScript over a Db handle, so it runs the same in tests.
 */
import {
  allArticles,
  allFeatures,
  allQuotes,
  allStatements,
  articlesWithoutStory,
  clearCorpusStores,
  countArticles,
  deleteArticle,
  GENERATION_KEY,
  findArticleByUrl,
  getArticle,
  getArticles,
  getMeta,
  putEntries,
  putStories,
  quotesOfArticle,
  setMeta,
  statementsOfStories,
  storiesOf,
} from '../db/corpus';
import type { Db } from '../db/schema';
import type { ExtractedArticle } from '../article/extract';
import { featurize } from '../match/features';
import { MatchIndex, type MatchIndexSnapshot } from '../match/index';
import { FEATURES_VERSION, type ArticleFeatures } from '../match/types';
import { extractQuotes } from '../quotes';
import type { Article } from '../types';
import { articleCard, matchCard, truncate } from './cards';
import { exportJsonl } from '../corpus/import';
import { prepareEntry } from './ingest';
import { whatOthersAdd } from './additions';
import { sameUrlKey } from './urls';
import { CorpusSearch, type SearchFacets, type SearchFilters } from './search';
import { speakerViewsFromStatements, type CarriedQuote } from './speakers';
import { resolveStories, storyCandidates, storyStatements } from './stories';
import type { ArticleCard, Detection, MatchCard, ReaderArticle, SearchHit, SpeakerView, Subject, TabView } from './types';

/** The bundled corpus as shipped in assets/corpus.json. */
export interface BundledCorpus {
  version: number;
  articles: Article[];
}

/** Meta key of the saved match index and the corpus generation it describes. */
const SNAPSHOT_KEY = 'matchIndexSnapshot';
const SNAPSHOT_DELAY_MS = 2000;

/** How many of the closest same-story articles "what the others add" reads. */
const ADDITIONS_FROM = 10;

/** How many matches the side panel lists at most. */
const TOP = 50;

/** Articles given a story per transaction when stories are assigned after an upgrade. */
const STORY_BATCH = 500;


export class CoverageEngine {
  private searchIndex: CorpusSearch | null = null;

  private constructor(
    private readonly db: Db,
    private index: MatchIndex,
  ) {}

  /**
   * Opens the engine: loads the bundled corpus when this version was never loaded (keeping
   * everything else), then the match index: from its saved snapshot when that still describes the
   * stored corpus (fast: no postings rebuilt from features), else from the stored features, which
   * are recomputed from the text where the matcher's feature format has changed.
   */
  static async open(db: Db, bundled: BundledCorpus): Promise<CoverageEngine> {
    // The three start-up reads at once: they decide whether to load the bundled corpus and the snapshot.
    const [loaded, storedGeneration, storedSnapshot] = await Promise.all([
      getMeta<number>(db, 'bundledVersion'),
      getMeta<number>(db, GENERATION_KEY),
      getMeta<{ generation: number; index: MatchIndexSnapshot }>(db, SNAPSHOT_KEY),
    ]);
    if (loaded !== bundled.version) {
      await putEntries(db, bundled.articles.map(prepareEntry));
      await setMeta(db, 'bundledVersion', bundled.version);
    }
    // Loading the bundled corpus moved the generation past any snapshot: read both again then.
    const fresh = loaded === bundled.version;
    const generation = (fresh ? storedGeneration : await getMeta<number>(db, GENERATION_KEY)) ?? 0;
    const snapshot = fresh ? storedSnapshot : await getMeta<{ generation: number; index: MatchIndexSnapshot }>(db, SNAPSHOT_KEY);
    if (snapshot && snapshot.generation === generation) {
      let engine: CoverageEngine | null = null;
      try {
        engine = new CoverageEngine(db, MatchIndex.fromSnapshot(snapshot.index));
      } catch {
        // A snapshot of another format: rebuild below.
      }
      if (engine) {
        await engine.assignMissingStories();
        return engine;
      }
    }
    const index = new MatchIndex();
    const stale: string[] = [];
    for (const f of await allFeatures(db)) {
      try {
        index.add(f.features as ArticleFeatures);
      } catch {
        stale.push(f.id);
      }
    }
    const engine = new CoverageEngine(db, index);
    if (stale.length) {
      await engine.addArticles(await getArticles(db, stale));
    }
    await engine.assignMissingStories();
    await engine.saveSnapshot();
    return engine;
  }

  /**
   * Stories for articles stored without one (a corpus written before stories existed, or the
   * bundled articles, stored before the index could match them), oldest first, in batches.
   */
  private async assignMissingStories(): Promise<void> {
    const missing = await articlesWithoutStory(this.db);
    if (!missing.length) return;
    const articles = await getArticles(this.db, missing);
    articles.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
    const stored = await Promise.all(articles.map((a) => this.db.get('features', a.id)));
    // Features of an older format were recomputed into the index at start-up; recompute them here too.
    const features = articles.map((a, i) => {
      const f = stored[i]?.features as ArticleFeatures | undefined;
      return f && f.v === FEATURES_VERSION ? f : (prepareEntry(a).features as ArticleFeatures);
    });
    const stories = await this.storiesFor(features, true);
    const rows = [...stories].map(([articleId, storyId]) => ({ articleId, storyId }));
    for (let i = 0; i < rows.length; i += STORY_BATCH) await putStories(this.db, rows.slice(i, i + STORY_BATCH), storyStatements);
  }

  /** Each article's story: its candidates from the index, the stored stories of those, then in batch order. */
  private async storiesFor(features: ArticleFeatures[], batchIndexed: boolean): Promise<Map<string, string>> {
    const candidates = storyCandidates(features, this.index, batchIndexed);
    const known = await storiesOf(this.db, [...new Set([...candidates.values()].flat().map((m) => m.id))]);
    return resolveStories(features.map((f) => f.id), candidates, known);
  }

  /** Writes that have committed to the store but not yet reached the in-memory index. */
  private pending = 0;
  private snapshotTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * Saves the index snapshot with the corpus generation it describes, read in the same
   * transaction. Skipped while a write is between the store and the index.
   */
  async saveSnapshot(): Promise<void> {
    if (this.pending > 0) return this.scheduleSnapshot();
    const index = this.index.toSnapshot();
    const tx = this.db.transaction('meta', 'readwrite');
    const generation = ((await tx.store.get(GENERATION_KEY))?.value as number | undefined) ?? 0;
    await Promise.all([tx.store.put({ key: SNAPSHOT_KEY, value: { generation, index } }), tx.done]);
  }

  /** Saves a snapshot a little after the last change, so an import of many articles saves once. */
  private scheduleSnapshot(): void {
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = null;
      void this.saveSnapshot().catch(() => undefined);
    }, SNAPSHOT_DELAY_MS);
  }

  get size(): number {
    return this.index.size;
  }

  /**
   * Adds or replaces articles (import, reading) in one transaction: either all of them are stored
   * with their quotes and features, or none is and the corpus stays as it was. The in-memory
   * indexes change only after the store has committed.
   */
  async addArticles(articles: Article[], onProgress?: (done: number, total: number) => void): Promise<{ added: number; replaced: number }> {
    const entries = articles.map((a, i) => {
      const e = prepareEntry(a);
      if (onProgress && (i % 50 === 0 || i === articles.length - 1)) onProgress(i + 1, articles.length);
      return e;
    });
    const stories = await this.storiesFor(entries.map((e) => e.features as ArticleFeatures), false);
    for (const e of entries) e.storyId = stories.get(e.article.id);
    this.pending++;
    let replaced = 0;
    try {
      await putEntries(this.db, entries, storyStatements);
      for (const e of entries) {
        if (this.index.has(e.article.id)) {
          this.index.remove(e.article.id);
          replaced++;
        }
        this.index.add(e.features as ArticleFeatures);
      }
    } finally {
      this.pending--;
    }
    this.searchIndex = null;
    this.scheduleSnapshot();
    return { added: entries.length - replaced, replaced };
  }

  /** Removes one article with its quotes and features. */
  async removeArticle(id: string): Promise<void> {
    this.pending++;
    try {
      await deleteArticle(this.db, id, storyStatements);
      if (this.index.has(id)) this.index.remove(id);
    } finally {
      this.pending--;
    }
    this.searchIndex = null;
    this.scheduleSnapshot();
  }

  /** Empties the corpus (the bundled articles too; they can be restored). */
  async clearCorpus(): Promise<void> {
    this.pending++;
    try {
      await clearCorpusStores(this.db);
      this.index = new MatchIndex();
    } finally {
      this.pending--;
    }
    this.searchIndex = null;
    this.scheduleSnapshot();
  }

  /** Puts the bundled articles back (after a clear or a delete). */
  async restoreBundled(bundled: BundledCorpus): Promise<void> {
    await this.addArticles(bundled.articles);
  }

  /** Every article, newest addition first, for the options page. */
  async listArticles(): Promise<(ArticleCard & { origin: Article['origin'] })[]> {
    const all = await allArticles(this.db);
    return all.sort((a, b) => b.addedAt - a.addedAt || a.id.localeCompare(b.id)).map((a) => ({ ...articleCard(a), origin: a.origin }));
  }

  /** The whole corpus as JSON Lines, in the format the importer reads. */
  async exportCorpus(): Promise<string> {
    return exportJsonl(await allArticles(this.db));
  }

  async corpusInfo(): Promise<{ articles: number; quotes: number }> {
    return { articles: await countArticles(this.db), quotes: await this.db.count('quotes') };
  }

  /** The side panel's view for an extracted page. */
  async analyzePage(page: ExtractedArticle, url: string, detection: Detection | null): Promise<TabView> {
    const pageUrl = page.canonicalUrl ?? url;
    const text = page.paragraphs.join('\n\n');
    const byUrl = (await findArticleByUrl(this.db, sameUrlKey(pageUrl) ?? pageUrl)) ?? (await findArticleByUrl(this.db, pageUrl));
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
    return this.analyze(subject, text, page.lang, detection, null);
  }

  /** The side panel's view for a piece of text (a selection, or a link we could not read). */
  async analyzeText(kind: 'selection' | 'link', text: string, url: string | null, notice: string | null): Promise<TabView> {
    const subject: Subject = {
      kind,
      title: null,
      source: null,
      byline: null,
      published: null,
      url,
      excerpt: truncate(text, 280),
      corpusId: null,
    };
    return this.analyze(subject, text, null, null, notice);
  }

  private async analyze(subject: Subject, text: string, lang: string | null, detection: Detection | null, notice: string | null): Promise<TabView> {
    const corpusSize = this.index.size;
    const features = featurize({ id: '\u0000query', title: subject.title, text, published: subject.published, lang });
    const exclude = subject.corpusId ? [subject.corpusId] : [];
    const matches = this.index.query(features, { top: TOP, exclude });
    // Each matched article is read once, for its card and for what it adds.
    const articles = new Map((await getArticles(this.db, matches.map((m) => m.id))).map((a) => [a.id, a]));
    const cards = matches.filter((m) => articles.has(m.id)).map((m) => matchCard(articles.get(m.id)!, m));
    // A page that is one of our own (bundled, URL-less) articles is recognised by its text.
    if (!subject.corpusId && subject.kind === 'page') {
      const self = cards.find((c) => c.tier === 'duplicate' && (c.url === null || sameUrlKey(c.url) === sameUrlKey(subject.url)));
      if (self) subject.corpusId = self.id;
    }
    const others = cards.filter((c) => c.id !== subject.corpusId);
    const sameStory = others.filter((c) => c.tier === 'same-story');
    const duplicates = others.filter((c) => c.tier === 'duplicate');
    const related = others.filter((c) => c.tier === 'related');
    const speakers = await this.speakersOf(subject, text, lang, [...duplicates, ...sameStory]);
    // The closest coverage is enough to show what the others add, and keeps a big story's page cheap.
    const coverage = sameStory.slice(0, ADDITIONS_FROM).map((c) => articles.get(c.id)!);
    const additions = whatOthersAdd(text, coverage.map((a) => ({ id: a.id, source: a.source, text: a.text, lang: a.lang })));
    return { state: 'ready', subject, detection, corpusSize, sameStory, duplicates, related, speakers, additions, notice };
  }

  /**
   * Who said what, from the stored statements of the coverage's stories (grouped when stored),
   * plus the quotes of a page that is not in the corpus.
   */
  private async speakersOf(subject: Subject, text: string, lang: string | null, coverage: MatchCard[]): Promise<SpeakerView[]> {
    const ownId = subject.corpusId;
    const shown = new Set([...coverage.map((c) => c.id), ...(ownId ? [ownId] : [])]);
    const stories = await storiesOf(this.db, [...shown]);
    const statements = await statementsOfStories(this.db, [...new Set(stories.values())]);
    const loose: CarriedQuote[] = [];
    if (!ownId && subject.kind === 'page') {
      for (const q of extractQuotes(text, { lang: lang ?? 'en' })) loose.push({ articleId: '', source: subject.source, quote: q, onThisPage: true });
    }
    // An article stored without a story yet (assigned at the next start) still shows its quotes.
    for (const id of shown) {
      if (stories.has(id)) continue;
      for (const q of await quotesOfArticle(this.db, id)) loose.push({ articleId: id, source: q.source ?? null, quote: q, onThisPage: id === ownId });
    }
    return speakerViewsFromStatements(statements, shown, ownId, loose);
  }

  /** Popup search. The index is built on first use and after the corpus changes. */
  async search(query: string, limit = 20, filters: SearchFilters = {}): Promise<SearchHit[]> {
    return (await this.searchable()).search(query, limit, filters);
  }

  /** The outlets and speakers the popup's filters offer. */
  async searchFacets(): Promise<SearchFacets> {
    return (await this.searchable()).facets();
  }

  private async searchable(): Promise<CorpusSearch> {
    this.searchIndex ??= new CorpusSearch(await allArticles(this.db), await allQuotes(this.db), await allStatements(this.db));
    return this.searchIndex;
  }

  /** One article in full for the reader page. */
  async readerArticle(id: string): Promise<ReaderArticle> {
    const a = await getArticle(this.db, id);
    if (!a) throw new Error(`No article "${id}" in your corpus.`);
    const quotes = await quotesOfArticle(this.db, id);
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
}

/** The badge: how many other articles cover the same story (duplicates and the page itself excluded). */
export function badgeText(view: TabView): string {
  if (view.state !== 'ready' || view.subject.kind !== 'page') return '';
  return view.sameStory.length > 0 ? String(view.sameStory.length) : '';
}
