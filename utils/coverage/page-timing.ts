/**
 * The page → view path as User Timing marks, one per phase, so where an answer spends its time is
 * read where it runs: in DevTools' Performance panel of the service worker, and by the cold-start
 * bench (scripts/bench/coldstart.ts reads them from the worker over CDP). Only the latest page's
 * marks are kept (a new page clears them), so a long-lived worker holds a handful, never a history.
 */

/**
 * The phases of one page, in the order they end (parsing and opening the engine overlap):
 * 'published' is the badge and the panel's coverage, 'additions' the view again with what the
 * other coverage adds.
 */
export const PAGE_PHASES = ['html', 'engine', 'parsed', 'featurized', 'matched', 'viewed', 'published', 'additions'] as const;

export type PagePhase = (typeof PAGE_PHASES)[number];

/** The marks' names: `crossread:page:html` when the page's HTML reached the background, and so on. */
export const PAGE_MARK_PREFIX = 'crossread:page:';

/** The worker's own start-up: its module evaluated (`main()` entered) and its engine opened. */
export const WORKER_MARKS = { main: 'crossread:worker:main', engineOpen: 'crossread:worker:engine-open' } as const;

/** Marks the end of one phase of the current page; 'html' starts a new page and clears the last one's marks. */
export function markPage(phase: PagePhase): void {
  if (typeof performance?.mark !== 'function') return;
  if (phase === 'html') for (const p of PAGE_PHASES) performance.clearMarks(PAGE_MARK_PREFIX + p);
  performance.mark(PAGE_MARK_PREFIX + phase);
}

/** Marks a once-per-worker moment (WORKER_MARKS); a worker that starts again starts with none. */
export function markWorker(name: (typeof WORKER_MARKS)[keyof typeof WORKER_MARKS]): void {
  if (typeof performance?.mark !== 'function') return;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
