/**
 * Display helpers shared by the extension pages: dates people can read, links to the reader.
 */
import type { Contradiction } from '../types';

/** "2022-03-24" → "24 Mar 2022"; date-times keep their time; unknown stays a dash-free empty string. */
export function formatDate(iso: string | null, inferred = false): string {
  if (!iso) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const text = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: dateOnly ? 'UTC' : undefined });
  return inferred ? `${text} (inferred)` : text;
}

/**
 * A publication time short, as the reader's locale writes it: "10 Mar 14:02" in en-GB, "Mar 10
 * 2:02 PM" in en-US; the year only when it is not the current one; a bare date without a time. A
 * date-time with its zone is shown in the reader's zone (`timeZone`, default theirs); one without a
 * zone, and a bare date, as the article wrote them. `locale` and `timeZone` are for tests.
 */
export function formatWhen(iso: string | null, opts: { locale?: string; timeZone?: string; now?: number } = {}): string {
  if (!iso) return '';
  const s = iso.trim();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(s);
  const zoned = !dateOnly && /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(s);
  const d = new Date(dateOnly ? `${s}T12:00:00Z` : zoned ? s : `${s}Z`);
  if (Number.isNaN(d.getTime())) return s;
  const timeZone = zoned ? opts.timeZone : 'UTC';
  const year = (t: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(t);
  const thisYear = year(d) === year(new Date(opts.now ?? Date.now()));
  const day = new Intl.DateTimeFormat(opts.locale, { day: 'numeric', month: 'short', year: thisYear ? undefined : 'numeric', timeZone }).format(d);
  return dateOnly ? day : `${day} ${new Intl.DateTimeFormat(opts.locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(d)}`;
}

/** The reader page for a corpus article, relative to any extension page. */
export function readerHref(id: string): string {
  return `/reader.html?id=${encodeURIComponent(id)}`;
}

/** "3 days apart", "same day", or "" when a date is unknown. */
export function daysApart(days: number | null): string {
  if (days === null) return '';
  const d = Math.round(Math.abs(days));
  if (d === 0) return 'same day';
  return d === 1 ? '1 day apart' : `${d} days apart`;
}

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "2022-08-03" → "3 Aug": a stated event day, short (the year shows only when the two differ in it). */
function shortDay(iso: string, withYear: boolean): string {
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' });
}

/**
 * A contradiction as the side panel says it: "different dates: 3 Aug vs 14 Sep", "different
 * years: 2019 vs 2021", "different days: Thursday vs Monday", "different figures: 12 vs 3 (people)".
 */
export function describeContradiction(c: Contradiction): string {
  const both = (f: (v: string) => string): string => `${c.query.map(f).join(', ')} vs ${c.match.map(f).join(', ')}`;
  switch (c.kind) {
    case 'event-days': {
      const years = new Set([...c.query, ...c.match].map((d) => d.slice(0, 4)));
      return `different dates: ${both((d) => shortDay(d, years.size > 1))}`;
    }
    case 'years':
      return `different years: ${both((y) => y)}`;
    case 'weekdays':
      return `different days: ${both((d) => WEEKDAY_NAMES[Number(d)] ?? d)}`;
    case 'quantity': {
      const unit = (c.match[0] ?? c.query[0] ?? '').split(' ').slice(1).join(' ');
      return `different figures: ${both((v) => v.split(' ')[0]!)}${unit ? ` (${unit})` : ''}`;
    }
  }
}

/** "both on 24 Mar" when the two state event days within a day of each other, else "". */
export function sameEventDay(eventDays: [string, string] | null | undefined): string {
  if (!eventDays) return '';
  const [a, b] = eventDays.map((d) => Date.parse(`${d}T12:00:00Z`));
  return Math.abs(a! - b!) <= 86_400_000 ? `both on ${shortDay(eventDays[1], false)}` : '';
}

/** An outlet's name, or an honest placeholder. */
export function outletName(source: string | null): string {
  return source ?? 'Unknown outlet';
}

/**
 * The side panel's first line on a page that is not an article: the detector's summary in a
 * sentence ("This page looks like a list of 42 headlines, so Crossread did not read it."), so the
 * reader sees *what* we took the page for, not only that we declined it; the plain sentence when
 * there is no summary.
 */
export function notArticleLine(summary: string | null | undefined): string {
  const s = (summary ?? '').trim().replace(/[.\s]+$/u, '');
  return s ? `This page looks like ${s}, so Crossread did not read it.` : 'This page does not look like a news article, so Crossread did not read it.';
}
