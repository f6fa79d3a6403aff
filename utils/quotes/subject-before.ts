/**
 * The subject standing before a speech verb ("Stoltenberg said", "the press secretary, Jen Psaki,
 * said", "an official who spoke anonymously said"), the most common attribution order in news.
 */
import { BETWEEN_WORDS, PRONOUNS } from './cues';
import { ADVERBIAL_START, isNamePart, isRolePart, npSuffix, splitCommas, trimLeading } from './noun-phrase';
import type { Tok } from './tokens';

/**
 * The subject right before a verb at toks[v]: a pronoun, a name, or a description, with an
 * appositive folded in ("the White House press secretary, Jen Psaki", "Benard Dreyer, president of …").
 */
export function subjectBefore(toks: Tok[], from: number, v: number): Tok[] | null {
  let end = v;
  while (end > from && BETWEEN_WORDS.has(toks[end - 1]!.l) && !PRONOUNS.has(toks[end - 1]!.l)) end--;
  let commaBeforeVerb = false;
  while (end > from && toks[end - 1]!.t === ',') {
    end--;
    commaBeforeVerb = true;
  }
  if (end <= from) return null;
  const last = toks[end - 1]!;
  if (PRONOUNS.has(last.l)) return [last];
  // "a White House official who spoke anonymously … said": the noun phrase before "who".
  for (let w = end - 1; w > from && w >= end - 14; w--) {
    if (toks[w]!.l !== 'who' && toks[w]!.l !== 'whose') continue;
    if (toks.slice(w, end).some((t) => t.t === ',' )) break;
    let e2 = w;
    if (toks[e2 - 1]?.t === ',') e2--;
    const np = trimLeading(npSuffix(toks.slice(from, e2)));
    return np.length ? np : null;
  }
  const parts = splitCommas(toks.slice(from, end));
  // "The EU, which is more dependent on Russian energy, has pledged": a relative clause set off by
  // commas describes the subject before it.
  if (parts.length > 1 && commaBeforeVerb && /^(which|who)$/u.test(parts[parts.length - 1]![0]?.l ?? '')) {
    const np = trimLeading(npSuffix(parts[parts.length - 2]!));
    if (np.length) return np;
  }
  // Skip a parenthetical adverbial right before the verb: "Biden and his team, for example, have said".
  let k = parts.length - 1;
  // "Sarandon, 69, told" — an age is not the subject.
  if (k > 0 && parts[k]!.length === 1 && /^\d+$/u.test(parts[k]![0]!.t)) k--;
  // Parentheticals before the verb: "Biden and his team, for example, have said", "X, in an attempt to …, wrote".
  for (let skip = 0; skip < 2 && k > 0 && parts[k]!.length && (ADVERBIAL_START.has(parts[k]![0]!.l) || /ing$/u.test(parts[k]![0]!.l)); skip++) k--;
  const np = trimLeading(npSuffix(parts[k]!));
  if (!np.length) return null;
  if (np.length !== parts[k]!.length) {
    // Subject inside a larger clause: require it to be a name or a determiner phrase only.
    if (np.length > 8) return null;
    return np;
  }
  // Fold appositives: [name], [role] / [role], [name] / [name], [age].
  let out = np;
  let j = k - 1;
  while (j >= 0 && out.length < 20) {
    const prev = parts[j]!;
    const curIsName = isNamePart(parts[j + 1]!);
    // "the press secretary, Jen Psaki, said" folds; "The president, Ms. Psaki said, is" does not.
    const roleThenName = curIsName && (commaBeforeVerb || j < k - 1) && isRolePart(prev) && !ADVERBIAL_START.has(prev[0]?.l ?? '');
    if (roleThenName || (!curIsName && isNamePart(prev) && !ADVERBIAL_START.has(prev[0]?.l ?? ''))) {
      out = [...prev, ...toks.filter((t) => t.t === ',' && t.s > prev[prev.length - 1]!.s && t.s < out[0]!.s), ...out];
      j--;
    } else break;
  }
  if (out.length > 16) return null;
  return out;
}
