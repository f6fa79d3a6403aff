/**
 * Sentence bounds around a quote, aware of abbreviations and initials ("Sen. Ted Cruz", "J. Smith"),
 * so an attribution search never crosses into the neighbouring sentence.
 */
import { ABBREV } from './tokens';

/** Whether the . ! ? at text[i] ends a sentence: a period after an abbreviation or an initial does not. */
export function isSentenceEnd(text: string, i: number): boolean {
  // text[i] is one of . ! ? — a sentence ends unless it is an abbreviation or an initial.
  if (text[i] !== '.') return true;
  let j = i - 1;
  while (j >= 0 && /[\p{L}.]/u.test(text[j]!)) j--;
  const w = text.slice(j + 1, i).toLowerCase();
  if (ABBREV.has(w) || /^\p{L}$/u.test(w)) return false;
  return true;
}

/** Start of the sentence holding `pos`, not before `floor`. */
export function sentenceStart(text: string, pos: number, floor: number): number {
  const lim = Math.max(floor, pos - 600);
  for (let i = pos - 1; i > lim; i--) {
    const c = text[i]!;
    if ((c === ' ' || c === '\u00a0') && i > lim) {
      let k = i - 1;
      while (k > lim && /[”’"»)\]]/u.test(text[k]!)) k--;
      const p = text[k]!;
      if ((p === '.' || p === '!' || p === '?') && isSentenceEnd(text, k) && /[\p{Lu}\p{N}“"‘«„(]/u.test(text[i + 1] ?? '')) return i + 1;
    }
  }
  return lim;
}

/** End of the sentence holding `pos`, not after `ceil`. */
export function sentenceEnd(text: string, pos: number, ceil: number): number {
  const lim = Math.min(ceil, pos + 400);
  for (let i = pos; i < lim; i++) {
    const c = text[i]!;
    if ((c === '.' || c === '!' || c === '?') && isSentenceEnd(text, i)) {
      const next = text[i + 1];
      if (next === ')') continue;
      if (next === undefined || /\s/u.test(next) || /[”’"»]/u.test(next)) return i + 1;
    }
  }
  return lim;
}
