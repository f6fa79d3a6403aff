/**
 * Runs work when the page is idle (or after a bound, so it does happen), with a fallback where
 * requestIdleCallback is missing.
 */
export function whenIdle(work: () => void, timeoutMs = 2000): void {
  const g = globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
  if (g.requestIdleCallback) g.requestIdleCallback(work, { timeout: timeoutMs });
  else setTimeout(work, 50);
}
