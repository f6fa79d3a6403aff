/**
 * Attributions written after the closing mark ("…,” Ms. Psaki said", "said Ms. Psaki", "according
 * to X") and credit lines under a quote ("- Bernie Sanders").
 */
import { BETWEEN_WORDS, DETERMINERS, INVERTING_VERBS, NP_STOP, PRONOUNS, SPEECH_VERBS } from './cues';
import type { QuoteSpan } from './quote-marks';
import { mk, type Mention } from './mention';
import { joinsNames } from './noun-phrase';
import { sentenceEnd } from './sentence-bounds';
import { isSpeechVerb } from './speech-verb';
import { subjectAfter } from './subject-after';
import { subjectBefore } from './subject-before';
import { isCapTok, npWord, tokens, type Tok } from './tokens';

/** Attribution right after the closing mark. */
export function post(text: string, q: QuoteSpan, ceil: number): Mention | null {
  if (!q.closed) return null;
  const endAt = sentenceEnd(text, q.closeEnd, ceil);
  const toks = tokens(text, q.closeEnd, endAt);
  let i = 0;
  while (i < toks.length && /^[,—―–(]$/u.test(toks[i]!.t)) i++;
  if (i >= toks.length) return null;
  // A full stop inside the marks ends the sentence: "“… war.” Stoltenberg said the allies …" is new.
  const last = text[q.end - 1];
  const lead = text.slice(q.closeEnd, toks[i]!.s);
  const framed = text[q.end] === ',' || /[,—―–]/u.test(lead) || last === '?' || last === '!';
  if (last === '.' && !/[,—―–]/u.test(lead) && isCapTok(toks[i]!) && !INVERTING_VERBS.has(toks[i]!.l)) {
    const v = toks.findIndex((t, k) => k > i && k <= i + 4 && isSpeechVerb(toks, k));
    if (v < 0 || toks.slice(i, v).some((t) => !isCapTok(t) && !BETWEEN_WORDS.has(t.l))) return null;
    // "… .” He mentioned a long list": a new sentence with its own object is not an attribution.
    if (toks.length - v > 4) return null;
  }
  if (toks[i]!.l === 'according' && toks[i + 1]?.l === 'to') {
    const np = subjectAfter(toks, i + 2);
    return np ? mk(text, np, 'post') : null;
  }
  if (INVERTING_VERBS.has(toks[i]!.l) || (framed && SPEECH_VERBS.has(toks[i]!.l) && /ed$/u.test(toks[i]!.l))) {
    const np = subjectAfter(toks, i + 1);
    return np ? mk(text, np, 'post') : null;
  }
  const inverted = framed ? invertedUnknownVerb(toks, i) : null;
  if (inverted) return mk(text, inverted, 'post');
  if (!npWord(toks[i]!) && !PRONOUNS.has(toks[i]!.l)) return clauseFinal(text, toks, i);
  for (let v = i + 1; v < toks.length && v <= i + 18; v++) {
    const speech = isSpeechVerb(toks, v) || (framed && v <= i + 6 && /[a-z]ed$/u.test(toks[v]!.t) && !DETERMINERS.has(toks[v - 1]!.l) && (v + 1 >= toks.length || /^(,|to|in|on|at|as|during|after|before|with|while)$/u.test(toks[v + 1]!.l)));
    if (!speech) {
      if (!npWord(toks[v]!) && !BETWEEN_WORDS.has(toks[v]!.l) && !PRONOUNS.has(toks[v]!.l) && !joinsNames(toks, v)) break;
      continue;
    }
    const np = subjectBefore(toks, i, v);
    if (np) return mk(text, np, 'post');
    break;
  }
  // "…,” Melanne Verveer, who served as …, said" / "…,” Texas delegate Bill Eastland, wearing a hat, said"
  if (framed && isCapTok(toks[i]!)) {
    let j = i;
    while (j < toks.length && j < i + 8 && toks[j]!.t !== ',' && npWord(toks[j]!)) j++;
    if (toks[j]?.t === ',' && toks.slice(j).some((_, k) => isSpeechVerb(toks, j + k))) return mk(text, toks.slice(i, j), 'post');
  }
  return clauseFinal(text, toks, i);
}

const TRAILING_TIME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'recently', 'later', 'earlier']);

/**
 * "“…” and against the Brady law, Clinton said." / "…, said Mr. Cruz.": the attribution closes the
 * sentence after a comma, with the quote somewhere in the clause it reports.
 */
function clauseFinal(text: string, toks: Tok[], i: number): Mention | null {
  let n = toks.length;
  while (n > i && TRAILING_TIME.has(toks[n - 1]!.l)) n--;
  if (n - i < 3) return null;
  for (let c = n - 2; c > i && c >= n - 7; c--) {
    if (toks[c]!.t !== ',') continue;
    if (toks[c + 1] && INVERTING_VERBS.has(toks[c + 1]!.l)) {
      const np = subjectAfter(toks, c + 2);
      return np && c + 2 + np.length === n ? mk(text, np, 'post') : null;
    }
    if (!isSpeechVerb(toks, n - 1) || /ing$/u.test(toks[n - 1]!.l)) return null;
    const np = subjectBefore(toks, c + 1, n - 1);
    if (!np || np.length > 6 || !(isCapTok(np[0]!) || PRONOUNS.has(np[0]!.l))) return null;
    return mk(text, np, 'post');
  }
  return null;
}

/**
 * "…,” agrees Michelle Stevens." / "…,” remembered Roy Verley, HP's spokesman." / "…,” read the
 * statement.": after a comma inside the marks, an inflected verb the cue lists do not know, right
 * before a name (or "the statement") that ends the clause, is an inverted attribution all the same.
 */
function invertedUnknownVerb(toks: Tok[], i: number): Tok[] | null {
  const w = toks[i]!;
  const next = toks[i + 1];
  if (!next || isCapTok(w) || NP_STOP.has(w.l) || DETERMINERS.has(w.l) || PRONOUNS.has(w.l)) return null;
  const read = w.l === 'read' || w.l === 'reads';
  if (!read && !(/[a-z](?:ed|es|s)$/u.test(w.l) && !/ss$/u.test(w.l) && isCapTok(next))) return null;
  if (read && !DETERMINERS.has(next.l) && !isCapTok(next)) return null;
  const np = subjectAfter(toks, i + 1);
  if (!np) return null;
  const after = toks[i + 1 + np.length];
  return !after || after.t === ',' || DETERMINERS.has(np[0]!.l) ? np : null;
}

/** A credit line under a quote that ends its paragraph: "“…”\n\n- Bernie Sanders." */
export function creditLine(text: string, q: QuoteSpan): Mention | null {
  if (!q.closed || q.closeEnd < q.paraEnd - 1) return null;
  let i = q.paraEnd;
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  if (!/[-—―–]/u.test(text[i] ?? '')) return null;
  let e = text.indexOf('\n', i);
  if (e < 0) e = text.length;
  if (e - i > 80) return null;
  const toks = tokens(text, i + 1, e).filter((t) => t.t !== '-');
  const name: Tok[] = [];
  for (const t of toks) {
    if (t.t === ',' || !isCapTok(t)) break;
    name.push(t);
  }
  return name.length && name.length <= 5 ? mk(text, name, 'post') : null;
}
