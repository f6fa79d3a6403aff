/**
 * Which outlet carried a statement first. Publication times are as precise as the articles say:
 * a date-time with its zone is one instant; a bare date ("2022-03-24") or a date-time without a
 * zone could be any hour in any zone, so it is the whole span it may mean. One version is earlier
 * than another only when its span ends before the other's begins: a dated report is never taken
 * for earlier than a timed one of the same day, and an unknown time is never earlier than anything.
 */

/** Epoch ms the publication may have happened in, [from, to); null when unknown or unreadable. */
export type Span = readonly [number, number];

const HOUR = 3_600_000;
/** Zones run from UTC-12 to UTC+14: a wall-clock time without its zone is this wide in UTC. */
const BEFORE_UTC = 14 * HOUR;
const AFTER_UTC = 12 * HOUR;
const ZONED = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The span an ISO 8601 publication date or date-time may mean, or null. */
export function publishedSpan(iso: string | null | undefined): Span | null {
  if (!iso) return null;
  const s = iso.trim();
  if (DATE_ONLY.test(s)) {
    const day = Date.parse(`${s}T00:00:00Z`);
    return Number.isNaN(day) ? null : [day - BEFORE_UTC, day + 24 * HOUR + AFTER_UTC];
  }
  if (ZONED.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : [t, t + 1];
  }
  const wall = Date.parse(`${s}Z`);
  return Number.isNaN(wall) ? null : [wall - BEFORE_UTC, wall + 1 + AFTER_UTC];
}

/** True when `a` certainly came before `b` (both known, `a`'s span over before `b`'s begins). */
export function before(a: Span | null, b: Span | null): boolean {
  return !!a && !!b && a[1] <= b[0];
}

/**
 * The index of the version carried first, or null when no time is known. Among the versions no
 * other certainly precedes, the outlet whose name sorts first wins (a tie is not a scoop), then
 * the earlier-starting span.
 */
export function firstIndex(spans: readonly (Span | null)[], names: readonly string[]): number | null {
  let end = Infinity;
  for (const s of spans) if (s && s[1] < end) end = s[1];
  let best: number | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // Not preceded: no span ends at or before this one's start (the one ending first is the test).
    if (!s || end <= s[0]) continue;
    if (best === null) {
      best = i;
      continue;
    }
    const byName = names[i]!.localeCompare(names[best]!, 'en');
    if (byName < 0 || (byName === 0 && s[0] < spans[best]![0])) best = i;
  }
  return best;
}
