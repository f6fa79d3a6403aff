/**
 * What the background tells the side panel, popup and reader. Views only render these; they
 * never compute matches or quotes themselves.
 */
import type { MatchReasons, QuoteKind, Tier } from '../types';
import type { ArticleDetection } from '../article/detect';
import type { ImportError } from '../corpus/import';

/** The detector's verdict on a page, with the reasons the side panel shows. */
export type Detection = ArticleDetection;

/** The article a tab is showing (or the selection / link the reader asked about). */
export interface Subject {
  kind: 'page' | 'selection' | 'link';
  title: string | null;
  source: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  /** The first words, for the selection and link cases. */
  excerpt: string | null;
  /** Set when the page is itself one of the corpus articles. */
  corpusId: string | null;
}

/** One corpus article in a result list. */
export interface ArticleCard {
  id: string;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
  snippet: string;
}

/** A related corpus article and why it matched. */
export interface MatchCard extends ArticleCard {
  score: number;
  /** The matcher's tier (a correction moves the card between lists, never changes this). */
  tier: Tier;
  reasons: MatchReasons;
  /** The reader's verdict on this article for the page being read, when they gave one. */
  correction?: 'same' | 'different';
  /** Listed only because the reader called it the same story: the matcher did not return it. */
  byCorrection?: boolean;
}

/**
 * How a version of a statement differs from the one shown (the earliest, when publication times
 * say which): `cut` a strict shortening of it, `longer` it and more, `reworded` other words;
 * `paraphrase-quoted` the earliest outlet paraphrased and this later one prints the words as a
 * quotation, `quote-paraphrased` the converse. The last two only when this version is known to
 * be later.
 */
export type WordingChange = 'cut' | 'longer' | 'reworded' | 'paraphrase-quoted' | 'quote-paraphrased';

/** One carrying of a statement: which article, which outlet, in which words. */
export interface QuoteCarrier {
  articleId: string;
  source: string | null;
  quote: string;
  /** Quoted directly, or reported (paraphrase, `mixed` quoting some words). */
  kind: QuoteKind;
  /** The article's publication date or date-time (ISO 8601), null when unknown. */
  published: string | null;
  /** This outlet carried it first (the earliest publication time; unknown times never count). */
  first: boolean;
  /** The page being read carries this wording. */
  onThisPage: boolean;
  /** Word differences from the statement's shown wording; null when the wording is the same. */
  diff: { op: 'same' | 'add' | 'del'; text: string }[] | null;
  /** What the difference is, when there is one worth a word (see WordingChange). */
  change: WordingChange | null;
}

/** A sentence of the other coverage with facts this page does not have. */
export interface AdditionView {
  articleId: string;
  source: string | null;
  sentence: string;
  facts: string[];
}

/** One statement, as carried by one or more outlets. */
export interface StatementView {
  id: string;
  /**
   * The wording shown first: the earliest carrier's when publication times say which, else the
   * page's own, else the longest direct quote, else the longest. Every carrier's diff is from it.
   */
  text: string;
  /** How the shown wording is written (direct keeps its quotation marks; the others are paraphrase). */
  kind: QuoteKind;
  /** The carrier of the shown wording first, then the others as published (unknown times last), then by outlet. */
  carriers: QuoteCarrier[];
}

/** The speaker of the statements no outlet attributes to anyone. */
export const UNATTRIBUTED = 'Unattributed';

/** The statements of one speaker across the same-story coverage. */
export interface SpeakerView {
  speaker: string;
  /** "him" or "her" when the articles themselves call the speaker so ("he said", "Ms. Psaki"); else null. */
  pronoun: 'him' | 'her' | null;
  statements: StatementView[];
}

/** The side panel's whole state for one tab. */
export type TabView =
  | { state: 'idle'; corpusSize: number }
  | { state: 'reading'; url: string | null; corpusSize: number }
  | { state: 'not-article'; url: string | null; detection: Detection; corpusSize: number }
  | { state: 'error'; message: string; corpusSize: number }
  | {
      state: 'ready';
      subject: Subject;
      detection: Detection | null;
      corpusSize: number;
      /** Other coverage of the same story: what the badge counts. */
      sameStory: MatchCard[];
      /** The same piece published elsewhere ("also published by"), never counted as other coverage. */
      duplicates: MatchCard[];
      /** Same topic, another story. */
      related: MatchCard[];
      speakers: SpeakerView[];
      /** What the other coverage adds: sentences with names and figures this page lacks. */
      additions: AdditionView[];
      /**
       * True while the additions are still being read: the view was published without them (the
       * badge and the coverage first), and a second one with them follows. False when they could not
       * be read (the worker was stopped in between): the side panel then leaves the section out.
       */
      additionsPending?: boolean;
      /** Something the reader should know, e.g. "Could not fetch the link; showing matches for its text." */
      notice: string | null;
    };

/** A popup search hit. */
export interface SearchHit {
  kind: 'article' | 'quote';
  articleId: string;
  title: string | null;
  source: string | null;
  published: string | null;
  /** The matched text: a snippet of the article or the quote itself. */
  text: string;
  speaker: string | null;
  score: number;
  /** The indexed words the query matched (after prefix and typo matching), to highlight. */
  terms: string[];
  /** For a quote: the other outlets that carried the same statement (from the stored statements), as shown. */
  alsoCarriedBy?: string[];
}

/** A whole article for the reader page. */
export interface ReaderArticle {
  id: string;
  title: string | null;
  source: string | null;
  byline: string | null;
  published: string | null;
  publishedInferred: boolean;
  url: string | null;
  paragraphs: string[];
  quotes: { quote: string; speaker: string | null }[];
}

/** One followed feed as the options page lists it. */
export interface SourceView {
  id: string;
  feedUrl: string;
  title: string | null;
  siteUrl: string | null;
  intervalMinutes: number;
  fullArticle: boolean;
  /** Epoch ms of the last fetch that ended, or null before the first. */
  lastFetchedAt: number | null;
  /** Epoch ms of the next scheduled fetch (later after failures: back-off). */
  nextFetchAt: number;
  /** Articles in the corpus from this feed. */
  items: number;
  /** The last failure in plain words ("the site answered 404"), null after a success. */
  lastError: string | null;
  /** True while a fetch of it is running. */
  fetching: boolean;
}

/** What the options page shows about the feeds as a whole. */
export interface SourcesState {
  sources: SourceView[];
  /** Set when fetching stopped by itself (the browser is out of storage space), in plain words; a refresh by the reader resumes. */
  paused: string | null;
  /** Storage the browser reports for Crossread, in bytes (null where it does not say). */
  storage: { usage: number | null; quota: number | null };
  /** Articles in the corpus, and those of them from feeds. */
  articles: number;
  feedArticles: number;
}

/** Numbers the options page and the side panel show about the reader's corpus. */
export interface CorpusInfo {
  articles: number;
  quotes: number;
  /** Changes with every write to the corpus: a page holding a list of it knows when to read it again. */
  generation: number;
}

/**
 * Largest import file accepted, in characters: checked by the options page before sending and by
 * the import itself. Here, beside the report, so the pages' bundle does not carry the parser.
 */
export const MAX_IMPORT_CHARS = 50_000_000;

/** What an import did: how many articles were added or replaced, and every rejected record with why. */
export interface ImportReport {
  records: number;
  added: number;
  replaced: number;
  rejected: ImportError[];
  /** The reader's corrections from a corpus file: how many were kept, and the rejected ones by position in its "corrections" list. */
  corrections: { added: number; rejected: ImportError[] };
}

/** What an OPML import did. */
export interface OpmlImportReport {
  /** Subscriptions added as new sources. */
  added: number;
  /** Subscriptions already followed (same feed URL). */
  existing: number;
  /** Outlines that were not kept, with why ("not a web address"). */
  rejected: { title: string | null; xmlUrl: string; message: string }[];
}
