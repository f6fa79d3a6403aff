/**
 * Numbers and dates an article mentions, as comparable keys. Two reports of one event share its
 * figures ("7.1 magnitude", "$160 million", "March 24"); two events of the same kind rarely do.
 */
import type { Token } from './tokenize';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };

/**
 * Keys of the numbers in tokenised text: "y2022" for years, "d3-24" for a month and day, "n160"
 * for other numbers of two or more digits or with a decimal point (single digits are too common
 * to tell events apart), "w6" for a weekday (reports of one event name the day it happened).
 */
export function extractNumbers(sents: readonly Token[][]): string[] {
  const out: string[] = [];
  for (const s of sents) {
    const used = new Set<number>();
    for (let i = 0; i < s.length; i++) {
      if (used.has(i)) continue;
      const t = s[i]!;
      const weekday = WEEKDAYS[t.folded];
      if (weekday !== undefined && t.cap) {
        out.push(`w${weekday}`);
        continue;
      }
      const month = MONTHS[t.folded];
      if (month !== undefined && (t.cap || t.folded.length > 3)) {
        const next = s[i + 1];
        const prev = s[i - 1];
        const after = next && /^\d{1,2}$/.test(next.folded);
        const day = after ? Number(next.folded) : prev && /^\d{1,2}$/.test(prev.folded) ? Number(prev.folded) : 0;
        if (day >= 1 && day <= 31 && t.cap) {
          out.push(`d${month}-${day}`);
          if (after) used.add(i + 1);
        }
        continue;
      }
      if (!t.numeric) continue;
      const plain = t.folded.replace(/,/g, '').replace(/\.$/, '');
      if (/^(?:1[89]|20)\d\d$/.test(plain)) out.push(`y${plain}`);
      else if (plain.length >= 2 || plain.includes('.')) out.push(`n${plain.replace(/^0+(?=\d)/, '')}`);
    }
  }
  return out;
}

/** Words looked at after a number for its unit ("4.6 magnitude", "12 people"). */
const UNIT_WINDOW = 2;

/**
 * Quantities as "unit=value" keys ("magnitud=4.6", "peopl=12", "mile=26"): a number of two or more
 * digits or with a decimal point, with the stem of the first content word within UNIT_WINDOW words
 * after it (looking before it as well measured no better on the dev data and pairs more numbers
 * with words that are not their unit). Two reports of one event agree on its figures; two
 * events of one kind ("a 4.4 quake" / "a 4.6 quake") give the same unit different values, which
 * a plain number set cannot tell from "no shared number". Years and single digits are left out
 * (years have their own keys; single digits are too common).
 */
export function extractQuantities(sents: readonly Token[][], unitKey: (folded: string) => string | null): string[] {
  const out = new Set<string>();
  for (const s of sents) {
    for (let i = 0; i < s.length; i++) {
      const t = s[i]!;
      if (!t.numeric) continue;
      const plain = t.folded.replace(/,/g, '').replace(/\.$/, '').replace(/^0+(?=\d)/, '');
      if (/^(?:1[89]|20)\d\d$/.test(plain) || (plain.length < 2 && !plain.includes('.'))) continue;
      const unit = unitNear(s, i, 1, unitKey);
      if (unit) out.add(`${unit}=${plain}`);
    }
  }
  return [...out];
}

function unitNear(s: readonly Token[], i: number, dir: 1, unitKey: (folded: string) => string | null): string | null {
  for (let j = i + dir, seen = 0; j >= 0 && j < s.length && seen < UNIT_WINDOW; j += dir, seen++) {
    const t = s[j]!;
    if (t.numeric) return null;
    if (WEEKDAYS[t.folded] !== undefined || MONTHS[t.folded] !== undefined) return null;
    const k = unitKey(t.folded);
    if (k) return k;
  }
  return null;
}
