/**
 * Shared data shapes of the Crossread core. Every module in utils/ speaks these, so the
 * extension, the CLI and the tests pass the same objects around.
 */

/** How an article entered the corpus: shipped with the extension, imported, read by the user, or from a feed they follow. */
export type ArticleOrigin = 'bundled' | 'import' | 'read' | 'feed';

/** Where a feed article came from: the source (utils/db/schema.ts StoredSource) and the item's id in that feed. */
export interface FeedOrigin {
  sourceId: string;
  itemId: string;
  /** A hash of the item as the feed last gave it: a fetch rewrites the article only when this changes. */
  itemHash: string;
}

/** One news article as the product stores it. `text` is the body: paragraphs joined by "\n\n". */
export interface Article {
  id: string;
  title: string | null;
  /** The outlet (site name), or null when the source does not establish it. */
  source: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time (time zone kept), or null when unknown. */
  published: string | null;
  /** True when `published` was inferred (for example from a weekday in the text), not stated. */
  publishedInferred?: boolean;
  url: string | null;
  lang: string | null;
  /** The body: paragraphs joined by "\n\n". Quote offsets index into this string. */
  text: string;
  origin: ArticleOrigin;
  /** Epoch ms when it entered the corpus. */
  addedAt: number;
  /** Set on articles that came from a feed (origin "feed"): retention and "remove a source" find them by it. */
  feed?: FeedOrigin;
}

/** A direct quotation found in an article's `text`. Offsets are JS string indices, end exclusive. */
/**
 * How an attribution is written: `direct` inside quotation marks, `mixed` reported speech that quotes
 * some of the words, `indirect` reported speech with no quotation marks ("Stoltenberg said the allies
 * would…"). The panel marks the last two as paraphrase.
 */
export type QuoteKind = 'direct' | 'mixed' | 'indirect';

export interface Quote {
  /** The content's words without quotation marks (for `mixed`, the marks inside are dropped too). */
  quote: string;
  /** The content span in the text: for `direct` the words inside the marks, for the others the reported clause. */
  start: number;
  end: number;
  kind: QuoteKind;
  /** The words that frame it as speech ("said", "according to", "told reporters"), or null (a credit line, a colon). */
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  /** The resolved speaker's name ("Jen Psaki"), or a description of an unnamed source, or null. */
  speaker: string | null;
  /** The words in the text that attribute the quote ("she", "Ms. Psaki", "the official"). */
  speakerMention: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
}

/** Match tiers: a near-duplicate (same piece republished), the same story, or the same topic only. */
export type Tier = 'duplicate' | 'same-story' | 'related';

/** Why two articles matched: what a person can check. */
export interface MatchReasons {
  /** Shared names of people, places and organisations, most distinctive first. */
  names: string[];
  /** Shared distinctive content terms (surface forms), most distinctive first. */
  terms: string[];
  /** Days between the two publication dates, when both are known. */
  days: number | null;
  /** The closest pair of event days the two texts state (ISO dates: this article's, the match's), when both state one. */
  eventDays?: [string, string] | null;
  /** Details the two disagree on, which count against the same story ("different dates: 3 Aug vs 14 Sep"). */
  contradictions?: Contradiction[];
}

/**
 * A detail two reports disagree on: the event days they state (two or more days apart), the
 * years they mention (none shared), the weekdays their leads name (two or more days apart), or
 * the values they give one quantity. Values as plain text to show: ISO dates, years, ISO weekday
 * numbers ("1" Monday … "7" Sunday), "value unit" for quantities; this article's, then the match's.
 */
export interface Contradiction {
  kind: 'event-days' | 'years' | 'weekdays' | 'quantity';
  query: string[];
  match: string[];
}

/** One corpus article related to a query article. `score` is in [0, 1]. */
export interface Match {
  id: string;
  score: number;
  tier: Tier;
  reasons: MatchReasons;
}
