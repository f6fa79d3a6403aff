/**
 * A busy machine, imitated: before a timer's or an immediate's callback runs, now and then the
 * event loop is blocked for a while, as when the process is descheduled or collects garbage. A
 * test that waits a fixed time for work to finish (a sleep, a bounded number of turns) fails
 * under it; a test that waits for the condition passes. Used by test/stall.vitest.config.ts:
 *
 *   npx vitest run -c test/stall.vitest.config.ts test/unit/feeds
 *
 * STALL_MS (default 60) is how long one stall blocks, STALL_EVERY_MS (default 200) the least time
 * between two stalls, STALL_CHANCE (default 0.3) the chance a callback stalls once that time has passed, STALL_SEED (default 1) the seed of which callbacks stall. The seed and the
 * settings are printed, so a failure can be run again the same way.
 */
const STALL_MS = Number(process.env.STALL_MS ?? 60);
const EVERY_MS = Number(process.env.STALL_EVERY_MS ?? 200);
const CHANCE = Number(process.env.STALL_CHANCE ?? 0.3);
let seed = Number(process.env.STALL_SEED ?? 1) >>> 0 || 1;

/** xorshift32: the same seed stalls the same callbacks of the same run. */
function random(): number {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 0x1_0000_0000;
}

let last = performance.now();
function maybeStall(): void {
  const now = performance.now();
  if (now - last < EVERY_MS || random() >= CHANCE) return;
  while (performance.now() - now < STALL_MS) {
    // blocked, as a descheduled process is
  }
  last = performance.now();
}

type Callback = (...args: unknown[]) => void;
const realSetTimeout = globalThis.setTimeout;
const realSetImmediate = globalThis.setImmediate;
globalThis.setTimeout = ((fn: Callback | string, ms?: number, ...args: unknown[]) =>
  typeof fn === 'function' ? realSetTimeout(() => (maybeStall(), fn(...args)), ms) : realSetTimeout(fn as never, ms)) as typeof setTimeout;
if (realSetImmediate) {
  globalThis.setImmediate = ((fn: Callback, ...args: unknown[]) => realSetImmediate(() => (maybeStall(), fn(...args)))) as typeof setImmediate;
}
console.log(`[stall] STALL_MS=${STALL_MS} STALL_EVERY_MS=${EVERY_MS} STALL_CHANCE=${CHANCE} STALL_SEED=${process.env.STALL_SEED ?? 1}`);
