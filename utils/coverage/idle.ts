/**
 * Runs work when the page is idle (or after a bound, so it does happen), with a fallback where
 * requestIdleCallback is missing.
 */
export function whenIdle(work: () => void, timeoutMs = 2000): void {
  const g = globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
  if (g.requestIdleCallback) g.requestIdleCallback(work, { timeout: timeoutMs });
  else setTimeout(work, 50);
}

/**
 * A long loop's way to let the event loop breathe: call the answer between items, and it yields
 * (a macrotask) once `budgetMs` of work have passed since the last yield. A service worker that
 * analyses a feed's thirty items stays responsive to the pages asking it meanwhile.
 */
export function cooperative(budgetMs = 20): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await new Promise((r) => setTimeout(r, 0));
    since = performance.now();
  };
}
