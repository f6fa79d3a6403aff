/**
 * Display helpers shared by the extension pages: dates people can read, links to the reader.
 */

/** "2022-03-24" → "24 Mar 2022"; date-times keep their time; unknown stays a dash-free empty string. */
export function formatDate(iso: string | null, inferred = false): string {
  if (!iso) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const text = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: dateOnly ? 'UTC' : undefined });
  return inferred ? `${text} (inferred)` : text;
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

/** An outlet's name, or an honest placeholder. */
export function outletName(source: string | null): string {
  return source ?? 'Unknown outlet';
}
