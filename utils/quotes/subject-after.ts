/**
 * The speaker after an inverted verb ("said Ms. Psaki", "said a senior official", "according to X"),
 * newsroom style for attributions that follow the quote.
 */
import { DETERMINERS, NP_STOP, PRONOUNS } from './cues';
import { isRolePart } from './noun-phrase';
import { isCapTok, npWord, type Tok } from './tokens';

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'earlier', 'later', 'last', 'this', 'next']);

/**
 * The name toks[i, i + n) with the appositive that follows it up to the clause end ("said Robert
 * Klein, chairman of the institute." / "said Jim Bennett, 57."): annotators (PolNeAR) mark the whole
 * noun phrase as the speaker, in this order as in the other.
 */
function withAppositive(toks: Tok[], i: number, n: number): Tok[] {
  const c = i + n;
  if (toks[c]?.t !== ',') return toks.slice(i, c);
  let e = c + 1;
  while (e < toks.length && toks[e]!.t !== ',' && e - c <= 13) e++;
  if (e < toks.length && toks[e]!.t !== ',') return toks.slice(i, c);
  const part = toks.slice(c + 1, e);
  // "said Jim Ford, adding …" / "said Ms. Psaki, noting …" are clauses, not roles.
  const role = part.length > 1 ? !/(?:ing|ed)$/u.test(part[0]!.l) : /^\d+$/u.test(part[0]?.t ?? '');
  return role && isRolePart(part) ? toks.slice(i, e) : toks.slice(i, c);
}

/** The speaker after an inverting verb: "said Ms. Psaki", "said a senior official", "according to X". */
export function subjectAfter(toks: Tok[], i: number): Tok[] | null {
  const first = toks[i];
  if (!first || TIME_WORDS.has(first.l)) return null;
  if (PRONOUNS.has(first.l) && first.l !== 'who') return [first];
  const out: Tok[] = [];
  if (isCapTok(first)) {
    for (let k = i; k < toks.length && out.length < 8; k++) {
      const t = toks[k]!;
      if (isCapTok(t) || (['de', 'van', 'von', 'da', 'di', 'bin', 'al', 'del', 'of'].includes(t.l) && toks[k + 1] && isCapTok(toks[k + 1]!))) out.push(t);
      else break;
    }
    // "said Benard Dreyer, president of …" keeps only the name; "said White House press secretary Jen Psaki" keeps all.
    let k = i + out.length;
    if (toks[k] && !isCapTok(toks[k]!) && !NP_STOP.has(toks[k]!.l) && toks[k]!.t !== ',') {
      const more: Tok[] = [];
      while (toks[k] && !isCapTok(toks[k]!) && npWord(toks[k]!) && toks[k]!.t !== ',' && more.length < 4) more.push(toks[k++]!);
      const name: Tok[] = [];
      while (toks[k] && isCapTok(toks[k]!) && name.length < 5) name.push(toks[k++]!);
      if (name.length) out.push(...more, ...name);
    }
    return out.length ? withAppositive(toks, i, out.length) : null;
  }
  if (!isCapTok(first) && npWord(first) && first.t !== ',') {
    // "said conservative activist Bob Klaus", "said spokesman John Kirby"
    let k = i;
    while (k < toks.length && k < i + 5 && !isCapTok(toks[k]!) && npWord(toks[k]!) && toks[k]!.t !== ',' && !DETERMINERS.has(toks[k]!.l)) k++;
    const name: Tok[] = [];
    while (k < toks.length && isCapTok(toks[k]!) && name.length < 6) name.push(toks[k++]!);
    if (name.length && k > i) return withAppositive(toks, i, k - i);
  }
  if (DETERMINERS.has(first.l)) {
    out.push(first);
    for (let k = i + 1; k < toks.length && out.length < 9; k++) {
      const t = toks[k]!;
      if (t.t === ',' || !npWord(t) || ['in', 'on', 'at', 'during', 'to', 'adding', 'according', 'who', 'that', 'which', 'when', 'while', 'after', 'before', 'as', 'last', 'yesterday', 'today', 'tonight'].includes(t.l)) break;
      out.push(t);
    }
    return out.length > 1 ? out : null;
  }
  return null;
}
