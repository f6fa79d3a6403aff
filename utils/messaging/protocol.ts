/**
 * Every message between the extension's contexts, one map per direction: what each carries and what
 * crosses back (a Result for a request, nothing for a notice). The maps are types only; each context
 * sends and listens through its own channel (`*-channel.ts`), which accepts only its directions, and
 * the background registers each direction's handlers once, with that direction's sender check
 * (serve.ts). Names keep their prefix (`page*`, `ui*`, `offscreen*`, `bg*`): they are the wire's
 * message types.
 */
import type { ArticleCard, CorpusInfo, Detection, ImportReport, OpmlImportReport, ReaderArticle, SearchHit, SourcesState, SourceView, TabView } from '../coverage/types';
import type { Settings } from '../coverage/settings';
import type { ListingAnswer, ListingFilter, ListingQuery as ListingRequest } from '../coverage/corpus-listing';
import type { StoredHighlight } from '../db/schema';
import type { PageMark } from '../coverage/marks';
import type { SearchFacets, SearchFilters } from '../coverage/search';
import type { ExtractedPage } from '../coverage/ingest';
import type { AnalyseWhen } from '../coverage/parse-page';
import type { Result } from './result';

/** Content script or annotator → background. The page's URL and tab are the sender's, never the message's. */
export interface PageToBackground {
  /** The cheap check ran; the background shows "reading" or "not a news article" (and brings the annotator if the page has highlights). */
  pageDetected(data: { detection: Detection }): Result<null>;
  /**
   * A page the cheap check did not rule out: its HTML as the content script serialised it, sent in
   * idle time to be extracted and matched. No verdict travels with it: the cheap one only said
   * "maybe" (pageDetected), and the full detector needs the parsed document the extraction builds anyway.
   */
  pageArticle(data: { html: string }): Result<null>;
  /** This page's saved highlights, to paint them again. */
  pageHighlights(data: null): Result<StoredHighlight[]>;
  /** Save the reader's selection on this page as a highlight. */
  pageSaveHighlight(data: { selectors: StoredHighlight['selectors']; pageTitle: string | null }): Result<StoredHighlight>;
  /** Which of this page's highlights could not be found on this visit. */
  pageAnchored(data: { orphaned: string[] }): Result<null>;
}

/** Extension page (side panel, popup, reader, options) → background: everything that reads or changes the reader's data. */
export interface UiToBackground {
  /** The result for a tab (side panel). */
  uiTabView(data: { tabId: number }): Result<TabView>;
  /** Ranked search over titles, text, quotes and speakers (popup). */
  uiSearch(data: { query: string; limit?: number; filters?: SearchFilters }): Result<SearchHit[]>;
  /** The outlets and speakers to filter the search by. */
  uiSearchFacets(data: null): Result<SearchFacets>;
  /** One corpus article in full (reader page). */
  uiArticle(data: { id: string }): Result<ReaderArticle>;
  /** How big the corpus is. */
  uiCorpusInfo(data: null): Result<CorpusInfo>;
  /** One page of the options page's corpus table: rows after a cursor, filtered, sorted, searched, with the counts (and the filter menus' values when asked); null asks for the first page, newest first. */
  uiListArticles(data: Partial<ListingRequest> | null): Result<ListingAnswer>;
  /** Remove every article a filter or search matches, in one action; `expected` is the count the reader confirmed (refused, nothing removed, when the corpus changed since). */
  uiDeleteArticles(data: { filter: ListingFilter; expected: number }): Result<{ removed: number }>;
  /** Import a JSON / JSON Lines file's text, all or nothing. */
  uiImport(data: { text: string; fileName: string }): Result<ImportReport>;
  /** The whole corpus as a corpus JSON document (articles and the reader's corrections). */
  uiExport(data: null): Result<string>;
  /** The reader says a match of a tab's page is (not) the same story; verdict null undoes it. Answers the tab's corrected view. */
  uiCorrectMatch(data: { tabId: number; articleId: string; verdict: 'same' | 'different' | null }): Result<TabView>;
  /** Remove one article. */
  uiDeleteArticle(data: { id: string }): Result<null>;
  /** Remove every article (after the page asked the reader to confirm). */
  uiClearCorpus(data: null): Result<null>;
  /** Put the bundled articles back. */
  uiRestoreBundled(data: null): Result<null>;
  /** The highlights of the page a tab shows. */
  uiHighlights(data: { tabId: number }): Result<{ url: string | null; highlights: StoredHighlight[] }>;
  /** Change a highlight's note and tags. */
  uiEditHighlight(data: { id: string; note: string; tags: string[] }): Result<StoredHighlight>;
  /** Delete a highlight. */
  uiDeleteHighlight(data: { id: string }): Result<null>;
  /** Every annotation as Markdown or W3C Web Annotation JSON. */
  uiExportAnnotations(data: { format: 'markdown' | 'json' }): Result<string>;
  /** Whether quotes are marked on the site a tab shows. */
  uiMarksSetting(data: { tabId: number }): Result<{ site: string | null; enabled: boolean }>;
  /** Turn quote marks on or off for the site a tab shows (remembered). */
  uiSetMarks(data: { tabId: number; enabled: boolean }): Result<null>;
  /** The reader's settings. */
  uiGetSettings(data: null): Result<Settings>;
  /** Store the reader's settings (checked before storing). */
  uiSetSettings(data: Settings): Result<Settings>;
  /** The followed feeds, whether fetching is paused, and the storage used (options page). */
  uiSources(data: null): Result<SourcesState>;
  /** Follow a feed by its URL or a site's URL (found from the page's feed links); fetches it once. */
  uiAddSource(data: { url: string }): Result<SourceView>;
  /** Change a source's schedule (minutes between fetches) or its "fetch the full article". */
  uiUpdateSource(data: { id: string; intervalMinutes?: number; fullArticle?: boolean }): Result<SourceView>;
  /** Stop following a source; its articles go too only when asked. Answers how many articles were removed. */
  uiRemoveSource(data: { id: string; removeArticles: boolean }): Result<{ removedArticles: number }>;
  /** Fetch one source now (id), or all (id null), whatever the schedule; resumes paused fetching. */
  uiRefreshSources(data: { id: string | null }): Result<SourcesState>;
  /** Follow every feed of an OPML file's text. */
  uiImportOpml(data: { text: string }): Result<OpmlImportReport>;
  /** The followed feeds as an OPML document. */
  uiExportOpml(data: null): Result<string>;
  /** A source's most recent articles, newest first. */
  uiSourceItems(data: { id: string; limit?: number }): Result<ArticleCard[]>;
}

/** Background → offscreen document (Chrome: the service worker has no DOM). */
export interface BackgroundToOffscreen {
  /** Parse HTML with a real DOM and extract the article; `analyse`: which pages also get their text's features and quotes. */
  offscreenExtract(data: { html: string; url: string; analyse?: AnalyseWhen }): Result<ExtractedPage>;
}

/** Background → the annotator in one tab. */
export interface BackgroundToPage {
  /** Save the current selection as a highlight (menu item or keyboard shortcut). */
  bgSaveSelection(data: null): Result<null>;
  /** Show the next marked quotation and its card (keyboard shortcut). */
  bgNextMark(data: null): Result<boolean>;
  /** The page's highlights changed elsewhere (edited or deleted in the side panel). */
  bgHighlightsChanged(data: null): void;
  /** The quotations on this page that other coverage also carries, to mark quietly. */
  bgMarks(data: { marks: PageMark[] }): void;
}

/** Background → every open extension page: notices, nobody answers. */
export interface BackgroundToUi {
  /** A tab's result changed; ask for it again. */
  bgTabViewChanged(data: { tabId: number }): void;
  /** How far the running import has got. */
  bgImportProgress(data: { phase: 'reading' | 'analysing' | 'saving'; done: number; total: number }): void;
  /** The sources changed (a fetch started or ended, one was added or removed). */
  bgSourcesChanged(data: null): void;
}

/** Every direction at once: what travels on the one wire (wire.ts). Names are unique across the maps. */
export type Wire = PageToBackground & UiToBackground & BackgroundToOffscreen & BackgroundToPage & BackgroundToUi;

/** A message's payload, read from its direction's map. */
export type DataOf<M, K extends keyof M> = M[K] extends (data: infer D) => unknown ? D : never;
/** What crosses back for a message: its Result, or void for a notice. */
export type AnswerOf<M, K extends keyof M> = M[K] extends (data: never) => infer A ? A : never;
/** The value inside a request's Result: what its handler returns. */
export type ValueOf<M, K extends keyof M> = AnswerOf<M, K> extends Result<infer T> ? T : never;
