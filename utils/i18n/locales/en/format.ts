/** Strings of the display helpers every page shares (utils/coverage/format.ts). */
export const format = {
  date_inferred: '{date} (inferred)',
  days_same: 'same day',
  days_apart_one: '{count} day apart',
  days_apart_other: '{count} days apart',
  clash_dates: 'different dates: {query} vs {match}',
  clash_years: 'different years: {query} vs {match}',
  clash_weekdays: 'different days: {query} vs {match}',
  clash_figures: 'different figures: {query} vs {match}',
  clash_figures_unit: 'different figures: {query} vs {match} ({unit})',
  event_same_day: 'both on {day}',
  outlet_unknown: 'Unknown outlet',
  not_article_looks_like: 'This page looks like {summary}, so Crossread did not read it.',
  not_article: 'This page does not look like a news article, so Crossread did not read it.',
  /** A quotation in the language's quotation marks (the side panel and the page's hover card). */
  quoted: '“{text}”',
  /** The titles of words another outlet's wording adds or leaves out. */
  wording_added: "Only in this outlet's wording",
  wording_removed: "Not in this outlet's wording",
} as const;
