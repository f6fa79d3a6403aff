/**
 * Feed dates to ISO 8601 with the zone the feed stated. RSS uses RFC 822 ("Tue, 05 Apr 2022 14:02:00
 * +0100", named US zones, two-digit years, no seconds), Atom and dc:date use W3CDTF, and real feeds
 * write many other shapes (Portuguese day and month names, "Sat, Dec 16 2023 02:02:33 PM",
 * "2020/1/10 14:33:00"). The stated offset is kept, because an item published at 23:30 in New York
 * is dated that day there; a stamp with no zone stays zone-less rather than being guessed into UTC.
 * A date that cannot be read is null, never a guess.
 */
import { normaliseIsoDate } from '../article/dates';

/** Month names and abbreviations of the languages feeds in the set are written in (en, pt, es, fr, de, it, nl, sv). */
const MONTHS: Record<string, number> = {};
for (const [n, names] of [
  [1, 'jan january janeiro enero janvier januar gennaio januari janv'],
  [2, 'feb february fev fevereiro febrero fevrier février februar febbraio februari fév févr'],
  [3, 'mar march marco março marzo mars märz maerz maart mrt'],
  [4, 'apr april abr abril avril aprile avr'],
  [5, 'may mai maio mayo maggio mei maj mag'],
  [6, 'jun june junho junio juin juni giugno giu'],
  [7, 'jul july julho julio juillet juli luglio juil lug'],
  [8, 'aug august ago agosto aout août augustus augusti'],
  [9, 'sep sept september set setembro septiembre septembre settembre'],
  [10, 'oct october out outubro octubre octobre oktober ottobre okt ott'],
  [11, 'nov november novembro noviembre novembre'],
  [12, 'dec december dez dezembro dic diciembre decembre décembre dezember dicembre'],
] as const) {
  for (const name of names.split(' ')) MONTHS[name] = n;
}

/** Zone names RFC 822 defines, and the few others feeds use that mean one offset only. */
const ZONES: Record<string, string> = {
  gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  cet: '+01:00', cest: '+02:00', met: '+01:00', mest: '+02:00', bst: '+01:00', eet: '+02:00', eest: '+03:00',
  msk: '+03:00', jst: '+09:00',
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** "Sat, Dec 16 2023 02:02:33 PM", "Tue, 05 Apr 2022 06:27 EDT", "Friday, January 29, 2021 04:42 PM". */
const NAMED =
  /^(?:[\p{L}]+\.?,?\s+)?(?:(\d{1,2})\.?\s+([\p{L}]{3,10})\.?|([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?),?\s+(\d{4}|\d{2})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap]\.?m\.?)?)?\s*(.*)$/iu;
/** "2020/1/10 14:33:00", "2020/01/10". */
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.*)$/u;

/** A zone as stated after the time ("+0100", "-03:00", "EST", "GMT+2"), or undefined if there is none we can read. */
function zone(s: string): string | null | undefined {
  const t = s.trim().replace(/^\(|\)$/gu, '');
  if (!t) return null;
  const num = /^(?:(?:gmt|utc)\s*)?([+-])(\d{1,2}):?(\d{2})?$/iu.exec(t);
  if (num) {
    const h = Number(num[2]);
    const m = Number(num[3] ?? 0);
    if (h > 14 || m > 59) return undefined;
    if (h === 0 && m === 0) return '+00:00';
    return `${num[1]}${pad(h)}:${pad(m)}`;
  }
  return ZONES[t.toLowerCase()];
}

function build(y: number, mo: number, d: number, hh: number | null, mi: number, ss: number, tz: string | null): string | null {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCMonth() !== mo - 1) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (hh === null) return date;
  if (hh > 23 || mi > 59 || ss > 60) return null;
  return `${date}T${pad(hh)}:${pad(mi)}:${pad(ss)}${tz ?? ''}`;
}

/** An ISO stamp from the article helper, with a fraction cut to milliseconds so Date.parse reads it anywhere. */
function iso(s: string): string | null {
  const out = normaliseIsoDate(s);
  if (!out) return null;
  // The helper reads a leading ISO stamp; anything after it but a zone means it was not one.
  const rest = s.trim().replace(/^\d{4}-\d{2}-\d{2}(?:[T\s][\d:.]+)?\s*(?:Z|[+-]\d{2}:?\d{2})?/u, '');
  if (rest.trim()) return null;
  return out.replace(/(\.\d{3})\d+/u, '$1');
}

/**
 * A feed's date string to ISO 8601 keeping its stated zone ("2022-04-05T14:02:00+01:00"; "Z" for
 * GMT / UTC), zone-less when the feed states none, or null when it cannot be read.
 */
export function feedDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().replace(/\s+/gu, ' ');
  if (!s || s.length > 100) return null;
  if (/^\d{4}-\d{2}-\d{2}/u.test(s)) {
    const withZone = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)\s+([+-]\d{2}:?\d{2})$/u.exec(s);
    return iso(withZone ? `${withZone[1]}${withZone[2]}` : s);
  }
  let m = SLASHED.exec(s);
  if (m) {
    const tz = zone(m[7]!);
    if (tz === undefined) return null;
    const hh = m[4] === undefined ? null : Number(m[4]);
    return build(Number(m[1]), Number(m[2]), Number(m[3]), hh, Number(m[5] ?? 0), Number(m[6] ?? 0), tz);
  }
  m = NAMED.exec(s);
  if (!m) return null;
  const month = MONTHS[(m[2] ?? m[3])!.toLowerCase()];
  if (!month) return null;
  const day = Number(m[1] ?? m[4]);
  let year = Number(m[5]);
  if (m[5]!.length === 2) year += year < 50 ? 2000 : 1900;
  let hh = m[6] === undefined ? null : Number(m[6]);
  const ampm = m[9]?.toLowerCase().replace(/\./gu, '');
  if (hh !== null && ampm) {
    if (hh < 1 || hh > 12) return null;
    hh = (hh % 12) + (ampm === 'pm' ? 12 : 0);
  }
  const tz = hh === null ? (m[10] ? undefined : null) : zone(m[10]!);
  if (tz === undefined) return null;
  return build(year, month, day, hh, Number(m[7] ?? 0), Number(m[8] ?? 0), tz);
}
