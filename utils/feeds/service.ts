/**
 * The feeds the reader follows, kept fresh: add (by a feed's URL or a site's, found from the
 * page's feed links), fetch on schedule or on demand (a few at once, conditional, bounded), turn
 * new and changed items into articles that join their stories like any import, and keep the
 * corpus within the reader's retention. Pure TypeScript over a Db and a fetch function; the
 * background gives it the browser's fetch, its clock and the page extractor.
 */
import type { CoverageEngine } from '../coverage/engine';
import type { ExtractedPage } from '../coverage/ingest';
import type { ArticleCard, OpmlImportReport, SourcesState, SourceView } from '../coverage/types';
import { articleCard } from '../coverage/cards';
import { getSettings } from '../coverage/settings';
import { findArticleByUrls, getArticles, getMeta, setMeta, SourceGoneError } from '../db/corpus';
import { urlForms } from '../coverage/urls';
import type { Db, StoredSource } from '../db/schema';
import { addSource, allSources, articleIdsOfSource, countFeedArticles, deleteSource, feedArticleCounts, getSource, sourceByFeedUrl, updateSource } from '../db/sources';
import { fnv1a } from '../text/hash';
import type { Article } from '../types';
import { fetchFeed, FetchError, type FeedResponse } from './fetch-feed';
import { itemArticle } from './feed-article';
import { discoverFeeds, opmlText, parseFeed } from './parse';
import { keptByReader, pruneFeedArticles } from './retention';
import { DEFAULT_INTERVAL_MINUTES, nextFetchAt, validInterval } from './schedule';
import type { ParsedFeed } from './types';
import { english, type I18n } from '../i18n/translate';
import { reasonText } from '../i18n/reason-error';

/** Feeds fetched at once (the rest wait their turn). */
export const MAX_PARALLEL_FEEDS = 3;
/** Linked pages fetched at once for "fetch the full article", and at most per fetch of a feed. */
const MAX_PARALLEL_PAGES = 2;
const MAX_PAGES_PER_FETCH = 30;
/** Longest one item's page may take, fetched and extracted, before the feed's own text is kept. */
const PAGE_TIMEOUT_MS = 30_000;
/** Sources a reader may follow. */
export const MAX_SOURCES = 500;
/** Meta key of the reason fetching stopped by itself (out of storage), null while it runs. */
const PAUSED_KEY = 'feedsPaused';

/** What the service needs from its host (the background, a test, the bench). */
export interface FeedHost {
  fetcher: typeof fetch;
  now(): number;
  /** Fetches and extracts a linked page exactly as the context menu's link is; absent where pages cannot be parsed. */
  readPage?(url: string): Promise<ExtractedPage>;
  /** The sources changed (a fetch started or ended, one was added or removed). */
  changed?(): void;
  /** Storage the browser reports for the extension. */
  storage?(): Promise<{ usage: number | null; quota: number | null }>;
  /** Longest one item's page may take (fetched and extracted); PAGE_TIMEOUT_MS unless given. */
  pageTimeoutMs?: number;
}

/** What one fetch of one source did. */
export interface FetchReport {
  sourceId: string;
  status: 'updated' | 'not-modified' | 'failed' | 'skipped';
  added: number;
  updated: number;
  error: string | null;
}

export class FeedService {
  /** Sources being fetched by this worker now: never fetched twice at once. */
  private readonly fetching = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly engine: () => Promise<CoverageEngine>,
    private readonly host: FeedHost,
    /** The reader's language, for every error and status this service words (English for the CLI and tests). */
    private readonly i18n: I18n = english,
  ) {}

  /** The sources as the options page lists them, with the paused reason and the storage used. */
  async state(): Promise<SourcesState> {
    // The counts are of the corpus the engine opened: on a first start, with the bundled articles loaded.
    await this.engine();
    const sources = await allSources(this.db);
    const [counts, paused, storage, articles, feedArticles] = await Promise.all([
      feedArticleCounts(this.db, sources.map((s) => s.id)),
      getMeta<string | null>(this.db, PAUSED_KEY),
      this.host.storage?.().catch(() => ({ usage: null, quota: null })) ?? { usage: null, quota: null },
      this.db.count('articles'),
      countFeedArticles(this.db),
    ]);
    return { sources: sources.map((s) => this.view(s, counts.get(s.id) ?? 0)), paused: paused ?? null, storage, articles, feedArticles };
  }

  private view(s: StoredSource, items: number): SourceView {
    return {
      id: s.id,
      feedUrl: s.feedUrl,
      title: s.title,
      siteUrl: s.siteUrl,
      intervalMinutes: s.intervalMinutes,
      fullArticle: s.fullArticle,
      lastFetchedAt: s.lastFetchedAt,
      nextFetchAt: s.nextFetchAt,
      items,
      lastError: s.lastError,
      fetching: this.fetching.has(s.id),
    };
  }

  private async viewOf(id: string): Promise<SourceView> {
    const s = await getSource(this.db, id);
    if (!s) throw new Error(this.i18n.t('feeds_gone'));
    return this.view(s, (await feedArticleCounts(this.db, [id])).get(id) ?? 0);
  }

  /**
   * Follows a feed by its URL, or by a site's URL whose page names its feeds, and fetches it once.
   * The source is kept even when that first fetch fails (its row says why), unless the address
   * is no feed at all.
   */
  async add(input: string): Promise<SourceView> {
    const url = normaliseAddress(input, this.i18n);
    const known = await sourceByFeedUrl(this.db, url);
    if (known) return this.viewOf(known.id);
    if ((await this.db.count('sources')) >= MAX_SOURCES) throw new Error(this.i18n.plural('feeds_too_many', MAX_SOURCES));
    const first = await this.fetchFirst(url);
    let feedUrl = first.finalUrl;
    // Another address of a feed already followed (a redirect): that source, untouched.
    const redirected = feedUrl !== url ? await sourceByFeedUrl(this.db, feedUrl) : undefined;
    if (redirected) return this.viewOf(redirected.id);
    let response: FeedResponse & { status: 'ok' } = first;
    let parsed = tryParse(first, this.i18n);
    if (!parsed.ok) {
      const found = looksLikeHtml(first) ? discoverFeeds(new TextDecoder().decode(first.bytes), first.finalUrl) : [];
      if (found.length === 0) throw new Error(this.i18n.t('feeds_not_a_feed', { url, reason: parsed.error }));
      feedUrl = found[0]!.url;
      const again = await sourceByFeedUrl(this.db, feedUrl);
      if (again) return this.viewOf(again.id);
      const next = await this.fetchFirst(feedUrl);
      response = next;
      parsed = tryParse(next, this.i18n);
      if (!parsed.ok) throw new Error(this.i18n.t('feeds_named_unreadable', { url: feedUrl, reason: parsed.error }));
    }
    const feed = parsed.feed;
    if (feed.kind === 'opml') throw new Error(this.i18n.t('feeds_is_opml'));
    const source = newSource(feedUrl, feed.title, feed.siteUrl, this.host.now());
    if (!(await addSource(this.db, source))) {
      const existing = await sourceByFeedUrl(this.db, feedUrl);
      if (existing) return this.viewOf(existing.id);
      throw new Error(this.i18n.t('feeds_add_failed'));
    }
    this.host.changed?.();
    const report = await this.runFetch(source.id, () => this.store(source, response, feed));
    if (report.added > 0) await this.prune();
    return this.viewOf(source.id);
  }

  /** A first request for an address (nothing to validate against yet): its answer, or why not. */
  private async fetchFirst(url: string): Promise<FeedResponse & { status: 'ok' }> {
    let r: FeedResponse;
    try {
      r = await fetchFeed(url, { etag: null, lastModified: null }, { fetcher: this.host.fetcher });
    } catch (err) {
      throw new Error(failureWords(err, this.i18n));
    }
    if (r.status !== 'ok') throw new Error(this.i18n.t('feeds_first_not_modified'));
    return r;
  }

  /** Changes a source's schedule or its "fetch the full article"; a new interval counts from the last fetch. */
  async update(id: string, change: { intervalMinutes?: unknown; fullArticle?: unknown }): Promise<SourceView> {
    const interval = change.intervalMinutes === undefined ? undefined : validInterval(change.intervalMinutes, this.i18n);
    if (change.fullArticle !== undefined && typeof change.fullArticle !== 'boolean') throw new Error(this.i18n.t('opt_err_true_false', { name: 'fullArticle' }));
    const next = await updateSource(this.db, id, (s) => ({
      ...s,
      // A feed never fetched yet keeps its first fetch where it is (due now after an import).
      ...(interval === undefined ? {} : { intervalMinutes: interval, nextFetchAt: s.lastFetchedAt === null ? s.nextFetchAt : nextFetchAt(s.lastFetchedAt, interval, s.failures) }),
      ...(change.fullArticle === undefined ? {} : { fullArticle: change.fullArticle as boolean }),
    }));
    if (!next) throw new Error(this.i18n.t('feeds_gone'));
    this.host.changed?.();
    return this.viewOf(id);
  }

  /**
   * Stops following a source; its articles are removed too only when asked, and even then not
   * those the reader highlighted, annotated or corrected (they stay, as from no feed).
   */
  async remove(id: string, removeArticles: boolean): Promise<{ removedArticles: number }> {
    if (!(await getSource(this.db, id))) throw new Error(this.i18n.t('feeds_gone'));
    await deleteSource(this.db, id);
    let removedArticles = 0;
    if (removeArticles) {
      const kept = await keptByReader(this.db);
      const ids = (await getArticles(this.db, await articleIdsOfSource(this.db, id))).filter((a) => !kept(a)).map((a) => a.id);
      await (await this.engine()).removeArticles(ids);
      removedArticles = ids.length;
    }
    this.host.changed?.();
    return { removedArticles };
  }

  /**
   * The reader's "Refresh now": one source or all, whatever their schedule. Retention runs first,
   * so a lowered retention frees space before fetching resumes (it was paused for lack of space).
   */
  async refreshNow(id: string | null): Promise<FetchReport[]> {
    if (id && !(await getSource(this.db, id))) throw new Error(this.i18n.t('feeds_gone'));
    await this.prune();
    await setMeta(this.db, PAUSED_KEY, null);
    const ids = id ? [id] : (await allSources(this.db)).map((s) => s.id);
    return this.fetchAll(ids, false);
  }

  /** The run of refreshDue in flight: an alarm during it (or an import's fetch) joins it instead of fetching again. */
  private dueRun: Promise<FetchReport[]> | null = null;

  /** The alarm's work: every source whose next fetch is due, then retention. Does nothing while paused. */
  refreshDue(): Promise<FetchReport[]> {
    this.dueRun ??= this.runDue().finally(() => (this.dueRun = null));
    return this.dueRun;
  }

  private async runDue(): Promise<FetchReport[]> {
    if (await getMeta<string | null>(this.db, PAUSED_KEY)) return [];
    const now = this.host.now();
    const due = (await allSources(this.db)).filter((s) => s.nextFetchAt <= now).map((s) => s.id);
    return this.fetchAll(due, true);
  }

  /** Every fetch of this service waits for one of these slots: at most MAX_PARALLEL_FEEDS at once, whoever asked. */
  private readonly slots = new Slots(MAX_PARALLEL_FEEDS);

  private async fetchAll(ids: string[], dueOnly: boolean): Promise<FetchReport[]> {
    const reports = await Promise.all(ids.map((id) => this.slots.run(() => this.fetchOne(id, dueOnly))));
    await this.prune().catch(() => 0);
    return reports;
  }

  /** Removes feed articles beyond the reader's retention (after fetches, and when the reader changes it); answers how many. */
  async prune(): Promise<number> {
    const settings = await getSettings(this.db);
    const ids = await pruneFeedArticles(this.db, { days: settings.feedRetentionDays, max: settings.feedMaxArticles }, this.host.now());
    if (ids.length) {
      await (await this.engine()).removeArticles(ids);
      this.host.changed?.();
    }
    return ids.length;
  }

  /** One source: fetch (conditional), parse, store; a failure is written on its row, never thrown. */
  private async fetchOne(id: string, dueOnly: boolean): Promise<FetchReport> {
    const source = await getSource(this.db, id);
    // Read again when its turn comes: removed, paused, or (for the alarm) fetched meanwhile by someone else.
    const skip = !source || (await getMeta<string | null>(this.db, PAUSED_KEY)) || (dueOnly && source.nextFetchAt > this.host.now());
    if (skip) return { sourceId: id, status: 'skipped', added: 0, updated: 0, error: null };
    return this.runFetch(id, async () => {
      const response = await fetchFeed(source.feedUrl, source, { fetcher: this.host.fetcher });
      if (response.status === 'not-modified') {
        await this.succeeded(id, null);
        return { sourceId: id, status: 'not-modified', added: 0, updated: 0, error: null };
      }
      const parsed = tryParse(response, this.i18n);
      if (!parsed.ok) throw new FetchError(parsed.error);
      if (parsed.feed.kind === 'opml') throw new FetchError({ key: 'feeds_now_opml' });
      return this.store(source, response, parsed.feed);
    });
  }

  /** Runs one source's fetch, at most once at a time, turning any failure into its row's error. */
  private async runFetch(id: string, work: () => Promise<FetchReport>): Promise<FetchReport> {
    if (this.fetching.has(id)) return { sourceId: id, status: 'skipped', added: 0, updated: 0, error: null };
    this.fetching.add(id);
    this.host.changed?.();
    try {
      return await work();
    } catch (err) {
      if (err instanceof SourceGoneError) return { sourceId: id, status: 'skipped', added: 0, updated: 0, error: null };
      const message = failureWords(err, this.i18n);
      if (isQuota(err)) {
        const paused = this.i18n.t('feeds_paused', { reason: message, refresh_all: this.i18n.t('feeds_refresh_all') });
        await setMeta(this.db, PAUSED_KEY, paused).catch(() => undefined);
      }
      const now = this.host.now();
      // Bookkeeping of a failure is best effort: on a full disk even this small write may fail.
      await updateSource(this.db, id, (s) => ({ ...s, lastFetchedAt: now, failures: s.failures + 1, nextFetchAt: nextFetchAt(now, s.intervalMinutes, s.failures + 1), lastError: message })).catch(() => undefined);
      return { sourceId: id, status: 'failed', added: 0, updated: 0, error: message };
    } finally {
      this.fetching.delete(id);
      this.host.changed?.();
    }
  }

  private async succeeded(id: string, response: (FeedResponse & { status: 'ok' }) | null, feed?: ParsedFeed): Promise<void> {
    const now = this.host.now();
    await updateSource(this.db, id, (s) => this.afterSuccess(s, now, response, feed));
  }

  private afterSuccess(s: StoredSource, now: number, response: (FeedResponse & { status: 'ok' }) | null, feed?: ParsedFeed): StoredSource {
    return {
      ...s,
      ...(response ? { etag: response.validators.etag, lastModified: response.validators.lastModified } : {}),
      ...(feed ? { title: feed.title ?? s.title, siteUrl: feed.siteUrl ?? s.siteUrl } : {}),
      lastFetchedAt: now,
      lastSuccessAt: now,
      failures: 0,
      lastError: null,
      nextFetchAt: nextFetchAt(now, s.intervalMinutes, 0),
    };
  }

  /**
   * The new and changed items of a fetched feed become articles, stored in one write with the
   * source's new validators: a stop before it keeps neither, so the next fetch asks again and
   * finds the same items (same ids), never storing one twice. Items older than the retention are
   * left out, and an article the reader read or imported is never overwritten by a feed's summary.
   */
  private async store(source: StoredSource, response: FeedResponse & { status: 'ok' }, feed: ParsedFeed): Promise<FetchReport> {
    await new Promise((r) => setTimeout(r, 0)); // parsing was one task; turning items into articles is the next
    const now = this.host.now();
    const settings = await getSettings(this.db);
    const cutoff = now - settings.feedRetentionDays * 86_400_000;
    const candidates = feed.items
      .map((item) => itemArticle(item, feed, source, now))
      .filter((a) => a.text.trim() || a.title)
      .filter((a) => !a.published || Date.parse(a.published) >= cutoff || Number.isNaN(Date.parse(a.published)));
    // One article per item id, and per link: two items of one fetch with one link are one article.
    const links = new Set<string>();
    const unique = [...new Map(candidates.map((a) => [a.id, a])).values()].filter((a) => !a.url || (!links.has(a.url) && !!links.add(a.url)));
    const stored = new Map((await getArticles(this.db, unique.map((a) => a.id))).map((a) => [a.id, a]));
    const fresh: Article[] = [];
    const changed: Article[] = [];
    for (const a of unique) {
      const old = stored.get(a.id);
      if (!old) fresh.push(a);
      else if (old.origin === 'feed' && old.feed?.itemHash !== a.feed?.itemHash) changed.push({ ...a, addedAt: old.addedAt });
    }
    // A new id whose link the corpus has (under any of its forms) is that article: a page the reader
    // read or imported is never overwritten by a summary; this feed's own article whose guid changed
    // is updated under its id.
    const byUrl = await Promise.all(fresh.map((a) => (a.url ? findArticleByUrls(this.db, urlForms(a.url)) : Promise.resolve(undefined))));
    const brandNew: Article[] = [];
    fresh.forEach((a, i) => {
      const known = byUrl[i];
      if (!known) brandNew.push(a);
      else if (known.origin === 'feed' && known.feed?.sourceId === source.id && known.feed.itemHash !== a.feed?.itemHash) changed.push({ ...a, id: known.id, addedAt: known.addedAt });
    });
    if (source.fullArticle && this.host.readPage) await this.readFullArticles([...brandNew, ...changed]);
    const articles = [...brandNew, ...changed];
    const change = { id: source.id, change: (s: StoredSource) => this.afterSuccess(s, this.host.now(), response, feed) };
    if (articles.length === 0) await updateSource(this.db, source.id, change.change);
    else await (await this.engine()).addArticles(articles, undefined, change);
    return { sourceId: source.id, status: 'updated', added: brandNew.length, updated: changed.length, error: null };
  }

  /** "Fetch the full article": each new item's page, read as the context menu reads a link; the feed's text stays where that fails. */
  private async readFullArticles(articles: Article[]): Promise<void> {
    const withLinks = articles.filter((a) => a.url).slice(0, MAX_PAGES_PER_FETCH);
    const slots = new Slots(MAX_PARALLEL_PAGES);
    await Promise.all(withLinks.map((a) => slots.run(async () => {
      try {
        const page = await withTimeout(this.host.readPage!(a.url!), this.host.pageTimeoutMs ?? PAGE_TIMEOUT_MS);
        const text = page.article.paragraphs.join('\n\n');
        if (!page.detection.isArticle || text.length <= a.text.length) return;
        a.text = text;
        a.byline ??= page.article.byline;
        a.published ??= page.article.published;
      } catch {
        // The item keeps the feed's own text.
      }
    })));
  }

  /** Follows every feed of an OPML document not followed yet, each due at once (the caller starts the fetch, or the next alarm does). */
  async importOpml(text: string): Promise<OpmlImportReport> {
    let parsed;
    try {
      parsed = parseFeed(text);
    } catch (err) {
      throw new Error(this.i18n.t('feeds_opml_unreadable', { reason: failureWords(err, this.i18n) }));
    }
    if (parsed.kind !== 'opml') throw new Error(this.i18n.t('feeds_opml_is_feed'));
    // Every outline the parser skips has an address that is no absolute http(s) one (its English reason says so).
    const skipped = this.i18n.t('feeds_opml_not_address');
    const report: OpmlImportReport = { added: 0, existing: 0, rejected: parsed.skipped.map((o) => ({ title: o.title, xmlUrl: o.xmlUrl, message: skipped })) };
    let count = await this.db.count('sources');
    const now = this.host.now();
    for (const o of parsed.outlines) {
      let url: string;
      try {
        url = normaliseAddress(o.xmlUrl, this.i18n);
      } catch (err) {
        report.rejected.push({ title: o.title, xmlUrl: o.xmlUrl, message: failureWords(err, this.i18n) });
        continue;
      }
      if (await sourceByFeedUrl(this.db, url)) {
        report.existing++;
        continue;
      }
      if (count >= MAX_SOURCES) {
        report.rejected.push({ title: o.title, xmlUrl: o.xmlUrl, message: this.i18n.plural('feeds_opml_limit', MAX_SOURCES) });
        continue;
      }
      const added = await addSource(this.db, newSource(url, o.title, o.htmlUrl, now, now + report.added));
      if (!added) {
        report.existing++;
        continue;
      }
      report.added++;
      count++;
    }
    this.host.changed?.();
    return report;
  }

  /** The followed feeds as an OPML 2.0 document. */
  async exportOpml(): Promise<string> {
    const sources = await allSources(this.db);
    return opmlText(sources.map((s) => ({ title: s.title, xmlUrl: s.feedUrl, htmlUrl: s.siteUrl })), 'Crossread subscriptions');
  }

  /** A source's most recent articles, newest first. */
  async items(id: string, limit = 50): Promise<ArticleCard[]> {
    const ids = await articleIdsOfSource(this.db, id);
    const articles = await getArticles(this.db, ids);
    const when = (a: Article) => (a.published ? Date.parse(a.published) : NaN) || a.addedAt;
    return articles.sort((a, b) => when(b) - when(a)).slice(0, Math.max(1, Math.min(limit, 500))).map((a) => articleCard(a));
  }
}

/** A source as first followed: due at once, nothing fetched yet, the default schedule; `addedAt` orders the list (an OPML file's order). */
function newSource(feedUrl: string, title: string | null, siteUrl: string | null, now: number, addedAt = now): StoredSource {
  return {
    id: sourceId(feedUrl), feedUrl, title, siteUrl, addedAt, intervalMinutes: DEFAULT_INTERVAL_MINUTES, fullArticle: false,
    etag: null, lastModified: null, lastFetchedAt: null, lastSuccessAt: null, nextFetchAt: now, failures: 0, lastError: null,
  };
}

/** The id of the source following a feed URL. */
export function sourceId(feedUrl: string): string {
  return `src-${fnv1a(feedUrl).toString(36)}-${fnv1a(`${feedUrl}\u0000`).toString(36)}`;
}

/** A reader's typed address as a URL: "example.com/feed" gets https://; anything but http(s) is refused (in the reader's words). */
export function normaliseAddress(input: string, i18n: I18n = english): string {
  const t = input.trim();
  if (!t) throw new Error(i18n.t('feeds_address_empty'));
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(t) ? t : `https://${t}`;
  if (!URL.canParse(withScheme)) throw new Error(i18n.t('feeds_address_invalid', { address: t.slice(0, 200) }));
  const u = new URL(withScheme);
  if (!/^https?:$/.test(u.protocol)) throw new Error(i18n.t('feeds_address_scheme'));
  u.hash = '';
  return u.href;
}

function tryParse(r: FeedResponse & { status: 'ok' }, i18n: I18n): { ok: true; feed: ReturnType<typeof parseFeed> } | { ok: false; error: string } {
  try {
    return { ok: true, feed: parseFeed(r.bytes, { url: r.finalUrl, contentType: r.contentType }) };
  } catch (err) {
    return { ok: false, error: failureWords(err, i18n) };
  }
}

function looksLikeHtml(r: FeedResponse & { status: 'ok' }): boolean {
  if (r.contentType && /html/i.test(r.contentType)) return true;
  const head = new TextDecoder().decode(r.bytes.subarray(0, 2048)).toLowerCase();
  return head.includes('<html') || head.includes('<!doctype html');
}

/** The browser's own "out of space" (IndexedDB aborts with a DOMException of this name), never words in a feed. */
function isQuota(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'QuotaExceededError';
}

/** Any failure as the words a source's row shows, in the reader's language (a fetch's and a parse's reasons are messages). */
function failureWords(err: unknown, i18n: I18n): string {
  if (isQuota(err)) return i18n.t('feeds_out_of_space');
  return reasonText(err, i18n);
}

/** The promise's value, or a rejection once `ms` have passed (the work itself is left to end on its own). */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('too slow')), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** At most `size` tasks at once; the others wait their turn in order. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(size: number) {
    this.free = size;
  }
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((r) => this.waiting.push(r));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

