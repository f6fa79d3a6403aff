/**
 * `npm run eval`: every quality figure in one run, each printed with the data file it comes from:
 * extraction (Readability test pages), same-story matching (clusters), quotations (PolNeAR dev).
 * `npm run eval -- match` (or extract, quotes) runs one.
 */
import { runSuites } from './suites';

void runSuites('eval', {
  extract: () => import('./eval/extract'),
  match: () => import('./eval/match'),
  quotes: () => import('./eval/quotes'),
});
