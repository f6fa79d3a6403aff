/**
 * One pass over an article's words with what later stages need to know about each: its folded
 * form, whether it is capitalised, whether it opens a sentence (where capitals say nothing about
 * names), and whether it is a number. Built on Intl.Segmenter through ./segment.
 */
import { sentences, words } from './segment';
import { coreWord, fold } from './normalize';
import { isStopword } from './stopwords';
import { stem } from './stem';

/** A word of the text with the facts name, term and number detection look at. */
export interface Token {
  surface: string;
  /** Folded (lower case, no accents), possessive dropped. */
  folded: string;
  start: number;
  end: number;
  /** First word of a sentence or of a quotation: a capital there is no evidence of a name. */
  initial: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Digits (with , or . inside), e.g. "1,200", "3.5", "2022". */
  numeric: boolean;
}

const OPENERS = /[“"‘'([:—–-]\s*$/u;
const UPPER = /^\p{Lu}/u;
const NUMERIC = /^\d[\d,.]*$/u;

/**
 * A Title Case sentence (a headline repeated in the body): at least three quarters of its content
 * words after the first are capitalised, and one of them is a word the text also writes in lower
 * case ("Checks Into Rehab" vs "checked into rehab"). Its capitals are no evidence of names. The
 * second test keeps name-dense news sentences ("Mr. Biden met Vladimir V. Putin in Geneva").
 */
function isHeadline(toks: readonly Token[], lang: string, lower: ReadonlySet<string>): boolean {
  let content = 0;
  let caps = 0;
  let lowerElsewhere = false;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.numeric || isStopword(t.folded, lang)) continue;
    content++;
    if (t.cap) {
      caps++;
      if (lower.has(stem(t.folded, lang))) lowerElsewhere = true;
    }
  }
  return content >= 3 && caps >= 0.75 * content && lowerElsewhere;
}

/** Sentences of tokens. `allInitial` marks every word initial (for titles, which are Title Case). */
export function tokenize(text: string, lang = 'en', allInitial = false): Token[][] {
  const out: Token[][] = [];
  for (const s of sentences(text, lang)) {
    const toks: Token[] = [];
    let prevEnd = 0;
    for (const w of words(s.text, lang)) {
      const gap = s.text.slice(prevEnd, w.start);
      const [surface, offset] = coreWord(w.text, lang);
      toks.push({
        surface,
        folded: fold(surface),
        start: s.start + w.start + offset,
        end: s.start + w.start + offset + surface.length,
        initial: allInitial || toks.length === 0 || (OPENERS.test(gap) && !/^\s*-\s*$/u.test(gap)),
        cap: UPPER.test(surface),
        numeric: NUMERIC.test(surface),
      });
      prevEnd = w.end;
    }
    if (toks.length) out.push(toks);
  }
  if (!allInitial) {
    const lower = new Set<string>();
    for (const s of out) for (const t of s) if (!t.cap && !t.numeric) lower.add(stem(t.folded, lang));
    for (const s of out) if (isHeadline(s, lang, lower)) for (const t of s) t.initial = true;
  }
  return out;
}
