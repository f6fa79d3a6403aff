/**
 * Per-tab coverage: what each tab's page is, what covers the same story, and what the badge says.
 * Browser specifics (badge, offscreen parsing, fetch, script injection) come in as a Platform, so
 * the whole flow runs in unit tests with fakes and in the extension with the real thing.
 */
import { allTabViews, deleteTabView, getTabView, putTabView } from '../db/tabs';
import type { Db } from '../db/schema';
import { badgeText, type Analysis, type CoverageEngine } from './engine';
import type { ExtractedPage } from './ingest';
import type { Detection, TabView } from './types';
import { articleFromExtraction } from '../article/extract';
import { idForUrl } from './ingest';
import { marksOffSites, mayCollect, type Settings } from './settings';
import { pageMarks, type PageMark } from './marks';
import { siteOf } from './urls';
import { subjectKey, type Verdict } from './corrections';
import { english, type I18n } from '../i18n/translate';
import { reasonText } from '../i18n/reason-error';
import { markPage } from './page-timing';
import { hasText } from './text-analysis';
import type { AnalyseWhen } from './parse-page';

/** What the tab service needs from the browser. */
export interface Platform {
  setBadge(tabId: number, text: string): Promise<void>;
  /** Tells open extension pages that a tab's view changed. */
  notifyChanged(tabId: number): Promise<void>;
  /** Parses HTML with a real DOM (offscreen document on Chrome) and extracts the article; `analyse` says which pages also get their text's features and quotes made there. */
  parseHtml(html: string, url: string, analyse?: AnalyseWhen): Promise<ExtractedPage>;
  /** Fetches a page the reader asked about (context menu on a link). */
  fetchHtml(url: string): Promise<string>;
  /** The tab's current HTML and URL, for the context menu on a page. */
  snapshotTab(tabId: number): Promise<{ url: string; html: string }>;
  /** Sends the page's quote marks to its content script (an empty list clears them). */
  sendMarks(tabId: number, marks: PageMark[]): Promise<void>;
}

/** What a context-menu click carries. */
export interface MenuClick {
  selectionText?: string;
  linkUrl?: string;
  linkText?: string;
  pageUrl?: string;
}

/** Cap on the text we analyse from a selection or a link's fallback text. */
const MAX_SELECTION = 20_000;

export class TabService {
  /** Per tab, the latest request; a slower older one must not overwrite a newer answer. */
  private readonly generation = new Map<number, number>();
  /** Tabs showing what the reader asked for through the menu: automatic page results wait until they navigate. */
  private readonly pinned = new Set<number>();
  /** Tabs whose view was published without its additions, which are being read now: the request (generation) reading them. */
  private readonly readingAdditions = new Map<number, number>();

  constructor(
    private readonly db: Db,
    private readonly engine: () => Promise<CoverageEngine>,
    private readonly platform: Platform,
    /** The reader's settings; without them nothing read is ever collected. */
    private readonly settings?: () => Promise<Settings>,
    /** The reader's language, for the notices and errors the side panel shows (English: tests, CLI). */
    private readonly i18n: I18n = english,
  ) {}

  /** A failure to read a page, as the side panel says it. */
  private cannotRead(err: unknown): string {
    return this.i18n.t('panel_cannot_read', { error: reasonText(err, this.i18n) });
  }

  private next(tabId: number): number {
    const g = (this.generation.get(tabId) ?? 0) + 1;
    this.generation.set(tabId, g);
    return g;
  }

  /** Stores the tab's view, sets its badge and tells the open pages; `again`: the same view with its additions, whose marks were sent. */
  private async publish(tabId: number, gen: number | undefined, view: TabView, again = false): Promise<void> {
    if (this.generation.get(tabId) !== gen) return;
    await putTabView(this.db, tabId, view);
    await this.platform.setBadge(tabId, badgeText(view));
    const page = view.state === 'ready' && view.subject.kind === 'page';
    if (page) markPage(again ? 'additions' : 'published');
    await this.platform.notifyChanged(tabId).catch(() => undefined);
    if (page && !again) await this.sendMarks(tabId, view);
  }

  /** The page's shared quotes to its content script, unless the reader turned marks off for the site. */
  async sendMarks(tabId: number, view?: TabView): Promise<void> {
    const v = view ?? (await this.view(tabId));
    const site = v.state === 'ready' ? siteOf(v.subject.url) : null;
    const off = site !== null && (await marksOffSites(this.db)).includes(site);
    await this.platform.sendMarks(tabId, off ? [] : pageMarks(v)).catch(() => undefined);
  }

  private async corpusSize(): Promise<number> {
    return (await this.engine()).size;
  }

  /** The content script's cheap verdict: "reading…" for an article, "not a news article" otherwise. */
  async detected(tabId: number, url: string, detection: Detection): Promise<void> {
    if (this.pinned.has(tabId)) return;
    const gen = this.next(tabId);
    const corpusSize = await this.corpusSize();
    const view: TabView = detection.isArticle
      ? { state: 'reading', url, corpusSize }
      : { state: 'not-article', url, detection, corpusSize };
    await this.publish(tabId, gen, view);
  }

  /**
   * An article page's HTML: extract, match, publish; then, if the reader turned it on, add the
   * article to their corpus (after matching, so it is not counted as its own coverage), from the
   * same analysis. The content script's verdict is not taken again here: it only ever sends the
   * HTML of a page its declarations did not settle ("maybe", quick-verdict.ts), so the verdict
   * that counts is the full detector's on the HTML (parse-page.ts, once per page), which also
   * needs the document to extract from; `url` is the sender's, never the message's.
   */
  async article(tabId: number, url: string, html: string): Promise<void> {
    if (this.pinned.has(tabId)) return;
    markPage('html');
    const gen = this.next(tabId);
    // The badge and the coverage first; what the others add (the dearest part) right after.
    const { view, page, analysis } = await this.analyzeHtml(html, url, null, 'later');
    if (view.state === 'ready' && page && analysis && !view.subject.corpusId && this.settings) {
      const settings = await this.settings();
      if (mayCollect(settings, url)) {
        const engine = await this.engine();
        const article = articleFromExtraction(page.article, { id: idForUrl(page.article.canonicalUrl ?? url), url, origin: 'read', addedAt: Date.now() });
        // Stored from the analysis the view was made of: featurized, queried and quoted once.
        await engine.addAnalysed(article, analysis);
        view.subject.corpusId = article.id;
        view.corpusSize = engine.size;
      }
    }
    const pending = view.state === 'ready' && view.additionsPending === true && analysis !== null;
    // Marked before the first publish: a panel reading the view meanwhile waits for the additions.
    if (pending) this.readingAdditions.set(tabId, gen);
    try {
      await this.publish(tabId, gen, view);
      if (pending) {
        // Additions that cannot be read (a store error) leave their section out; the coverage stands.
        const full = await (await this.engine()).viewWithAdditions(analysis, view).catch((): TabView => ({ ...view, additionsPending: false }));
        await this.publish(tabId, gen, full, true);
      }
    } finally {
      // A newer request of the tab may be reading its own by now.
      if (pending && this.readingAdditions.get(tabId) === gen) this.readingAdditions.delete(tabId);
    }
  }

  /**
   * A page's HTML parsed (the full detector's verdict and the extraction, parse-page.ts), analysed
   * once (analysis.ts) and viewed; the analysis is returned for storing the page from it.
   */
  private async analyzeHtml(html: string, url: string, forced: 'page' | null, additions: 'now' | 'later' = 'now'): Promise<{ view: TabView; page: ExtractedPage | null; analysis: Analysis | null }> {
    // Parsing (in the offscreen document) and loading the engine (after a worker restart) overlap.
    // The text's features and quotes are made where it is parsed, beside this thread (text-analysis.ts).
    const parsing = this.platform.parseHtml(html, url, forced ? 'any' : 'articles').then((page) => (markPage('parsed'), page));
    parsing.catch(() => undefined);
    const engine = await this.engine();
    markPage('engine');
    try {
      const page = await parsing;
      if ((!forced && !page.detection.isArticle) || !hasText(page.article)) {
        return { view: { state: 'not-article', url, detection: page.detection, corpusSize: engine.size }, page, analysis: null };
      }
      const analysis = await engine.analyzedPage(page.article, url, page.analysis);
      const view = await engine.analyzedView(analysis, page.detection, null, additions);
      markPage('viewed');
      return { view, page, analysis };
    } catch (err) {
      return { view: { state: 'error', message: this.cannotRead(err), corpusSize: engine.size }, page: null, analysis: null };
    }
  }

  /** "Find related coverage" from the context menu, on a selection, a link or the page. */
  async menu(tabId: number, click: MenuClick): Promise<void> {
    const gen = this.next(tabId);
    this.pinned.add(tabId);
    const engine = await this.engine();
    await this.publish(tabId, gen, { state: 'reading', url: click.linkUrl ?? click.pageUrl ?? null, corpusSize: engine.size });
    let view: TabView;
    const selection = click.selectionText?.trim();
    if (selection) {
      view = await engine.analyzeText('selection', selection.slice(0, MAX_SELECTION), click.pageUrl ?? null, null);
    } else if (click.linkUrl) {
      view = await this.linkView(engine, click.linkUrl, click.linkText);
    } else {
      try {
        const snap = await this.platform.snapshotTab(tabId);
        view = (await this.analyzeHtml(snap.html, snap.url, 'page')).view;
      } catch (err) {
        view = { state: 'error', message: this.cannotRead(err), corpusSize: engine.size };
      }
    }
    await this.publish(tabId, gen, view);
  }

  private async linkView(engine: CoverageEngine, linkUrl: string, linkText: string | undefined): Promise<TabView> {
    let reason: string;
    try {
      const html = await this.platform.fetchHtml(linkUrl);
      const page = await this.platform.parseHtml(html, linkUrl, 'any');
      if (hasText(page.article)) {
        const view = await engine.analyzePage(page.article, linkUrl, page.detection, page.analysis);
        if (view.state === 'ready') view.subject.kind = 'link';
        return view;
      }
      reason = this.i18n.t('panel_link_no_text');
    } catch (err) {
      reason = reasonText(err, this.i18n);
    }
    const fallback = (linkText?.trim() || wordsOfUrl(linkUrl)).slice(0, MAX_SELECTION);
    return engine.analyzeText('link', fallback, linkUrl, this.i18n.t('panel_link_fallback', { reason }));
  }

  /**
   * The reader's correction of a match on a tab's page ("same" / "different" story, or null to
   * undo): stored with its effect on the stories, then every tab showing either article of the
   * pair gets its view corrected and its badge set, stored so a restarted worker answers the same.
   */
  async correct(tabId: number, articleId: string, verdict: Verdict | null): Promise<TabView> {
    const view = await this.view(tabId);
    if (view.state !== 'ready') throw new Error(this.i18n.t('panel_no_coverage_to_correct'));
    const key = subjectKey(view.subject);
    if (!key) throw new Error(this.i18n.t('panel_selection_not_article'));
    const engine = await this.engine();
    await engine.correctMatch(key, articleId, verdict);
    for (const t of await allTabViews<TabView>(this.db)) {
      if (t.view.state !== 'ready' || ![key, articleId].includes(subjectKey(t.view.subject) ?? '')) continue;
      // A newer analysis of that tab, started meanwhile, applies the correction itself.
      const gen = this.generation.get(t.tabId);
      await this.publish(t.tabId, gen, await engine.recorrect(t.view));
    }
    return this.view(tabId);
  }

  /** The tab's view for the side panel; a tab never seen is "idle". */
  async view(tabId: number): Promise<TabView> {
    const view = (await getTabView<TabView>(this.db, tabId)) ?? { state: 'idle', corpusSize: await this.corpusSize() };
    // Additions a stopped worker was reading are not coming: the panel leaves them out rather than wait.
    if (view.state === 'ready' && view.additionsPending && !this.readingAdditions.has(tabId)) return { ...view, additionsPending: false };
    return view;
  }

  /** A tab navigated away: forget its result and badge until the new page reports. */
  async navigated(tabId: number): Promise<void> {
    this.next(tabId);
    this.pinned.delete(tabId);
    await deleteTabView(this.db, tabId);
    await this.platform.setBadge(tabId, '');
    await this.platform.notifyChanged(tabId).catch(() => undefined);
  }

  async closed(tabId: number): Promise<void> {
    this.generation.delete(tabId);
    this.pinned.delete(tabId);
    await deleteTabView(this.db, tabId);
  }
}

/** "https://x.com/2022/03/24/biden-nato-summit-brussels" → "biden nato summit brussels". */
export function wordsOfUrl(url: string): string {
  try {
    const u = new URL(url);
    const parts = u.pathname.split('/').filter((p) => /[a-z]/i.test(p) && !/^\d+$/.test(p));
    return parts.join(' ').replace(/\.[a-z]+$/i, '').replace(/[-_+]+/g, ' ').trim() || u.hostname;
  } catch {
    return url;
  }
}
