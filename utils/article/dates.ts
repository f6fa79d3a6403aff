/**
 * Date reading for article metadata. Pages and scrapes state dates in many shapes; the product stores
 * ISO 8601 and must keep a stated time zone (an article published at 23:30 in New York is the next
 * day in UTC). Nothing here guesses a missing year: a date without one is not a date we can store.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/u;

/**
 * Normalise an ISO-like stamp ("2021-11-01T10:52:50+0100", "2017-11-03 03:01:00.000000") to ISO 8601,
 * keeping the stated offset (written "+01:00") and keeping a zone-less stamp zone-less.
 */
export function normaliseIsoDate(s: string): string | null {
  const m = ISO_LIKE.exec(s.trim());
  if (!m) return null;
  const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date) return null;
  if (m[4] === undefined) return date;
  let out = `${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] ?? ''}`;
  if (m[8]) out += m[8] === 'Z' ? 'Z' : m[8].length === 5 ? `${m[8].slice(0, 3)}:${m[8].slice(3)}` : m[8];
  return out;
}

const MONTH_FIRST = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/u;

/**
 * Read a date stated in prose or a dateline ("March 24, 2022 10:15 a.m. ET", "24 Mar 2022",
 * "2022-03-24T10:15:00-04:00"). Returns ISO 8601, or null when no full date (with its year) is there.
 */
export function parseLooseDate(s: string): string | null {
  const iso = normaliseIsoDate(s);
  if (iso) return iso;
  let m = MONTH_FIRST.exec(s);
  if (m) {
    const mo = MONTHS[m[1]!.toLowerCase()];
    if (mo) return ymd(Number(m[3]), mo, Number(m[2]));
  }
  m = DAY_FIRST.exec(s);
  if (m) {
    const mo = MONTHS[m[2]!.toLowerCase()];
    if (mo) return ymd(Number(m[3]), mo, Number(m[1]));
  }
  return null;
}

/**
 * A metadata date value of any shape to ISO 8601: ISO-like kept with its zone, prose dates read,
 * and RFC 2822 stamps ("Thu, 24 Mar 2022 10:00:00 GMT") converted to the same instant in UTC.
 */
export function toIsoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  if (!t) return null;
  const loose = parseLooseDate(t);
  if (loose && /\d{1,2}:\d{2}/u.test(t) && !ISO_LIKE.test(t)) {
    const ms = Date.parse(t);
    if (!Number.isNaN(ms) && /(?:GMT|UTC|[+-]\d{4})\b/u.test(t)) return new Date(ms).toISOString();
  }
  return loose;
}
