/**
 * Frames of reported speech whose source stands after its content or is set off by commas: "C, X
 * said.", "C, said X.", "C1, aides said, C2", "According to X, C", "C, according to X", and the
 * passive with its agent, "It was announced by X that C".
 */
import { INVERTING_VERBS, PRONOUNS } from './cues';
import { mk } from './mention';
import { head, tail, words, type Frame } from './report-content';
import { subjectAfter } from './subject-after';
import { subjectBefore } from './subject-before';
import { isCapTok, type Tok } from './tokens';

const NEW_CLAUSE = /^(who|which|whose|while|as|before|after|when|because|though|although|where|even|if|since|then|so)$/u;
const INVERTED_SUBJECT = /^(a|an|the|one|two|several|many|some|his|her|their)$/u;

/**
 * "C, X said." / "C, said X." / "C1, aides said, C2": the source after a comma, before or after its
 * cue; the content is the rest of the sentence (both sides of a parenthetical attribution).
 */
export function sourceAfterComma(text: string, toks: Tok[], v: number, cueLen: number, end: number): Frame | null {
  const after = toks[v + cueLen];
  let np: Tok[] | null = null;
  let comma = -1;
  let close = -1;
  // Only verbs of saying invert ("…, said Ms. Psaki"); "…, endorsed Sanders’ approach" has an object.
  if (toks[v - 1]?.t === ',' && INVERTING_VERBS.has(toks[v]!.l) && after && (PRONOUNS.has(after.l) || isCapTok(after) || INVERTED_SUBJECT.test(after.l))) {
    np = subjectAfter(toks, v + cueLen);
    comma = v - 1;
    close = np ? v + cueLen + np.length : -1;
  } else {
    let k = v - 1;
    while (k > 0 && k >= v - 9 && toks[k]!.t !== ',') k--;
    if (toks[k]?.t !== ',') return null;
    np = subjectBefore(toks, k + 1, v);
    if (!np || np[0] !== toks[k + 1]) return null;
    comma = k;
    close = v + cueLen;
  }
  if (!np || close < 0) return null;
  // Words that may follow the cue before the clause goes on: "aides said Tuesday," "he said in an interview."
  let c = close;
  while (c < toks.length && c < close + 6 && toks[c]!.t !== ',' && !isCapTok(toks[c]!)) c++;
  while (c < toks.length && c < close + 6 && toks[c]!.t !== ',' && /^(in|on|at|an|a|the|interview|statement|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|later|earlier|recently)$/u.test(toks[c]!.l)) c++;
  const first = head(text, toks, comma);
  if (!first) return null;
  const parts: [number, number][] = [first];
  if (toks[c]?.t === ',' || toks[close]?.t === ',') {
    const from = (toks[close]?.t === ',' ? close : c) + 1;
    // "…, he said, adding …" / "…, said X, who …": what follows is another clause, not the rest of this one.
    const next = toks[from];
    const rest = next && !NEW_CLAUSE.test(next.l) && !/ing$/u.test(next.l) ? tail(text, toks, from, end) : null;
    if (rest) parts.push(rest);
  } else if (words(toks, close, toks.length) > 3) return null;
  return { mention: mk(text, np, 'post'), cue: toks.slice(v, v + cueLen), parts };
}

/** The source after "according to": a name or noun phrase, else the words up to the clause's end (at most 12). */
function accordingSource(toks: Tok[], i: number): Tok[] | null {
  const np = subjectAfter(toks, i);
  if (np) return np;
  let k = i;
  while (k < toks.length && k < i + 12 && toks[k]!.t !== ',') k++;
  return k > i && (k === toks.length || toks[k]!.t === ',') ? toks.slice(i, k) : null;
}

/** "According to X, C." or "C, according to X." */
export function according(text: string, toks: Tok[], v: number, end: number): Frame | null {
  const np = accordingSource(toks, v + 2);
  if (!np) return null;
  const cue = toks.slice(v, v + 2);
  const close = v + 2 + np.length;
  if (v > 0 && toks[v - 1]!.t === ',') {
    const first = head(text, toks, v - 1);
    if (!first) return null;
    const parts: [number, number][] = [first];
    if (toks[close]?.t === ',') {
      const rest = tail(text, toks, close + 1, end);
      if (rest) parts.push(rest);
    }
    return { mention: mk(text, np, 'post'), cue, parts };
  }
  let k = close;
  while (k < toks.length && toks[k]!.t !== ',' && k < v + 14) k++;
  const span = toks[k]?.t === ',' ? tail(text, toks, k + 1, end) : null;
  return span ? { mention: mk(text, np, 'pre'), cue, parts: [span] } : null;
}

/** "It was announced by the ministry that C" / "C, it was said by X.": the agent after "by" said C. */
export function passive(text: string, toks: Tok[], v: number, end: number): Frame | null {
  let k = v + 2;
  while (k < toks.length && k < v + 14 && toks[k]!.l !== 'that' && toks[k]!.t !== ',') k++;
  if (k === v + 2) return null;
  const np = toks.slice(v + 2, k);
  const cue = toks.slice(v, v + 2);
  if (toks[k]?.l === 'that' || (toks[k]?.t === ',' && k + 1 < toks.length)) {
    const span = tail(text, toks, k + 1, end);
    return span ? { mention: mk(text, np, 'post'), cue, parts: [span] } : null;
  }
  // The agent closes the sentence: the content is what comes before the passive.
  let c = v - 1;
  while (c > 0 && /^(was|were|been|being|is|are|be|it|has|have|had)$/u.test(toks[c]!.l)) c--;
  const first = toks[c]?.t === ',' ? head(text, toks, c) : null;
  return first ? { mention: mk(text, np, 'post'), cue, parts: [first] } : null;
}
