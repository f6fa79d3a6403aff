/**
 * The content of a reported-speech frame: a clause cut from the sentence's tokens, trimmed of its
 * punctuation, long enough to say something; and the frame itself (source, cue, content parts).
 */
import type { Mention } from './mention';
import type { Tok } from './tokens';

/** A reported clause this short ("he said so") states nothing a reader can use. */
const MIN_CONTENT_WORDS = 2;

/** One attribution found in a sentence: its source, its cue tokens, and its content (one or two parts). */
export interface Frame {
  /** The source as written: a name, a description, a pronoun, or a relative pronoun ("who"). */
  mention: Mention;
  /** For a relative pronoun, the noun phrase it stands for ("Zelensky, who pleaded …"): the speaker is resolved from it. */
  refersTo?: Mention;
  cue: Tok[];
  parts: [number, number][];
}

const word = (t: Tok): boolean => /[\p{L}\p{N}]/u.test(t.t);
export const words = (toks: Tok[], a: number, b: number): number => toks.slice(a, b).filter(word).length;

/** The end of a content part at `e`, pulled back over spaces and punctuation (a closing mark of a quoted part kept). */
function trimEnd(text: string, from: number, e: number): number {
  while (e > from && /[\s.,;:!?”’"»)—–-]/u.test(text[e - 1]!)) e--;
  if (/[”"»]/u.test(text[e] ?? '') && /[“"«]/u.test(text.slice(from, e))) e++;
  return e;
}

/** Content from toks[i] to the sentence end. */
export function tail(text: string, toks: Tok[], i: number, end: number): [number, number] | null {
  while (i < toks.length && !word(toks[i]!)) i++;
  if (words(toks, i, toks.length) < MIN_CONTENT_WORDS) return null;
  return [toks[i]!.s, trimEnd(text, toks[i]!.s, end)];
}

/** Content from the sentence's first word to toks[c] (exclusive). */
export function head(text: string, toks: Tok[], c: number): [number, number] | null {
  const first = toks.findIndex(word);
  if (first < 0 || first >= c || words(toks, first, c) < MIN_CONTENT_WORDS) return null;
  return [toks[first]!.s, trimEnd(text, toks[first]!.s, toks[c]!.s)];
}
