/**
 * Vox-pop layouts: the street interviews and reader panels news sites print as a list of people,
 * each credited by a line of name, age and place rather than by a speech verb:
 *
 *     Maria Lopez, 34, Phoenix            “…” — Maria Lopez, 34, Phoenix
 *     “…”                                 Maria Lopez, 34, Phoenix: “…”
 *
 * No verb says "said" there, so the ordinary attribution rules find nobody (or the town).
 */
import { DETERMINERS, PRONOUNS, TITLES } from './cues';
import type { QuoteSpan } from './quote-marks';
import { mk, type Mention } from './mention';
import { ADVERBIAL_START, SENTENCE_WORDS, splitCommas } from './noun-phrase';
import { isSpeechVerb } from './speech-verb';
import { tokens, type Tok } from './tokens';

/** Lower-case particles inside a name ("Beto de la Cruz", "Ludwig van Beethoven"). */
const PARTICLES = new Set(['de', 'la', 'del', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'bin', 'al', 'el', 'le', 'dos', 'das', 'y']);
/** A credit line is short: a name and a few words about the person. */
const MAX_LINE = 140;
/** Words of one descriptor part ("a retired teacher in Miami"). */
const MAX_PART = 10;

const capWord = (t: Tok): boolean => /^\p{Lu}/u.test(t.t) && /\p{L}/u.test(t.t);

/**
 * The name a credit opens with, when the rest is only comma-separated descriptors (age, job,
 * place) and no clause: "Jose Ruiz, 52, a retired teacher in Miami" → "Jose Ruiz". Null for a
 * sentence ("Trump spoke in bromides"), a subhead ("WHAT’S BREWING") or a lone first word.
 */
export function creditName(toks: Tok[]): Tok[] | null {
  if (!toks.length || !capWord(toks[0]!)) return null;
  const first = toks[0]!.l;
  if (DETERMINERS.has(first) || PRONOUNS.has(first) || ADVERBIAL_START.has(first) || SENTENCE_WORDS.has(first)) return null;
  let n = 0;
  while (n < toks.length && n < 6 && (capWord(toks[n]!) || (n > 0 && PARTICLES.has(toks[n]!.l)))) n++;
  const name = toks.slice(0, n);
  while (name.length && TITLES.has(name[0]!.l) && name.length > 1) name.shift();
  if (!name.length || TITLES.has(name[name.length - 1]!.l) || PARTICLES.has(name[name.length - 1]!.l)) return null;
  const rest = toks.slice(n);
  // Only descriptors may follow, each after a comma (or a dash / colon closing the line).
  if (rest.length && !/^[,:—―–-]$/u.test(rest[0]!.t)) return null;
  let part = 0;
  for (let k = 0; k < rest.length; k++) {
    const t = rest[k]!;
    if (/^[,:—―–-]$/u.test(t.t)) {
      part = 0;
      continue;
    }
    if (++part > MAX_PART || isSpeechVerb(rest, k)) return null;
  }
  const allCaps = name.every((t) => t.t === t.t.toUpperCase());
  // A lone word or an all-caps run is a name only with an age or a descriptor after it.
  if ((name.length === 1 || allCaps) && !rest.some((t) => /^\d{1,3}$/u.test(t.t))) return null;
  return name;
}

/** The credit a whole line [s, e) holds ("1. Maria Lopez, 34, Phoenix:"), or null when the line is prose. */
function creditLineAt(text: string, s: number, e: number): Mention | null {
  const line = text.slice(s, e).trim();
  if (!line || line.length > MAX_LINE || /[!?"”’»]$/u.test(line) || /["“”«»„]/u.test(line)) return null;
  let toks = tokens(text, s, e);
  // A list number or bullet before the name.
  if (toks.length && /^\d{1,2}\.?$/u.test(toks[0]!.t) && /^\s*\d{1,2}[.)]/u.test(line)) toks = toks.slice(1);
  const name = creditName(toks);
  return name ? mk(text, name, 'colon') : null;
}

/** Bounds of the line before position `at` (skipping blank lines), or null at the text start. */
function lineBefore(text: string, at: number): [number, number] | null {
  let e = at;
  while (e > 0 && /\s/u.test(text[e - 1]!)) e--;
  if (e === 0) return null;
  let s = e;
  while (s > 0 && text[s - 1] !== '\n') s--;
  return [s, e];
}

/** Bounds of the line after position `at` (skipping blank lines), or null at the text end. */
function lineAfter(text: string, at: number): [number, number] | null {
  let s = at;
  while (s < text.length && /\s/u.test(text[s]!)) s++;
  if (s >= text.length) return null;
  const nl = text.indexOf('\n', s);
  return [s, nl < 0 ? text.length : nl];
}

/** "Maria Lopez, 34, Phoenix" on its own line (a colon or full stop at its end allowed) right above a quote that opens its paragraph. */
function creditAbove(text: string, q: QuoteSpan): Mention | null {
  if (q.missingOpen || q.openAt !== q.paraStart) return null;
  const line = lineBefore(text, q.paraStart);
  return line ? creditLineAt(text, line[0], line[1]) : null;
}

/** The same credit line right below a quote that fills its paragraph (the other vox-pop layout). */
function creditBelow(text: string, q: QuoteSpan): Mention | null {
  if (!q.closed || q.openAt !== q.paraStart || q.closeEnd < q.paraEnd - 1) return null;
  const line = lineAfter(text, q.paraEnd);
  return line ? creditLineAt(text, line[0], line[1]) : null;
}

/**
 * Which credit each unattributed standalone quote gets. A list of vox pops puts every credit on
 * the same side, so a credit line between two quotes is ambiguous on its own; the first quote of
 * the list settles it (a credit only below it means credits go below).
 */
export function voxCredits(text: string, spans: QuoteSpan[], found: (Mention | null)[]): (Mention | null)[] {
  const above = spans.map((q, k) => (found[k] ? null : creditAbove(text, q)));
  const below = spans.map((q, k) => (found[k] ? null : creditBelow(text, q)));
  const first = spans.findIndex((_, k) => above[k] || below[k]);
  const useBelow = first >= 0 && !above[first] && !!below[first];
  return found.map((m, k) => m ?? (useBelow ? below[k]! : above[k]!));
}

/** "“…” — Maria Lopez, 34, Phoenix": a dash credit after the closing mark, in the same paragraph. */
export function creditAfter(text: string, q: QuoteSpan): Mention | null {
  // The quote fills its paragraph up to the credit (a reporter's sign-off after a sentence is not one).
  if (!q.closed || q.openAt !== q.paraStart) return null;
  const rest = text.slice(q.closeEnd, q.paraEnd);
  const dash = /^\s*[—―–-]?\s*/u.exec(rest)!;
  if (rest.length > MAX_LINE || /["“”«»„]/u.test(rest)) return null;
  const toks = tokens(text, q.closeEnd + dash[0].length, q.paraEnd);
  const name = creditName(toks);
  // Without a dash only a credit with an age is clearly one ("“…” Maria Lopez, 34, Phoenix").
  if (!name || (!/[—―–-]/u.test(dash[0]) && !toks.some((t) => /^\d{1,3}$/u.test(t.t)))) return null;
  return mk(text, name, 'post');
}

/** "Maria Lopez, 34, Phoenix: “…”": the name a colon-introduced quote's credit opens with, not its last noun ("Phoenix"). */
export function creditBeforeColon(body: Tok[]): Tok[] | null {
  return body.some((t) => t.t === ',') ? creditName(body) : null;
}

/** "Maria Lopez, 34, Phoenix “…”": a paragraph that opens with a credit and then the quote, no colon. */
export function creditBeforeQuote(text: string, q: QuoteSpan): Mention | null {
  if (q.missingOpen || !q.closed || q.openAt === q.paraStart || q.openAt - q.paraStart > 80 || q.closeEnd < q.paraEnd - 1) return null;
  const lead = text.slice(q.paraStart, q.openAt);
  // Only a name, an age and a place or two: no sentence, no label ("Why she’s protesting:").
  if (/[.!?:;]\s*$|:/u.test(lead)) return null;
  const toks = tokens(text, q.paraStart, q.openAt);
  if (!toks.some((t) => /^\d{1,3}$/u.test(t.t)) || splitCommas(toks, (t) => /^[,—―–-]$/u.test(t.t)).some((p) => p.length > 4)) return null;
  const name = creditName(toks);
  return name ? mk(text, name, 'colon') : null;
}
