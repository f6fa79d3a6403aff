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
  correctStories,
  countArticles,
  deleteArticles,
  GENERATION_KEY,
  findArticleByUrls,
  getArticle,
  getArticles,
  getMeta,
  membersOfStory,
  putEntries,
  putStories,
  type CorpusEntry,
  type SourceChange,
  quotesOfArticle,
  quotesOfArticles,
  setMeta,
  statementsOfStories,
  storiesOf,
  storySizes,
} from '../db/corpus';
import { allSources } from '../db/sources';
import { allCorrections, correctionRow, correctionsOf, pairKey, type Correction } from '../db/corrections';
import type { Db, StoredStory } from '../db/schema';
import type { ExtractedArticle } from '../article/extract';
import { featurize } from '../match/features';
import { MatchIndex, type MatchIndexSnapshot } from '../match/index';
import { FEATURES_VERSION, type ArticleFeatures } from '../match/types';
import { extractQuotes, QUOTES_VERSION } from '../quotes';
import type { Article, Match } from '../types';
import { articleCard, matchCard, truncate } from './cards';
import { exportCorpusJson, type ImportError } from '../corpus/import';
import { english, type I18n } from '../i18n/translate';
import { prepareEntry } from './ingest';
import { whatOthersAdd } from './additions';
import { sameUrlKey, urlForms } from './urls';
import { CorpusSearch, type SearchFacets, type SearchFilters } from './search';
import { warmUpDates } from '../text/dates';
import { cooperative } from './idle';
import { quotesCurrent, QUOTES_VERSION_KEY, requoteStored } from './requote';
import { speakerViewsFromStatements, type CarriedQuote } from './speakers';
import { ownStory, resolveStories, storyCandidates, storyCandidateSteps, storyStatements } from './stories';
import { apartFrom, applyCorrections, correctCandidates, mergeMoves, missingSame, splitMove, subjectKey, togetherWith, type CoverageLists, type Verdict } from './corrections';
import type { AdditionView, ArticleCard, Detection, MatchCard, ReaderArticle, SearchHit, SpeakerView, Subject, TabView } from './types';

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
   * are recomputed from the text where the matcher's feature format has changed. Quotes stored by
   * an older extractor are re-extracted after that, beside the first answers (quotesReady).
   */
  static async open(db: Db, bundled: BundledCorpus): Promise<CoverageEngine> {
    // The start-up reads at once: they decide whether to load the bundled corpus, the snapshot, and whether quotes are stale.
    const reads = Promise.all([
      getMeta<number>(db, 'bundledVersion'),
      getMeta<number>(db, GENERATION_KEY),
      getMeta<{ generation: number; index: MatchIndexSnapshot }>(db, SNAPSHOT_KEY),
      getMeta<number>(db, QUOTES_VERSION_KEY),
      countArticles(db),
    ]);
    // While they are in flight: the date parser's one-time regex compilation (~120 ms), off the first page's path.
    warmUpDates();
    const [loaded, storedGeneration, storedSnapshot, quotesVersion, stored] = await reads;
    // An empty corpus holds no quotes of an older extractor: everything stored from now on is current.
    if (stored === 0 && !quotesCurrent(quotesVersion)) await setMeta(db, QUOTES_VERSION_KEY, QUOTES_VERSION);
    const staleQuotes = stored > 0 && !quotesCurrent(quotesVersion);
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
        engine.requoteIf(staleQuotes);
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
    engine.requoteIf(staleQuotes);
    return engine;
  }

  /** The re-extraction of stored quotes that open started; 0 articles when they were current. */
  private requoting: Promise<number> = Promise.resolve(0);

  /**
   * Starts re-extracting the stored articles' quotes when the extractor changed since they were
   * stored (requote.ts): after the start-up work and without holding up the first answers, batch
   * by batch between the other writes, the search following each batch. A failure (a full disk,
   * a stopped worker) keeps the batches written, and the next start goes on from there.
   */
  private requoteIf(stale: boolean): void {
    if (!stale) return;
    this.requoting = requoteStored(this.db, {
      oneWrite: (work) => this.oneWriteAtATime(work),
      written: (articles, stories) => this.followInSearch(articles, [], stories),
    });
    this.requoting.catch(() => undefined);
  }

  /** Resolves when the stored quotes are those of the current extractor, to how many articles were re-extracted; rejects if that failed. */
  quotesReady(): Promise<number> {
    return this.requoting;
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
    // The reader's corrections overrule the matcher here too, so a re-import or a restart keeps them.
    const corrections = await allCorrections(this.db);
    const found = new Map<string, Match[]>();
    const breathe = cooperative();
    for (const [id, matches] of storyCandidateSteps(features, this.index, batchIndexed)) {
      found.set(id, matches);
      await breathe();
    }
    const candidates = correctCandidates(found, corrections);
    const apart = apartFrom(corrections);
    const together = togetherWith(corrections);
    const ids = [...candidates.values()].flat().map((m) => m.id).concat(features.flatMap((f) => [...(apart.get(f.id) ?? []), ...(together.get(f.id) ?? [])]));
    const known = await storiesOf(this.db, [...new Set(ids)]);
    const sizes = await storySizes(this.db, [...new Set(known.values())]);
    return resolveStories(features.map((f) => f.id), candidates, known, apart, (story) => sizes.get(story) ?? 0, together);
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
  async addArticles(articles: Article[], onProgress?: (done: number, total: number) => void, source?: SourceChange): Promise<{ added: number; replaced: number }> {
    // Analysing is the long part (a few ms an article): yield now and then, so no task runs long.
    const breathe = cooperative();
    const entries: CorpusEntry[] = [];
    for (const [i, a] of articles.entries()) {
      entries.push(prepareEntry(a));
      if (onProgress && (i % 50 === 0 || i === articles.length - 1)) onProgress(i + 1, articles.length);
      await breathe();
    }
    // From choosing stories to the index holding the batch, one write at a time: two feeds fetched at
    // once must see each other's articles, or the same story would open twice.
    return this.oneWriteAtATime(async () => {
      const stories = await this.storiesFor(entries.map((e) => e.features as ArticleFeatures), false);
      for (const e of entries) e.storyId = stories.get(e.article.id);
      const ids = entries.map((e) => e.article.id);
      // The stories a rewritten article leaves are regrouped too: the search follows them.
      const before = this.searchIndex ? await storiesOf(this.db, ids) : new Map<string, string>();
      this.pending++;
      let replaced = 0;
      try {
        await putEntries(this.db, entries, storyStatements, source);
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
      await this.followInSearch(entries.map((e) => e.article), [], [...before.values(), ...entries.flatMap((e) => (e.storyId ? [e.storyId] : []))]);
      this.scheduleSnapshot();
      return { added: entries.length - replaced, replaced };
    });
  }

  /** The tail of the writes that change stories and the index, run one after another. */
  private writes: Promise<unknown> = Promise.resolve();

  /** Runs `work` after every write started before it has ended (whatever their outcome). */
  private oneWriteAtATime<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(work, work);
    this.writes = run.catch(() => undefined);
    return run;
  }

  /**
   * Brings the popup's search up to date with a committed write (when it has been built): the
   * written articles, their quotes read back (with the keys the store gave them), the regrouped
   * stories' statements. Rebuilt on the next search instead if that read fails.
   */
  private async followInSearch(articles: Article[], removed: readonly string[], stories: readonly string[]): Promise<void> {
    const search = this.searchIndex;
    if (!search) return;
    try {
      const touched = [...new Set(stories)];
      const [quotes, statements] = await Promise.all([quotesOfArticles(this.db, articles.map((a) => a.id)), statementsOfStories(this.db, touched)]);
      if (this.searchIndex === search) search.update({ articles, quotes, removed, stories: touched, statements });
    } catch {
      if (this.searchIndex === search) this.searchIndex = null;
    }
  }

  /** The followed feeds changed (one added or removed): the search's feed titles are read again. */
  sourcesChanged(): void {
    this.searchIndex = null;
  }

  /** Removes one article with its quotes and features. */
  async removeArticle(id: string): Promise<void> {
    await this.removeArticles([id]);
  }

  /** Removes articles with their quotes and features, all or nothing (a removed feed, retention). */
  async removeArticles(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.oneWriteAtATime(() => this.removeNow(ids));
  }

  private async removeNow(ids: readonly string[]): Promise<void> {
    const before = this.searchIndex ? await storiesOf(this.db, [...ids]) : new Map<string, string>();
    this.pending++;
    try {
      await deleteArticles(this.db, ids, storyStatements);
      for (const id of ids) if (this.index.has(id)) this.index.remove(id);
    } finally {
      this.pending--;
    }
    await this.followInSearch([], ids, [...before.values()]);
    this.scheduleSnapshot();
  }

  /** Empties the corpus (the bundled articles too; they can be restored). */
  async clearCorpus(): Promise<void> {
    await this.oneWriteAtATime(async () => {
      this.pending++;
      try {
        await clearCorpusStores(this.db);
        this.index = new MatchIndex();
      } finally {
        this.pending--;
      }
      this.searchIndex = null;
      this.scheduleSnapshot();
    });
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

  /**
   * The whole corpus as a corpus JSON document the importer reads, with the reader's corrections
   * of pairs whose two articles are both in it (the others could not be imported back).
   */
  async exportCorpus(): Promise<string> {
    const articles = await allArticles(this.db);
    const ids = new Set(articles.map((a) => a.id));
    const corrections = (await allCorrections(this.db)).filter((c) => ids.has(c.a) && ids.has(c.b));
    return exportCorpusJson(articles, corrections.map(({ a, b, verdict, at }) => ({ a, b, verdict, at })));
  }

  /**
   * The reader's verdict on a pair: `a` the article being read, `b` the match they corrected;
   * `null` undoes it. Stored with its effect on the stories in one write (utils/db/corpus.ts):
   * "same" on two stories merges the smaller into the larger; "different" on one story moves `b`
   * to the story of its best candidate not holding an article it is "different" from, else to a
   * story of its own; undoing "different" lets `b` rejoin its best candidate's story the same way.
   * Undoing "same" moves nothing back (stories never split on their own either).
   */
  async correctMatch(a: string, b: string, verdict: Verdict | null, at = Date.now()): Promise<void> {
    // Stories move: not while a batch is choosing its stories.
    await this.oneWriteAtATime(() => this.correctNow(a, b, verdict, at));
  }

  private async correctNow(a: string, b: string, verdict: Verdict | null, at: number): Promise<void> {
    if (a === b) throw new Error('An article is always the same story as itself.');
    if (!(await getArticle(this.db, b))) throw new Error(`No article "${b}" in your corpus.`);
    const stories = await storiesOf(this.db, [a, b]);
    const sa = stories.get(a);
    const sb = stories.get(b);
    const previous = (await correctionsOf(this.db, b)).find((c) => c.key === pairKey(a, b));
    let moves: StoredStory[] = [];
    if (verdict === 'same' && sa && sb && sa !== sb) {
      const [ma, mb] = await Promise.all([membersOfStory(this.db, sa), membersOfStory(this.db, sb)]);
      moves = mergeMoves({ storyId: sa, members: ma }, { storyId: sb, members: mb });
    } else if (verdict === 'different' && sb && sa === sb) {
      const { candidates, storyOf, avoid } = await this.storyCandidatesOf(b, [{ a, b, verdict, at }]);
      const own = ownStory(b);
      const fresh = own !== sb && (await membersOfStory(this.db, own)).length === 0 ? own : `${own}~${at.toString(36)}`;
      moves = [splitMove(b, avoid, candidates, storyOf, fresh)];
    } else if (verdict === null && previous?.verdict === 'different' && sb) {
      const { candidates, storyOf, avoid } = await this.storyCandidatesOf(b, [], pairKey(a, b));
      const back = splitMove(b, avoid, candidates, storyOf, sb);
      if (back.storyId !== sb) moves = [back];
    }
    const change = verdict ? { put: correctionRow({ a, b, verdict, at }) } : { remove: pairKey(a, b) };
    await correctStories(this.db, change, moves, storyStatements);
    // Stories moved and their statements were regrouped: the search is built again when next asked.
    if (moves.length) this.searchIndex = null;
  }

  /**
   * One stored article's story candidates, best first, with the stored corrections (and `extra`,
   * less the one keyed `without`) applied; their stories, and the stories it must stay apart from.
   */
  private async storyCandidatesOf(id: string, extra: Correction[], without?: string): Promise<{ candidates: Match[]; storyOf: Map<string, string>; avoid: Set<string> }> {
    const stored = (await this.db.get('features', id))?.features as ArticleFeatures | undefined;
    const current = stored && stored.v === FEATURES_VERSION ? stored : null;
    const features = current ?? (prepareEntry((await getArticle(this.db, id))!).features as ArticleFeatures);
    const corrections = [...(await correctionsOf(this.db, id)).filter((c) => c.key !== without), ...extra];
    const candidates = correctCandidates(storyCandidates([features], this.index, true), corrections).get(id) ?? [];
    const apart = apartFrom(corrections).get(id) ?? [];
    const storyOf = await storiesOf(this.db, [...candidates.map((c) => c.id), ...apart]);
    return { candidates, storyOf, avoid: new Set(apart.flatMap((x) => storyOf.get(x) ?? [])) };
  }

  /**
   * Stores imported corrections whose two articles are in the corpus (after the import's
   * articles were stored), each with its effect on the stories, oldest first; the others are
   * reported by their position in the file's "corrections" list and not kept.
   */
  async importCorrections(corrections: { index: number; correction: Correction }[], i18n: I18n = english): Promise<{ added: number; rejected: ImportError[] }> {
    const ids = [...new Set(corrections.flatMap(({ correction: c }) => [c.a, c.b]))];
    const known = new Set((await getArticles(this.db, ids)).map((a) => a.id));
    const rejected: ImportError[] = [];
    let added = 0;
    for (const { index, correction: c } of [...corrections].sort((x, y) => x.correction.at - y.correction.at)) {
      const missing = [c.a, c.b].filter((id) => !known.has(id));
      if (missing.length) {
        const articles = i18n.list(missing.map((id) => i18n.t('imp_article_ref', { id })));
        rejected.push({ line: index, message: i18n.plural('imp_not_found', missing.length, { articles }) });
        continue;
      }
      await this.correctMatch(c.a, c.b, c.verdict, c.at);
      added++;
    }
    return { added, rejected: rejected.sort((x, y) => x.line - y.line) };
  }

  async corpusInfo(): Promise<{ articles: number; quotes: number; generation: number }> {
    const [articles, quotes, generation] = await Promise.all([countArticles(this.db), this.db.count('quotes'), getMeta<number>(this.db, GENERATION_KEY)]);
    return { articles, quotes, generation: generation ?? 0 };
  }

  /** The side panel's view for an extracted page. */
  async analyzePage(page: ExtractedArticle, url: string, detection: Detection | null): Promise<TabView> {
    const pageUrl = page.canonicalUrl ?? url;
    const text = page.paragraphs.join('\n\n');
    const byUrl = await findArticleByUrls(this.db, urlForms(pageUrl));
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
    const lists: CoverageLists = {
      sameStory: others.filter((c) => c.tier === 'same-story'),
      duplicates: others.filter((c) => c.tier === 'duplicate'),
      related: others.filter((c) => c.tier === 'related'),
    };
    const coverage = await this.corrected(subject, lists, articles);
    const speakers = await this.speakersOf(subject, text, lang, [...coverage.duplicates, ...coverage.sameStory]);
    const additions = this.additionsOf(text, coverage.sameStory, articles);
    return { state: 'ready', subject, detection, corpusSize, ...coverage, speakers, additions, notice };
  }

  /**
   * The coverage lists with the reader's corrections on the subject applied (after every match
   * computation, so the matcher never overwrites them); articles called the same story that the
   * matcher did not return are read by id (into `articles` too).
   */
  private async corrected(subject: Subject, lists: CoverageLists, articles: Map<string, Article>): Promise<CoverageLists> {
    const key = subjectKey(subject);
    if (!key) return lists;
    const corrections = await correctionsOf(this.db, key);
    if (corrections.length === 0) return applyCorrections(lists, key, []);
    const missing = missingSame(lists, key, corrections).filter((id) => !articles.has(id));
    for (const a of await getArticles(this.db, missing)) articles.set(a.id, a);
    const none = { score: 0, tier: 'related' as const, reasons: { names: [], terms: [], days: null } };
    const fetched = missingSame(lists, key, corrections)
      .filter((id) => articles.has(id))
      .map((id) => matchCard(articles.get(id)!, { id, ...none }));
    return applyCorrections(lists, key, corrections, fetched);
  }

  /** What the others add, from the closest same-story coverage (enough, and keeps a big story's page cheap). */
  private additionsOf(text: string, sameStory: MatchCard[], articles: Map<string, Article>): AdditionView[] {
    const coverage = sameStory.slice(0, ADDITIONS_FROM).flatMap((c) => articles.get(c.id) ?? []);
    return whatOthersAdd(text, coverage.map((a) => ({ id: a.id, source: a.source, text: a.text, lang: a.lang })));
  }

  /**
   * A stored tab view with the current corrections applied again (after the reader corrected it).
   * A page that is a corpus article gets its quotes and additions recomputed from the stored text;
   * for another page (whose text is not kept) what no longer counts as coverage is left out, and
   * an article newly called the same story adds its quotes on the page's next analysis.
   */
  async recorrect(view: TabView): Promise<TabView> {
    if (view.state !== 'ready') return view;
    const articles = new Map<string, Article>();
    const coverage = await this.corrected(view.subject, view, articles);
    const shown = [...coverage.duplicates, ...coverage.sameStory];
    const own = view.subject.corpusId ? await getArticle(this.db, view.subject.corpusId) : undefined;
    if (own) {
      for (const a of await getArticles(this.db, coverage.sameStory.slice(0, ADDITIONS_FROM).map((c) => c.id).filter((id) => !articles.has(id)))) articles.set(a.id, a);
      const speakers = await this.speakersOf(view.subject, own.text, own.lang, shown);
      return { ...view, ...coverage, speakers, additions: this.additionsOf(own.text, coverage.sameStory, articles) };
    }
    const keep = new Set(['', ...shown.map((c) => c.id)]);
    const speakers = view.speakers
      .map((sp) => ({ ...sp, statements: sp.statements.map((st) => ({ ...st, carriers: st.carriers.filter((c) => c.onThisPage || keep.has(c.articleId)) })).filter((st) => st.carriers.length > 0) }))
      .filter((sp) => sp.statements.length > 0);
    const sameIds = new Set(coverage.sameStory.map((c) => c.id));
    return { ...view, ...coverage, speakers, additions: view.additions.filter((x) => sameIds.has(x.articleId)) };
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
    // Publication times decide which outlet carried a statement first ("" is a page not in the corpus).
    const published = new Map<string, string | null>([...coverage.map((c): [string, string | null] => [c.id, c.published]), [ownId ?? '', subject.published]]);
    return speakerViewsFromStatements(statements, shown, ownId, loose, published);
  }

  /** Popup search. The index is built on first use, then follows every write. */
  async search(query: string, limit = 20, filters: SearchFilters = {}): Promise<SearchHit[]> {
    return (await this.searchable()).search(query, limit, filters);
  }

  /** The outlets and speakers the popup's filters offer. */
  async searchFacets(): Promise<SearchFacets> {
    return (await this.searchable()).facets();
  }

  private searchBuild: Promise<CorpusSearch> | null = null;

  /** The search index, built once from the store, between writes (so none is missed) and once for any number of callers. */
  private async searchable(): Promise<CorpusSearch> {
    if (this.searchIndex) return this.searchIndex;
    this.searchBuild ??= this.oneWriteAtATime(async () => {
      const titles = new Map((await allSources(this.db)).map((s) => [s.id, s.title ?? s.feedUrl]));
      const [articles, quotes, statements] = await Promise.all([allArticles(this.db), allQuotes(this.db), allStatements(this.db)]);
      this.searchIndex = new CorpusSearch(articles, quotes, statements, titles);
      return this.searchIndex;
    }).finally(() => (this.searchBuild = null));
    return this.searchBuild;
  }

  /** One article in full for the reader page (`i18n` words its absence for the reader). */
  async readerArticle(id: string, i18n: I18n = english): Promise<ReaderArticle> {
    const a = await getArticle(this.db, id);
    if (!a) throw new Error(i18n.t('reader_missing', { id }));
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
