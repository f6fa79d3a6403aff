/** Strings of the reader page. */
export const reader = {
  reader_page_title: 'Crossread reader',
  /** The tab's title once the article is read. */
  reader_doc_title: '{title} — Crossread',
  reader_doc_title_untitled: 'Article — Crossread',
  reader_not_available: 'Article not available',
  reader_no_id: 'No article was named.',
  reader_missing: 'No article "{id}" in your corpus.',
  reader_loading: 'Loading…',
  reader_untitled: 'Untitled article',
  reader_original: 'Original page',
  reader_quotes: 'Quotations in this article',
  reader_quote: '“{quote}”',
  reader_speaker: '— {speaker}',
  reader_unattributed: 'Unattributed',
} as const;
