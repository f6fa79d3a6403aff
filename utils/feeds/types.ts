/**
 * The shapes of feeds and subscriptions as Crossread reads them. The parser (utils/feeds/parse.ts)
 * turns the bytes of RSS 2.0, RSS 1.0/RDF, Atom 1.0, JSON Feed 1.x and OPML into these; the
 * background turns items into articles and keeps subscriptions as sources (utils/db/sources.ts).
 * Every text field is plain text: no markup survives parsing.
 */
import { ReasonError } from '../i18n/reason-error';

/** The feed formats read; OPML is a list of subscriptions, not a feed. */
export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'jsonfeed';

/** One item of a feed, as plain data. */
export interface FeedItem {
  /** The item's guid / Atom id / JSON Feed id; else its link; else a hash of its title and date. */
  id: string;
  title: string | null;
  /** The item's link, absolute (resolved against the feed's URL or xml:base), or null. */
  url: string | null;
  /** ISO 8601 with its zone offset ("2022-04-05T14:02:00+01:00"), or null when the feed states none that can be read. */
  date: string | null;
  author: string | null;
  /** BCP 47 language tag of the item (or of its feed), lower case, or null. */
  lang: string | null;
  /** The body: the item's content (content:encoded, Atom content, JSON content_html/text) or its summary, cleaned to paragraphs joined by "\n\n". */
  text: string;
}

/** A parsed feed: its own metadata and its items in document order. */
export interface ParsedFeed {
  kind: 'feed';
  format: FeedFormat;
  title: string | null;
  /** The site the feed belongs to (channel link / Atom alternate link / JSON home_page_url), absolute, or null. */
  siteUrl: string | null;
  lang: string | null;
  items: FeedItem[];
}

/** One subscription of an OPML list. */
export interface OpmlOutline {
  title: string | null;
  xmlUrl: string;
  htmlUrl: string | null;
}

/** A parsed OPML subscription list. */
export interface ParsedOpml {
  kind: 'opml';
  title: string | null;
  outlines: OpmlOutline[];
  /** Outlines with an xmlUrl that is no absolute http(s) address (Liferea's "vfolder", a javascript: link), with why: an import reports them. */
  skipped: { title: string | null; xmlUrl: string; reason: string }[];
}

/**
 * A file that cannot be read as a feed or OPML; `message` says why in plain English words ("not a
 * feed: an HTML page"), `reason` the same as a message the service words in the reader's language.
 */
export class FeedError extends ReasonError {
  override name = 'FeedError';
}
