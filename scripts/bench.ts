/**
 * `npm run bench`: every speed figure in one run: quotation extraction speed, the page cost of the
 * content script in real Chromium beside Readability run in the page (and its detection's cost on
 * the labelled article / non-article pages, apart), the cold start of
 * the service worker with 1k and 10k articles, and matching at 1k/10k/100k
 * articles beside MiniSearch and FlexSearch, the stated-dates extraction on leads, and feeds (parse
 * speed, alarm to refreshed corpus, longest task), and the figures of #17 side by side (scale: every
 * engine cold and warm at 1k/10k, one process each), and 10k + 10k imported through the options page
 * (options). `npm run bench -- page` (or match, quotes, dates, feeds, scale, options) runs one.
 */
import { runSuites } from './suites';

void runSuites('bench', {
  quotes: () => import('./bench/quotes'),
  page: () => import('./bench/page'),
  coldstart: () => import('./bench/coldstart'),
  options: () => import('./bench/options'),
  match: () => import('./bench/match'),
  dates: () => import('./bench/dates'),
  feeds: () => import('./bench/feeds'),
  scale: () => import('./bench/scale'),
});
