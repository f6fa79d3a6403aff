/**
 * The subject a sentence opens with, for quotes introduced by a participle or a colon
 * ("Trump told the crowd, adding, “…”", "McConnell had a message: “…”") where the verb is far away.
 */
import { BETWEEN_WORDS, DETERMINERS, PRONOUNS, SPEECH_VERBS } from './cues';
import { ADVERBIAL_START, SENTENCE_WORDS, splitCommas } from './noun-phrase';
import { isCapTok, npWord, type Tok } from './tokens';

const TIME_TAIL = new Set(['ago', 'later', 'earlier', 'afterward', 'afterwards', 'before', 'after', 'prior', 'since']);
const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'several', 'few', 'some', 'many', 'hours', 'minutes', 'days', 'weeks', 'months', 'years', 'moments', 'seconds']);

/** "Minutes later," / "Eight years ago," / "Immediately after the attacks,": a time phrase, never the subject. */
function timeAdverbial(part: Tok[]): boolean {
  if (part.length > 6) return false;
  // "Immediately after the attacks,", "Shortly before the vote,"
  if (part.length > 1 && /[a-z]ly$/u.test(part[0]!.l) && !isCapTok(part[1]!)) return true;
  return TIME_TAIL.has(part[part.length - 1]!.l) || (COUNT_WORDS.has(part[0]!.l) && part.some((t) => TIME_TAIL.has(t.l)));
}

/** The subject a sentence opens with, past leading adverbials: "In a statement, Rep. X (D-N.Y.) reacted …". */
export function leadingSubject(toks: Tok[], limit: number): Tok[] | null {
  const parts = splitCommas(toks.slice(0, limit));
  let k = 0;
  while (k < parts.length - 1 && parts[k]!.length && (ADVERBIAL_START.has(parts[k]![0]!.l) || SENTENCE_WORDS.has(parts[k]![0]!.l) || /ing$|ed$/u.test(parts[k]![0]!.l) || /^\d/u.test(parts[k]![0]!.t) || timeAdverbial(parts[k]!))) k++;
  const first = parts[k] ? parts[k]!.findIndex((t) => !SENTENCE_WORDS.has(t.l)) : -1;
  const part = first >= 0 ? parts[k]!.slice(first) : undefined;
  if (!part || !part.length) return null;
  if (PRONOUNS.has(part[0]!.l) && part[0]!.l !== 'who' && part[0]!.l !== 'it') return [part[0]!];
  const np: Tok[] = [];
  for (const t of part) {
    // "NATO heads of state": a speech-verb homograph after "of" is a noun.
    const noun = np.length > 0 && (np[np.length - 1]!.l === 'of' || np[np.length - 1]!.l === 'and');
    if (!npWord(t) || BETWEEN_WORDS.has(t.l) || (np.length && SPEECH_VERBS.has(t.l) && !noun)) break;
    if (!isCapTok(t) && np.length && !DETERMINERS.has(t.l) && /(ed|s)$/u.test(t.l) && !/ss$/u.test(t.l)) break; // a verb
    np.push(t);
    if (np.length >= 8) break;
  }
  if (!np.length || (!/^\p{Lu}/u.test(np[0]!.t) && !DETERMINERS.has(np[0]!.l))) return null;
  // A determiner phrase needs a head; a capitalised run needs to stop at a lower-case verb.
  if (np.length === 1 && DETERMINERS.has(np[0]!.l)) return null;
  // Appositive right after the name: "Huma Abedin, vice chairwoman for …, emailed …"
  return np;
}
