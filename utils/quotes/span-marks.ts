/**
 * Where an article's quotation marks fall relative to a reported clause: inside a quote (a cue in
 * the speaker's own words), wholly inside (a direct quote), partly (mixed), or a quote introduced by
 * the clause's last words ("…, saying, “…”"). Spans are sorted, so each question is a binary search.
 */
import type { QuoteSpan } from './quote-marks';

/** Index of the first span that closes after `at`. */
function firstClosingAfter(spans: QuoteSpan[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.closeEnd <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether text[at] lies between a quote's marks. */
export function insideQuote(spans: QuoteSpan[], at: number): boolean {
  const q = spans[firstClosingAfter(spans, at)];
  return !!q && q.openAt <= at;
}

/** Whether text[s, e) lies inside one quote's marks: a quoted sentence holds no report of the article's. */
export function withinOneQuote(spans: QuoteSpan[], s: number, e: number): boolean {
  const q = spans[firstClosingAfter(spans, s)];
  return !!q && q.openAt <= s && q.closeEnd >= e;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsIn(text: string, a: number, b: number): number {
  if (b <= a) return 0;
  return text.slice(a, b).match(WORD)?.length ?? 0;
}

/** Words of text[s, e) outside the quotation spans, and whether any quotation lies in it. */
export function outsideMarks(text: string, spans: QuoteSpan[], s: number, e: number): { words: number; quoted: boolean } {
  let words = 0;
  let quoted = false;
  let at = s;
  for (let k = firstClosingAfter(spans, s); k < spans.length && spans[k]!.openAt < e; k++) {
    const q = spans[k]!;
    quoted = true;
    words += wordsIn(text, at, Math.max(at, q.openAt));
    at = Math.max(at, q.closeEnd);
  }
  return { words: words + wordsIn(text, at, e), quoted };
}

/** "…, saying, “…”" / "added warily: “…”": words before a quote that end in a comma or colon introduce it. */
export function introducesQuote(text: string, spans: QuoteSpan[], s: number, e: number): boolean {
  const k = firstClosingAfter(spans, s);
  const q = spans[k];
  if (!q || q.openAt < s || q.openAt >= e || outsideMarks(text, spans, q.closeEnd, e).words > 0) return false;
  return /[,:]\s*$/u.test(text.slice(s, q.openAt));
}
