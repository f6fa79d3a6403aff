/**
 * When a source is fetched next: its own interval after a success, and after failures an interval
 * that doubles with each failure in a row (capped at a day), so a broken feed is asked less and
 * less often but never forgotten.
 */
import { english, type I18n } from '../i18n/translate';

/** Minutes between fetches of a new source. */
export const DEFAULT_INTERVAL_MINUTES = 30;
/** The intervals a reader may choose, in minutes. */
export const INTERVAL_CHOICES = [15, 30, 60, 180, 360, 720, 1440] as const;
/** Longest wait after failures. */
export const MAX_BACKOFF_MINUTES = 24 * 60;

const MINUTE = 60_000;

/** Epoch ms of the next fetch after a fetch that ended at `now` with `failures` failures in a row (0 after a success). */
export function nextFetchAt(now: number, intervalMinutes: number, failures: number): number {
  const minutes = failures > 0 ? Math.min(intervalMinutes * 2 ** Math.min(failures, 16), MAX_BACKOFF_MINUTES) : intervalMinutes;
  return now + Math.max(intervalMinutes, minutes) * MINUTE;
}

/** Checks a reader's interval: one of the choices (refused in the reader's words). */
export function validInterval(v: unknown, i18n: I18n = english): number {
  if (typeof v !== 'number' || !(INTERVAL_CHOICES as readonly number[]).includes(v)) {
    throw new Error(i18n.t('feeds_interval_invalid', { choices: INTERVAL_CHOICES.join(', ') }));
  }
  return v;
}

/** The one alarm that wakes the background to fetch the feeds that are due. */
export const FEED_ALARM = 'crossread-feeds';
/** How often it fires: each source keeps its own interval, checked on every tick. */
export const FEED_ALARM_MINUTES = 5;
