/**
 * Display helpers shared by the extension pages: dates people can read, links to the reader. Every
 * sentence is the reader's language (`i18n`, English by default: the CLI and tests); dates and
 * weekdays are Intl's for its locale.
 */
import type { Contradiction } from '../types';
import { english, type I18n } from '../i18n/translate';

/** "2022-03-24" → "24 Mar 2022" (en-GB; "24. März 2022" in de); unknown stays an empty string. */
export function formatDate(iso: string | null, inferred = false, i18n: I18n = english): string {
  if (!iso) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const text = new Intl.DateTimeFormat(i18n.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: dateOnly ? 'UTC' : undefined }).format(d);
  return inferred ? i18n.t('date_inferred', { date: text }) : text;
}

/**
 * A publication time short, as the reader's locale writes it: "10 Mar 14:02" in en-GB, "Mar 10
 * 2:02 PM" in en-US; the year only when it is not the current one; a bare date without a time. A
 * date-time with its zone is shown in the reader's zone (`timeZone`, default theirs); one without a
 * zone, and a bare date, as the article wrote them. `locale` and `timeZone` are for tests.
 */
export function formatWhen(iso: string | null, opts: { locale?: string; timeZone?: string; now?: number } = {}): string {
  // The locale is the reader's (their i18n.locale); undefined is the runtime's default.
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
export function daysApart(days: number | null, i18n: I18n = english): string {
  if (days === null) return '';
  const d = Math.round(Math.abs(days));
  return d === 0 ? i18n.t('days_same') : i18n.plural('days_apart', d);
}

/** An ISO weekday ("1" Monday … "7" Sunday) by name in the reader's language. */
function weekdayName(iso: string, i18n: I18n): string {
  const n = Number(iso);
  if (!(n >= 1 && n <= 7)) return iso;
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(i18n.locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, n)));
}

/** "2022-08-03" → "3 Aug": a stated event day, short (the year shows only when the two differ in it). */
function shortDay(iso: string, withYear: boolean, i18n: I18n): string {
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.locale, { day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' }).format(d);
}

/**
 * A contradiction as the side panel says it: "different dates: 3 Aug vs 14 Sep", "different
 * years: 2019 vs 2021", "different days: Thursday vs Monday", "different figures: 12 vs 3 (people)".
 */
export function describeContradiction(c: Contradiction, i18n: I18n = english): string {
  const both = (f: (v: string) => string) => ({ query: c.query.map(f).join(', '), match: c.match.map(f).join(', ') });
  switch (c.kind) {
    case 'event-days': {
      const years = new Set([...c.query, ...c.match].map((d) => d.slice(0, 4)));
      return i18n.t('clash_dates', both((d) => shortDay(d, years.size > 1, i18n)));
    }
    case 'years':
      return i18n.t('clash_years', both((y) => y));
    case 'weekdays':
      return i18n.t('clash_weekdays', both((d) => weekdayName(d, i18n)));
    case 'quantity': {
      // The unit is the article's own word ("people"), shown as written.
      const unit = (c.match[0] ?? c.query[0] ?? '').split(' ').slice(1).join(' ');
      const values = both((v) => v.split(' ')[0]!);
      return unit ? i18n.t('clash_figures_unit', { ...values, unit }) : i18n.t('clash_figures', values);
    }
  }
}

/** "both on 24 Mar" when the two state event days within a day of each other, else "". */
export function sameEventDay(eventDays: [string, string] | null | undefined, i18n: I18n = english): string {
  if (!eventDays) return '';
  const [a, b] = eventDays.map((d) => Date.parse(`${d}T12:00:00Z`));
  return Math.abs(a! - b!) <= 86_400_000 ? i18n.t('event_same_day', { day: shortDay(eventDays[1], false, i18n) }) : '';
}

/** An outlet's name, or an honest placeholder. */
export function outletName(source: string | null, i18n: I18n = english): string {
  return source ?? i18n.t('outlet_unknown');
}

/**
 * The side panel's first line on a page that is not an article: the detector's summary in a
 * sentence ("This page looks like a list of 42 headlines, so Crossread did not read it."), so the
 * reader sees *what* we took the page for, not only that we declined it; the plain sentence when
 * there is no summary.
 */
export function notArticleLine(summary: string | null | undefined, i18n: I18n = english): string {
  const s = (summary ?? '').trim().replace(/[.\s]+$/u, '');
  return s ? i18n.t('not_article_looks_like', { summary: s }) : i18n.t('not_article');
}
