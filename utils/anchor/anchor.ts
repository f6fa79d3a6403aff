/**
 * Finding a stored highlight again in a page's visible text, the way the W3C Web Annotation model
 * intends: trust the position while the text there is unchanged, else look for the quote (picking
 * among repeats by prefix/suffix), else accept a close approximate match; when nothing is close
 * enough the caller shows the highlight as orphaned instead of dropping it.
 */
import search from 'approx-string-match';
import type { Selectors, TextQuoteSelector } from './selectors';
import { contextScore } from './similarity';

/** Where a highlight now is; `exact` is false when the text there differs from the stored quote. */
export interface Anchored {
  start: number;
  end: number;
  exact: boolean;
}

/** Largest share of the quote's length that may differ (insertions, deletions, substitutions). */
export const ERROR_RATE = 0.2;
/** Characters searched on each side of the old position before widening to the whole text. */
const WINDOW = 32_768;
/** Upper bound on (error blocks × text length) for a whole-text approximate search. */
const FULL_SCAN_COST = 8_000_000;
/** Quotes longer than this are not matched approximately (cost grows with quote length squared). */
export const MAX_FUZZY_QUOTE = 10_000;
/** Share of a candidate's score from agreeing with the quote; the rest is its prefix/suffix. */
const QUOTE_WEIGHT = 0.5;
/**
 * Least score an approximate match needs: with the most errors allowed (quote agreement 0.8) the
 * context must agree at 0.6. Set on news text: a removed highlight's look-alikes elsewhere score
 * about 0.2-0.4 on context, an edited highlight in place about 0.95.
 */
export const MIN_FUZZY_SCORE = 0.7;
/** Text length searched per call of the matcher (see approximate). */
const CHUNK = 4096;
/** Most candidates scored against the context (the ones nearest the old position). */
const MAX_CANDIDATES = 1000;

/** Whitespace as pages vary it: spaces, line breaks, no-break and zero-width spaces, soft hyphens. */
const SPACE = '[\\s\\u00ad\\u200b-\\u200d\\u2060\\ufeff]';
const SPACE_RUN = new RegExp(`${SPACE}+`, 'u');
const SPACE_RUNS = new RegExp(`${SPACE}+`, 'gu');

interface Candidate {
  start: number;
  end: number;
  /** Edits between the quote and the text here (0 for exact and whitespace-only matches). */
  errors: number;
}

/**
 * Re-anchors a highlight in `text` (the page's visible text, built the same way as when the
 * highlight was described). Returns null when the highlight is orphaned. Steps, first that works:
 * position still holds; single exact occurrence, or the one of several whose context agrees best
 * (nearest the old position on ties); the quote with whitespace differences; a bounded approximate
 * match with at most 20% of the quote's length in errors whose score (half quote agreement,
 * half prefix/suffix agreement) reaches MIN_FUZZY_SCORE (`exact: false` for the last two).
 * An empty quote anchors at its old position clamped into the text.
 */
export function anchor(text: string, sel: Selectors): Anchored | null {
  const { exact } = sel.quote;
  const { start, end } = sel.position;
  const positionValid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
  if (positionValid && text.slice(start, end) === exact) return { start, end, exact: true };

  const expected = Number.isFinite(start) ? Math.min(Math.max(Math.trunc(start), 0), text.length) : 0;
  if (exact === '') return { start: expected, end: expected, exact: true };

  const occurrences = exactOccurrences(text, exact);
  if (occurrences.length === 1) return { ...range(occurrences[0] as Candidate), exact: true };
  if (occurrences.length > 1) return { ...range(best(text, occurrences, sel.quote, expected).c), exact: true };

  const spaced = whitespaceOccurrences(text, exact);
  if (spaced.length) return { ...range(best(text, spaced, sel.quote, expected).c), exact: false };

  const fuzzy = approximate(text, sel.quote, expected);
  return fuzzy ? { ...range(fuzzy), exact: false } : null;
}

function range(c: Candidate): { start: number; end: number } {
  return { start: c.start, end: c.end };
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) out.push({ start: i, end: i + exact.length, errors: 0 });
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The quote's words in order with any run of whitespace between them: reflowed or re-spaced text. */
function whitespaceOccurrences(text: string, exact: string): Candidate[] {
  const words = exact.split(SPACE_RUN).filter(Boolean);
  if (!words.length) return [];
  const re = new RegExp(words.map(escapeRegExp).join(`${SPACE}+`), 'gu');
  const out: Candidate[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, errors: 0 });
  return out;
}

/** A stretch of text with whitespace runs collapsed to one space, and where each char came from. */
interface Collapsed {
  text: string;
  origin: Int32Array;
}

function collapse(text: string, lo: number, hi: number): Collapsed {
  const origin = new Int32Array(hi - lo);
  const parts: string[] = [];
  let n = 0;
  let copied = lo; // text[lo, copied) is already in parts
  let i = lo;
  while (i < hi) {
    if (!isSpace(text.charCodeAt(i))) {
      origin[n++] = i++;
      continue;
    }
    let j = i + 1;
    while (j < hi && isSpace(text.charCodeAt(j))) j++;
    origin[n++] = i;
    if (j - i > 1 || text.charCodeAt(i) !== 32) {
      parts.push(text.slice(copied, i), ' ');
      copied = j;
    }
    i = j;
  }
  parts.push(text.slice(copied, hi));
  return { text: parts.join(''), origin: origin.subarray(0, n) };
}

/** Same set as SPACE, by code unit: a regex per character would dominate on megabyte pages. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

/**
 * The best approximate match good enough to accept: near the old position first, then in the
 * whole text when that is cheap (the page may have grown a lot above the highlight). The text is
 * searched in chunks because the matcher keeps only the fewest-error matches of what it is given:
 * a near-copy of the sentence elsewhere (another outlet's wording) must not hide the edited
 * highlight itself, whose context then decides.
 */
function approximate(text: string, quote: TextQuoteSelector, expected: number): Candidate | null {
  const pattern = quote.exact.replace(SPACE_RUNS, ' ');
  const budget = Math.floor(pattern.length * ERROR_RATE);
  if (budget < 1 || pattern.length > MAX_FUZZY_QUOTE) return null;
  const reach = WINDOW + 2 * pattern.length;
  const lo = Math.max(0, expected - reach);
  const hi = Math.min(text.length, expected + pattern.length + reach);
  const accept = (cands: Candidate[]): Candidate | null => {
    if (!cands.length) return null;
    const chosen = best(text, cands, quote, expected);
    return chosen.score >= MIN_FUZZY_SCORE ? chosen.c : null;
  };
  // The few characters around the old position on their own too: a page edited only near the
  // highlight keeps it there, even when a closer copy of the text sits in the same chunk.
  const local = searchIn(text, Math.max(0, expected - 2 * pattern.length), Math.min(text.length, expected + 3 * pattern.length), pattern, budget);
  const near = accept([...local, ...searchIn(text, lo, hi, pattern, budget)]);
  if (near || (lo === 0 && hi === text.length)) return near;
  if (Math.ceil(budget / 32) * text.length > FULL_SCAN_COST) return null;
  return accept(searchIn(text, 0, text.length, pattern, budget));
}

function searchIn(text: string, lo: number, hi: number, pattern: string, budget: number): Candidate[] {
  const window = collapse(text, lo, hi);
  const chunk = Math.max(CHUNK, 4 * pattern.length);
  const overlap = pattern.length + budget;
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (let c = 0; c < window.text.length; c += chunk) {
    const piece = window.text.slice(c, c + chunk + overlap);
    for (const m of search(piece, pattern, budget)) {
      if (m.end <= m.start) continue;
      const start = window.origin[c + m.start] as number;
      const end = (window.origin[c + m.end - 1] as number) + 1;
      const key = `${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ start, end, errors: m.errors });
    }
    if (c + chunk + overlap >= window.text.length) break;
  }
  return out;
}

/**
 * The candidate that best agrees with the quote (fewest errors) and its context together, nearest
 * the old position on ties; `score` in [0, 1] is what the acceptance threshold is compared with.
 */
function best(text: string, cands: Candidate[], sel: TextQuoteSelector, expected: number): { c: Candidate; score: number } {
  const pool = cands.length > MAX_CANDIDATES
    ? [...cands].sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected)).slice(0, MAX_CANDIDATES)
    : cands;
  const m = Math.max(1, sel.exact.length);
  let top = pool[0] as Candidate;
  let topScore = -1;
  for (const c of pool) {
    const quote = 1 - c.errors / m;
    const score = QUOTE_WEIGHT * quote + (1 - QUOTE_WEIGHT) * contextScore(text, c.start, c.end, sel.prefix, sel.suffix);
    const better = score > topScore + 1e-9
      || (Math.abs(score - topScore) <= 1e-9 && Math.abs(c.start - expected) < Math.abs(top.start - expected));
    if (better) {
      top = c;
      topScore = score;
    }
  }
  return { c: top, score: topScore };
}
