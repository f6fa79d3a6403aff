/** Strings of the toolbar popup's search. */
export const popup = {
  popup_page_title: 'Crossread search',
  popup_feeds: 'Feeds…',
  popup_open_panel: 'Open side panel',
  popup_search_label: 'Search your corpus',
  popup_placeholder: 'Search…',
  popup_placeholder_count_one: 'Search {count} article, quotes, speakers…',
  popup_placeholder_count_other: 'Search {count} articles, quotes, speakers…',
  popup_filters: 'Filters',
  popup_filters_on: 'Filters (on)',
  popup_outlet: 'Outlet',
  popup_any_outlet: 'Any',
  popup_speaker: 'Speaker',
  popup_anyone: 'Anyone',
  popup_from: 'From',
  popup_to: 'To',
  popup_feed: 'Feed',
  popup_any_feed: 'Any feed',
  popup_empty_query: 'Nothing in your corpus matches “{query}”.',
  popup_empty_filtered: 'Nothing in your corpus matches with these filters.',
  popup_empty_query_filtered: 'Nothing in your corpus matches “{query}” with these filters.',
  /** The chip of a result that is a quotation. */
  popup_kind_quote: 'quote',
  /** The chip of a result that is an article. */
  popup_kind_article: 'article',
  popup_untitled: '(untitled)',
  popup_unattributed: 'Unattributed',
  /** A quotation result: who said it, then the words (both slots are highlighted elements). */
  popup_said: '{speaker}: “{quote}”',
  /** {outlets} is a list joined as the language joins lists. */
  popup_also_carried: 'Also carried by {outlets}.',
} as const;
