/**
 * Noun-phrase pieces of a speaker: openers to drop ("So", "And"), the noun-phrase tail of a clause,
 * comma parts, and whether a part is a name or a role, so appositives can be folded into one mention.
 */
import { DETERMINERS, PRONOUNS, TITLES } from './cues';
import { isCapTok, npWord, type Tok } from './tokens';

/** Sentence openers and connectives that are never the start of a speaker. */
export const SENTENCE_WORDS = new Set(['so', 'why', 'and', 'but', 'or', 'while', 'over', 'when', 'if', 'then', 'yet', 'still', 'as', 'after', 'before', 'because', 'though', 'although', 'since', 'until', 'unless', 'where', 'what', 'how', 'here', 'there', 'now', 'also', 'even', 'just', 'only', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'of', 'about', 'into', 'under', 'like', 'asked', 'meanwhile', 'however', 'indeed', 'instead', 'later', 'earlier', 'again', 'once', 'notably', 'speaking', 'according']);

/** Plural nouns that name sources on their own, with no determiner: "officials said", "analysts say". */
const SOURCE_PLURALS = new Set(`officials aides analysts experts critics sources advisers advisors economists diplomats lawmakers
investigators prosecutors police authorities researchers scientists witnesses residents supporters opponents activists organizers
observers historians strategists pollsters people voters officers doctors leaders members employees executives protesters relatives
neighbors neighbours friends colleagues scholars commentators regulators lawyers attorneys spokesmen spokeswomen insiders allies
democrats republicans conservatives liberals progressives delegates senators legislators donors advocates operatives staffers
participants respondents organisers campaigners economists forecasters`.split(/\s+/u));

/** Drop capitalised sentence openers ("So", "And", "While") that are not part of a speaker. */
export function trimLeading(np: Tok[]): Tok[] {
  let i = 0;
  while (i < np.length && SENTENCE_WORDS.has(np[i]!.l)) i++;
  const out = np.slice(i);
  return out.length && (isCapTok(out[0]!) || DETERMINERS.has(out[0]!.l) || PRONOUNS.has(out[0]!.l) || i === 0) ? out : [];
}

/** One comma-free chunk: the longest noun-phrase suffix of it. */
export function npSuffix(part: Tok[]): Tok[] {
  let i = part.length;
  while (i > 0 && (npWord(part[i - 1]!) || joinsNames(part, i - 1)) && part[i - 1]!.t !== ',') i--;
  let np = part.slice(i);
  // A whole comma part of noun-phrase words is an appositive role ("founder of the Media Research Center").
  if (i === 0 && np.length <= 14 && np.some(isCapTok)) return np;
  // Lower-case words must be led by a determiner or a capitalised word ("the official", "White House adviser Jake Sullivan"),
  // or be a bare plural of sources with at most two modifiers ("officials", "federal officials", "senior aides").
  const bare = np.length > 0 && np.length <= 3 && SOURCE_PLURALS.has(np[np.length - 1]!.l) && np.every((t) => !isCapTok(t));
  if (bare) return np;
  while (np.length && !isCapTok(np[0]!) && !DETERMINERS.has(np[0]!.l)) np = np.slice(1);
  // Prepositional starters: "In a statement, …" is not a speaker.
  return np;
}

/** Comma-separated parts, the unit in which appositives ("Jen Psaki, the press secretary,") are read. */
export function splitCommas(toks: Tok[], isSeparator: (t: Tok) => boolean = (t) => t.t === ','): Tok[][] {
  const parts: Tok[][] = [[]];
  for (const t of toks) {
    if (isSeparator(t)) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts;
}

/** Words opening an adverbial comma part ("in a statement", "however"), skipped when looking for a subject. */
export const ADVERBIAL_START = new Set(['here', 'there', 'in', 'on', 'at', 'for', 'with', 'after', 'before', 'during', 'asked', 'speaking', 'according', 'however', 'though', 'meanwhile', 'later', 'earlier', 'still', 'yet', 'instead', 'indeed', 'then', 'now', 'again', 'too', 'also', 'from', 'by', 'when', 'while', 'as', 'if', 'of', 'last', 'this', 'that', 'once', 'notably', 'moreover']);

/** A short all-capitalised part: a name in an appositive. */
export function isNamePart(p: Tok[]): boolean {
  return p.length > 0 && p.length <= 6 && p.every((t) => isCapTok(t) || ['de', 'van', 'von', 'da', 'di', 'bin', 'al', 'del', 'la', 'le'].includes(t.l));
}
/** A part that describes a role ("the press secretary", an age), which folds into the name beside it. */
export function isRolePart(p: Tok[]): boolean {
  if (!p.length || p.length > 12) return false;
  if (p.length === 1 && /^\d+$/u.test(p[0]!.t)) return true; // age
  return DETERMINERS.has(p[0]!.l) || (!isCapTok(p[0]!) && p.every(npWord)) || (TITLES.has(p[0]!.l) && !isNamePart(p));
}

/** "Mark Blumenthal and Jon Cohen wrote": an "and" between two capitalised words joins two speakers into one mention. */
export function joinsNames(toks: Tok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return toks[k]!.l === 'and' && !!prev && !!next && isCapTok(prev) && isCapTok(next);
}
