/**
 * The bounds of the feed parser. A feed is untrusted input fetched in the background, so every size
 * the parser works on has a cap: the file, the items kept, each field, and the nesting of its XML
 * (htmlparser2's tree builder slows down quadratically with depth).
 */

/** A feed file larger than this (bytes, or UTF-16 units for text input) is refused as too large. */
export const MAX_FEED_BYTES = 10 * 1024 * 1024;
/** Items kept per feed, in document order; the rest are dropped. */
export const MAX_ITEMS = 1000;
/** OPML subscriptions kept per list. */
export const MAX_OUTLINES = 10_000;
/** A title (feed, item or subscription) is cut to this many characters. */
export const MAX_TITLE_CHARS = 1000;
/** An author, id or URL is cut to this many characters. */
export const MAX_FIELD_CHARS = 2000;
/** A link longer than this is dropped (a cut URL would lead somewhere else). */
export const MAX_URL_CHARS = 8192;
/** An item's text is cut to this many characters. */
export const MAX_TEXT_CHARS = 200_000;
/** XML nested deeper than this is refused; no real feed comes close. */
export const MAX_DEPTH = 256;
