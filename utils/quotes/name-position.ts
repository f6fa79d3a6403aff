/**
 * Where a name stands in its sentence, so a pronoun goes to the person the passage is about (the
 * subject, the one speaking) rather than to someone merely mentioned: in "Weddle disagrees with Mr.
 * Trump's stance. “…,” he said." the speaker is Weddle. Also the lines whose title case makes any
 * word look like a name (headlines, list headings), whose runs name no one reliably. Character
 * walks, not regexes anchored at the end, because this runs for every name of every article.
 */
import { INVERTING_VERBS, SPEECH_VERBS } from './cues';

/** Words that open a sentence before its subject ("But Trump said…", "However, Clinton…"). */
const OPENERS = new Set(['But', 'And', 'Still', 'So', 'Yet', 'Now', 'Then', 'Meanwhile', 'However', 'Instead', 'Later', 'Earlier']);
/** A short phrase ending in a comma before the subject: "On Thursday, Sanders…", "As for Trump, he…". */
const LEAD_PHRASE = /^(?:On|In|At|Last|After|Before|During|Since|Asked|Speaking|Earlier|Later|As for|Like)\b[^.!?“”"]*$/u;

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';
function isLetter(c: string | undefined): boolean {
  if (!c) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return /\p{L}/u.test(c);
}

/** Back from `i` over spaces. */
function skipBack(text: string, i: number): number {
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}

/** Does a sentence end at text[i - 1] ("…said." / "…too.”"), not the full stop of an initial ("Paul D. Ryan")? */
function endsSentence(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && '”’")]\''.includes(text[j - 1]!)) j--;
  const c = text[j - 1];
  if (c === '!' || c === '?') return true;
  if (c !== '.') return false;
  return !(/\p{Lu}/u.test(text[j - 2] ?? '') && !isLetter(text[j - 3]));
}

/** A sentence boundary (or the text's start) right before `at`, an opener allowed between. */
function opensSentence(text: string, at: number, opener = true): boolean {
  const i = skipBack(text, at);
  if (i === 0 || text[i - 1] === '\n' || endsSentence(text, i)) return true;
  if (!opener) return false;
  let w = text[i - 1] === ',' ? skipBack(text, i - 1) : i;
  const wordEnd = w;
  while (w > 0 && isLetter(text[w - 1])) w--;
  const word = text.slice(w, wordEnd);
  if (OPENERS.has(word)) return opensSentence(text, w, false);
  if (word === 'for' && text.slice(w - 3, w) === 'As ') return opensSentence(text, w - 3, false);
  if (text[i - 1] !== ',') return false;
  // "On Thursday, Sanders…": a lead phrase of a few words since the sentence's start.
  let s = i - 1;
  while (s > 0 && i - s < 45 && !'.!?\n'.includes(text[s - 1]!)) s--;
  return (s === 0 || '.!?\n'.includes(text[s - 1]!)) && LEAD_PHRASE.test(text.slice(s, i - 1).trim());
}

const AUX = new Set(['also', 'later', 'then', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'previously', 'again', 'recently', 'repeatedly', 'once', 'further', 'quickly', 'flatly']);
const APPOSITIVE = /^\s*(?:\([^()]{0,30}\))?,[^,.;:“”"]{1,90},/u;
const NEXT_WORDS = /^\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?(?:\s+([\p{Ll}-]+))?/u;

/** A speech verb after the name, past an appositive and auxiliaries: "Weddle said", "Scott, who …, said". */
function speaksAfter(text: string, end: number): boolean {
  let rest = text.slice(end, end + 140);
  const app = APPOSITIVE.exec(rest);
  if (app) rest = rest.slice(app[0].length);
  const words = NEXT_WORDS.exec(rest);
  if (!words) return false;
  for (const w of words.slice(1)) {
    if (!w) return false;
    if (SPEECH_VERBS.has(w)) return true;
    if (!AUX.has(w)) return false;
  }
  return false;
}

const BETWEEN_STOP = new Set(['that', 'and', 'of', 'with', 'to', 'for', 'about', 'on', 'by', 'in', 'at']);

/**
 * An inverted speech verb right before the name, role words allowed between: "…,” said Mr. Scott",
 * "according to spokesman Josh Earnest". Only after a comma or a closing mark: in "Ryan said Obama
 * has…" Obama is the subject of what Ryan said.
 */
function speaksBefore(text: string, at: number): boolean {
  const words: [string, number][] = [];
  let i = at;
  while (words.length < 6) {
    i = skipBack(text, i);
    let w = i;
    while (w > 0 && (isLetter(text[w - 1]) || '.’\'-'.includes(text[w - 1]!))) w--;
    if (w === i) break;
    words.push([text.slice(w, i), w]);
    i = w;
  }
  for (let k = 0; k < words.length; k++) {
    const [w, from] = words[k]!;
    if (w === 'to' && words[k + 1]?.[0] === 'according') return true;
    if (INVERTING_VERBS.has(w)) return ',”"’'.includes(text[skipBack(text, from) - 1] ?? '');
    if (BETWEEN_STOP.has(w) || k >= 4) return false;
  }
  return false;
}

/**
 * Is the name at [start, end) the subject of its sentence or the speaker of a speech verb? A
 * possessive ("Trump's attorney") is neither. `roleStart` is where role words before it start
 * ("press secretary Jen Psaki").
 */
export function inSubjectPosition(text: string, start: number, end: number, roleStart = start): boolean {
  const next = text[end];
  if ((next === '’' || next === "'") && text[end + 1] === 's' && !isLetter(text[end + 2])) return false;
  return opensSentence(text, roleStart) || speaksAfter(text, end) || speaksBefore(text, roleStart);
}

/** The words after a pronoun up to the end of its clause (", ", ";", a sentence's end): "told Hannity". */
export function clauseAfter(text: string, at: number): string {
  const m = /^[^,;:.!?“”"\n]*/u.exec(text.slice(at, at + 120));
  return m ? m[0] : '';
}

/**
 * The spans of the title-case lines of `text` (under 200 characters, five words of three letters
 * or more, four in five of them capitalised and none of the others longer than "the": "Glenn Beck
 * Blasts Drudge For Mocking Cruz", not "Sen. Bernie Sanders spoke in Des Moines"), where capitals
 * tell no names.
 */
export function titleCaseLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    if (e - s < 200) {
      const words = text.slice(s, e).match(/\p{L}[\p{L}’'-]{2,}/gu) ?? [];
      const lower = words.filter((w) => !/^\p{Lu}/u.test(w));
      if (words.length >= 5 && lower.length <= words.length / 5 && !lower.some((w) => w.length > 3)) out.push([s, e]);
    }
    s = e + 1;
  }
  return out;
}
