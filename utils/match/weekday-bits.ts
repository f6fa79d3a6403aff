/**
 * Weekdays as bits 1..7 of a number (Monday 1 … Sunday 7, ISO): the index keeps the weekdays a lead
 * names as one small mask per article, so the `dayClash` contradiction is two AND operations.
 */

/** Weekday keys of the features ("w1".."w7") as bits 1..7. */
export function weekdayBits(keys: readonly string[]): number {
  let mask = 0;
  for (const k of keys) if (/^w[1-7]$/.test(k)) mask |= 1 << Number(k.slice(1));
  return mask;
}

/** The weekdays within one day of any in `mask` (Sunday and Monday are neighbours). */
export function nearWeekdayBits(mask: number): number {
  let out = 0;
  for (let d = 1; d <= 7; d++) if (mask & (1 << d)) out |= (1 << d) | (1 << (d === 1 ? 7 : d - 1)) | (1 << (d === 7 ? 1 : d + 1));
  return out;
}

/** The ISO weekday numbers ("1" Monday … "7" Sunday) of a mask, for the reasons. */
export function weekdaysOf(mask: number): string[] {
  const out: string[] = [];
  for (let d = 1; d <= 7; d++) if (mask & (1 << d)) out.push(String(d));
  return out;
}
