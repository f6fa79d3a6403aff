/**
 * How the options page words a followed feed's numbers: when it was fetched and will be next, how
 * often, and how much storage the corpus takes. Pure functions of their inputs (the clock is passed
 * in), so the page and its tests say the same thing. Words, numbers and times are the reader's
 * (`i18n`, English as en-GB writes it by default).
 */
import { english, type I18n } from '../i18n/translate';

/** The schedules a reader can pick for a feed, in minutes between fetches (30 is the background's default). */
export const INTERVAL_CHOICES = [15, 30, 60, 180, 360, 720, 1440] as const;

/** 15 → "15 min", 60 → "1 h", 1440 → "24 h"; any other whole number of minutes still reads. */
export function intervalLabel(minutes: number, i18n: I18n = english): string {
  if (minutes < 60 || minutes % 60 !== 0) return i18n.t('feeds_every_minutes', { count: minutes });
  return i18n.t('feeds_every_hours', { count: minutes / 60 });
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * Epoch ms as "3 minutes ago" / "in 2 hours", relative to `now`: how recent a fetch was matters
 * more to a reader than its clock time (which `absoluteTime` gives for a tooltip). Under a minute
 * is "just now" in the past and "in under a minute" ahead.
 */
export function relativeTime(at: number, now: number, i18n: I18n = english): string {
  const diff = at - now;
  for (const [unit, ms] of STEPS) {
    if (Math.abs(diff) >= ms) return new Intl.RelativeTimeFormat(i18n.locale, { numeric: 'auto' }).format(Math.round(diff / ms), unit);
  }
  return diff < 0 ? i18n.t('feeds_just_now') : i18n.t('feeds_under_a_minute');
}

/** Epoch ms as "24 Mar 2022, 14:05" (en-GB; "24.03.2022, 14:05" in de) in the reader's time zone. */
export function absoluteTime(at: number, i18n: I18n = english): string {
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/**
 * When the next fetch will be, as a reader reads it: while a fetch runs, "now"; a time already past
 * (the worker slept through it, or the alarm is about to fire) is "due now", never "5 minutes ago".
 */
export function nextFetchLabel(nextFetchAt: number, now: number, fetching: boolean, i18n: I18n = english): string {
  if (fetching) return i18n.t('feeds_now');
  return nextFetchAt <= now ? i18n.t('feeds_due_now') : relativeTime(nextFetchAt, now, i18n);
}

const UNITS: [string, number][] = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
];

/**
 * Bytes as "12.3 MB" or "2.1 GB" (decimal units, as the import limit is stated): the largest unit
 * the value reaches once rounded, so 999,999 bytes read "1 MB", not "1,000 kB".
 */
export function formatBytes(bytes: number, i18n: I18n = english): string {
  const i = UNITS.findIndex(([, s]) => Math.round(bytes / s * 10) / 10 >= 1);
  const [unit, size] = UNITS[i === -1 ? UNITS.length - 1 : i]!;
  const value = bytes / size;
  return new Intl.NumberFormat(i18n.locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 100 ? 1 : 0 }).format(value);
}

/** "Storage used: 12.3 MB of 2.1 GB available to Crossread.", or null when the browser does not say. */
export function storageLine(storage: { usage: number | null; quota: number | null }, i18n: I18n = english): string | null {
  if (storage.usage === null) return null;
  const used = formatBytes(storage.usage, i18n);
  return storage.quota !== null ? i18n.t('feeds_storage_of', { used, quota: formatBytes(storage.quota, i18n) }) : i18n.t('feeds_storage', { used });
}

/**
 * A site address fit for a link: http or https only. A feed or an OPML file names the site, so a
 * `javascript:` or `data:` address from one is shown as text, never made clickable.
 */
export function linkableUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The host a site URL names, to show beside a feed without its scheme and path; the URL itself if it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
