/**
 * The one protocol between the content script, the background, the extension pages and the
 * offscreen parser. Names say the direction: `page*` content → background, `ui*` extension page →
 * background, `bg*` background → pages or content, `offscreen*` background → offscreen document.
 * Every request answers a Result, so a failure reaches the caller as a message, never a hang.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ArticleCard, Detection, OpmlImportReport, ReaderArticle, SearchHit, SourcesState, SourceView, TabView } from '../coverage/types';
import type { ImportError } from '../corpus/import';
import type { Settings } from '../coverage/settings';
import type { ArticleOrigin } from '../types';
import type { StoredHighlight } from '../db/schema';
import type { PageMark } from '../coverage/marks';
import type { SearchFacets, SearchFilters } from '../coverage/search';
import type { ExtractedPage } from '../coverage/ingest';

/** Success with a value, or a sentence saying what went wrong. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Numbers the options page and the side panel show about the reader's corpus. */
export interface CorpusInfo {
  articles: number;
  quotes: number;
  /** Changes with every write to the corpus: a page holding a list of it knows when to read it again. */
  generation: number;
}

/** What an import did: how many articles were added or replaced, and every rejected record with why. */
export interface ImportReport {
  records: number;
  added: number;
  replaced: number;
  rejected: ImportError[];
  /** The reader's corrections from a corpus file: how many were kept, and the rejected ones by position in its "corrections" list. */
  corrections: { added: number; rejected: ImportError[] };
}

/** Largest import file accepted, in characters (a message carries it to the background). */
export const MAX_IMPORT_CHARS = 50_000_000;

/** The page's HTML as the content script serialised it, with its cheap verdict. */
export interface PageSnapshot {
  url: string;
  html: string;
  detection: Detection;
}

export interface ProtocolMap {
  /** content → background: the cheap check ran; the background shows "reading" or "not a news article" (and brings the annotator if the page has highlights). */
  pageDetected(data: { url: string; detection: Detection }): Result<null>;
  /** content → background: an article page's HTML, sent in idle time, to be extracted and matched. */
  pageArticle(data: PageSnapshot): Result<null>;
  /** content → background: this page's saved highlights, to paint them again. */
  pageHighlights(data: null): Result<StoredHighlight[]>;
  /** content → background: save the reader's selection on this page as a highlight. */
  pageSaveHighlight(data: { selectors: StoredHighlight['selectors']; pageTitle: string | null }): Result<StoredHighlight>;
  /** content → background: which of this page's highlights could not be found on this visit. */
  pageAnchored(data: { orphaned: string[] }): Result<null>;
  /** background → content: save the current selection as a highlight (menu item or keyboard shortcut). */
  bgSaveSelection(data: null): Result<null>;
  /** background → content: show the next marked quotation and its card (keyboard shortcut). */
  bgNextMark(data: null): Result<boolean>;
  /** background → content: the page's highlights changed elsewhere (edited or deleted in the side panel). */
  bgHighlightsChanged(data: null): void;
  /** background → content: the quotations on this page that other coverage also carries, to mark quietly. */
  bgMarks(data: { marks: PageMark[] }): void;
  /** background → extension pages: a tab's result changed; ask for it again. */
  bgTabViewChanged(data: { tabId: number }): void;
  /** extension page → background: the result for a tab (side panel). */
  uiTabView(data: { tabId: number }): Result<TabView>;
  /** extension page → background: ranked search over titles, text, quotes and speakers (popup). */
  uiSearch(data: { query: string; limit?: number; filters?: SearchFilters }): Result<SearchHit[]>;
  /** extension page → background: the outlets and speakers to filter the search by. */
  uiSearchFacets(data: null): Result<SearchFacets>;
  /** extension page → background: one corpus article in full (reader page). */
  uiArticle(data: { id: string }): Result<ReaderArticle>;
  /** extension page → background: how big the corpus is. */
  uiCorpusInfo(data: null): Result<CorpusInfo>;
  /** extension page → background: every corpus article, newest addition first (options page). */
  uiListArticles(data: null): Result<(ArticleCard & { origin: ArticleOrigin })[]>;
  /** extension page → background: import a JSON / JSON Lines file's text, all or nothing. */
  uiImport(data: { text: string; fileName: string }): Result<ImportReport>;
  /** background → extension pages: how far the running import has got. */
  bgImportProgress(data: { phase: 'reading' | 'analysing' | 'saving'; done: number; total: number }): void;
  /** extension page → background: the whole corpus as a corpus JSON document (articles and the reader's corrections). */
  uiExport(data: null): Result<string>;
  /** extension page → background: the reader says a match of a tab's page is (not) the same story; verdict null undoes it. Answers the tab's corrected view. */
  uiCorrectMatch(data: { tabId: number; articleId: string; verdict: 'same' | 'different' | null }): Result<TabView>;
  /** extension page → background: remove one article. */
  uiDeleteArticle(data: { id: string }): Result<null>;
  /** extension page → background: remove every article (after the page asked the reader to confirm). */
  uiClearCorpus(data: null): Result<null>;
  /** extension page → background: put the bundled articles back. */
  uiRestoreBundled(data: null): Result<null>;
  /** extension page → background: the highlights of the page a tab shows. */
  uiHighlights(data: { tabId: number }): Result<{ url: string | null; highlights: StoredHighlight[] }>;
  /** extension page → background: change a highlight's note and tags. */
  uiEditHighlight(data: { id: string; note: string; tags: string[] }): Result<StoredHighlight>;
  /** extension page → background: delete a highlight. */
  uiDeleteHighlight(data: { id: string }): Result<null>;
  /** extension page → background: every annotation as Markdown or W3C Web Annotation JSON. */
  uiExportAnnotations(data: { format: 'markdown' | 'json' }): Result<string>;
  /** extension page → background: whether quotes are marked on the site a tab shows. */
  uiMarksSetting(data: { tabId: number }): Result<{ site: string | null; enabled: boolean }>;
  /** extension page → background: turn quote marks on or off for the site a tab shows (remembered). */
  uiSetMarks(data: { tabId: number; enabled: boolean }): Result<null>;
  /** extension page → background: the reader's settings. */
  uiGetSettings(data: null): Result<Settings>;
  /** extension page → background: store the reader's settings (checked before storing). */
  uiSetSettings(data: Settings): Result<Settings>;
  /** extension page → background: the followed feeds, whether fetching is paused, and the storage used (options page). */
  uiSources(data: null): Result<SourcesState>;
  /** extension page → background: follow a feed by its URL or a site's URL (found from the page's feed links); fetches it once. */
  uiAddSource(data: { url: string }): Result<SourceView>;
  /** extension page → background: change a source's schedule (minutes between fetches) or its "fetch the full article". */
  uiUpdateSource(data: { id: string; intervalMinutes?: number; fullArticle?: boolean }): Result<SourceView>;
  /** extension page → background: stop following a source; its articles go too only when asked. Answers how many articles were removed. */
  uiRemoveSource(data: { id: string; removeArticles: boolean }): Result<{ removedArticles: number }>;
  /** extension page → background: fetch one source now (id), or all (id null), whatever the schedule; resumes paused fetching. */
  uiRefreshSources(data: { id: string | null }): Result<SourcesState>;
  /** extension page → background: follow every feed of an OPML file's text. */
  uiImportOpml(data: { text: string }): Result<OpmlImportReport>;
  /** extension page → background: the followed feeds as an OPML document. */
  uiExportOpml(data: null): Result<string>;
  /** extension page → background: a source's most recent articles, newest first. */
  uiSourceItems(data: { id: string; limit?: number }): Result<ArticleCard[]>;
  /** background → extension pages: the sources changed (a fetch started or ended, one was added or removed). */
  bgSourcesChanged(data: null): void;
  /** background → offscreen document: parse HTML with a real DOM and extract the article. */
  offscreenExtract(data: { html: string; url: string }): Result<ExtractedPage>;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
