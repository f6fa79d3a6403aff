/**
 * Attribution: the words that say who spoke a quoted span. Looks right after the closing mark
 * ("…,” Ms. Psaki said / said Ms. Psaki / he told reporters / according to X), then back to the
 * start of the sentence ("Johnson said Putin “…”", "X: “…”"). Works on short token windows around
 * each quote, so the cost is linear in the article.
 */
import { BETWEEN_WORDS, DETERMINERS, INVERTING_VERBS, NP_STOP, PRONOUNS, SPEECH_VERBS, TITLES } from './cues';
import type { QuoteSpan } from './extract';

/** The attributing words found for a quote. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: 'pronoun' | 'name' | 'description';
  /** Where the attribution was found; 'post' and 'colon' frame the quote as speech outright. */
  via: 'post' | 'pre' | 'colon';
}

interface Tok {
  t: string;
  /** lower case, trailing period dropped */
  l: string;
  s: number;
  e: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'.\-&]*|[,;:—–()]|-(?=\s)/gu;
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'vs', 'prof', 'rev', 'sgt', 'capt', 'adm', 'maj', 'cmdr', 'gens', 'sens', 'reps', 'no', 'inc', 'corp', 'co', 'ltd', 'mt', 'ft', 'u.s', 'u.n', 'u.k', 'd.c', 'a.m', 'p.m']);

function tokens(text: string, s: number, e: number): Tok[] {
  const out: Tok[] = [];
  const sub = text.slice(s, e);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sub); m; m = TOKEN.exec(sub)) {
    let t = m[0];
    // Keep the period of an abbreviation or initial ("Mr.", "V.", "U.S."), not a sentence's.
    if (t.endsWith('.') && t.length > 1) {
      const w = t.slice(0, -1).toLowerCase();
      if (!(ABBREV.has(w) || /^\p{L}$/u.test(w) || /\./u.test(w))) t = t.slice(0, -1);
    }
    t = t.replace(/[’']$/u, '');
    if (!t) continue;
    const l = t.toLowerCase().replace(/\.$/u, '');
    out.push({ t, l, s: s + m.index, e: s + m.index + t.length });
  }
  // Drop short parentheticals ("Rep. Jim McDermott (D-Wash.) said").
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.t !== '(') continue;
    let j = i + 1;
    while (j < out.length && j <= i + 8 && out[j]!.t !== ')' && out[j]!.t !== '(') j++;
    if (out[j]?.t === ')') out.splice(i, j - i + 1);
  }
  return out;
}

function isSentenceEnd(text: string, i: number): boolean {
  // text[i] is one of . ! ? — a sentence ends unless it is an abbreviation or an initial.
  if (text[i] !== '.') return true;
  let j = i - 1;
  while (j >= 0 && /[\p{L}.]/u.test(text[j]!)) j--;
  const w = text.slice(j + 1, i).toLowerCase();
  if (ABBREV.has(w) || /^\p{L}$/u.test(w)) return false;
  return true;
}

/** Start of the sentence holding `pos`, not before `floor`. */
export function sentenceStart(text: string, pos: number, floor: number): number {
  const lim = Math.max(floor, pos - 600);
  for (let i = pos - 1; i > lim; i--) {
    const c = text[i]!;
    if ((c === ' ' || c === '\u00a0') && i > lim) {
      let k = i - 1;
      while (k > lim && /[”’"»)\]]/u.test(text[k]!)) k--;
      const p = text[k]!;
      if ((p === '.' || p === '!' || p === '?') && isSentenceEnd(text, k) && /[\p{Lu}\p{N}“"‘«„(]/u.test(text[i + 1] ?? '')) return i + 1;
    }
  }
  return lim;
}

/** End of the sentence holding `pos`, not after `ceil`. */
export function sentenceEnd(text: string, pos: number, ceil: number): number {
  const lim = Math.min(ceil, pos + 400);
  for (let i = pos; i < lim; i++) {
    const c = text[i]!;
    if ((c === '.' || c === '!' || c === '?') && isSentenceEnd(text, i)) {
      const next = text[i + 1];
      if (next === ')') continue;
      if (next === undefined || /\s/u.test(next) || /[”’"»]/u.test(next)) return i + 1;
    }
  }
  return lim;
}

function isSpeechVerb(toks: Tok[], i: number): boolean {
  const w = toks[i]!;
  if (i > 0 && /^\p{Lu}/u.test(w.t)) return false; // "United States", "Post"
  if (!SPEECH_VERBS.has(w.l)) return (w.l === 'shot' || w.l === 'fired' || w.l === 'hit') && toks[i + 1]?.l === 'back';
  const prev = toks[i - 1]?.l;
  if (prev === 'to' || prev === 'the' || prev === 'a' || prev === 'an' || prev === 'his' || prev === 'her') return false;
  // "was told", "been asked": the subject is the listener.
  if ((prev === 'was' || prev === 'were' || prev === 'been' || prev === 'being' || prev === 'is' || prev === 'are') && /(ed|told|asked|said|read)$/u.test(w.l)) return false;
  // "Asked about the issue," / "said to be"
  const next = toks[i + 1]?.l;
  if (i === 0 && /ed$|^told$/u.test(w.l) && (next === 'about' || next === 'by' || next === 'if' || next === 'whether' || next === 'for')) return false;
  if (w.l === 'said' && next === 'to' && ['be', 'have', 'include', 'contain', 'represent', 'involve', 'own', 'cost', 'total'].includes(toks[i + 2]?.l ?? '')) return false;
  if ((w.l === 'shot' || w.l === 'fired' || w.l === 'shoots' || w.l === 'fires' || w.l === 'hit' || w.l === 'hits') && next === 'back') return true;
  if ((w.l === 'post' || w.l === 'state' || w.l === 'read' || w.l === 'charge' || w.l === 'call' || w.l === 'report' || w.l === 'point' || w.l === 'put' || w.l === 'go' || w.l === 'term' || w.l === 'question' || w.l === 'reason' || w.l === 'offer' || w.l === 'note' || w.l === 'answer' || w.l === 'brand' || w.l === 'quote') && toks[i - 1] && !PRONOUNS.has(toks[i - 1]!.l)) return false;
  if ((w.l === 'points' || w.l === 'pointed') && next !== 'out') return false;
  if ((w.l === 'went' || w.l === 'goes' || w.l === 'go') && next !== 'on') return false;
  if ((w.l === 'put' || w.l === 'puts') && next !== 'it') return false;
  if (w.l === 'began' || w.l === 'begins' || w.l === 'speaking' || w.l === 'spoke' || w.l === 'speaks') return false;
  return true;
}

function isCapTok(t: Tok): boolean {
  return /^\p{Lu}/u.test(t.t) || /^\d/u.test(t.t);
}

/** Can this token be inside a speaker noun phrase? */
function npWord(t: Tok): boolean {
  if (t.t === ',' ) return true;
  if (/^[;:—–()-]$/u.test(t.t)) return false;
  if (isCapTok(t)) return true;
  if (NP_STOP.has(t.l)) return false;
  return true;
}

function kindOf(toks: Tok[]): Mention['kind'] {
  if (toks.length === 1 && PRONOUNS.has(toks[0]!.l)) return 'pronoun';
  if (toks.some((t) => /^\p{Lu}/u.test(t.t) && !TITLES.has(t.l) && !DETERMINERS.has(t.l))) {
    // A capitalised word that is not the sentence's first word or a title: a name (or an organisation).
    const first = toks[0]!;
    if (DETERMINERS.has(first.l) && !toks.slice(1).some((t) => /^\p{Lu}/u.test(t.t) && !TITLES.has(t.l))) return 'description';
    return 'name';
  }
  return 'description';
}

function mk(text: string, toks: Tok[], via: Mention['via']): Mention {
  const s = toks[0]!.s;
  const e = toks[toks.length - 1]!.e;
  return { start: s, end: e, text: text.slice(s, e), kind: kindOf(toks), via };
}

const SENTENCE_WORDS = new Set(['so', 'why', 'and', 'but', 'or', 'while', 'over', 'when', 'if', 'then', 'yet', 'still', 'as', 'after', 'before', 'because', 'though', 'although', 'since', 'until', 'unless', 'where', 'what', 'how', 'here', 'there', 'now', 'also', 'even', 'just', 'only', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'of', 'about', 'into', 'under', 'like', 'asked', 'meanwhile', 'however', 'indeed', 'instead', 'later', 'earlier', 'again', 'once', 'notably', 'speaking', 'according']);

/** Drop capitalised sentence openers ("So", "And", "While") that are not part of a speaker. */
function trimLeading(np: Tok[]): Tok[] {
  let i = 0;
  while (i < np.length && SENTENCE_WORDS.has(np[i]!.l)) i++;
  const out = np.slice(i);
  return out.length && (isCapTok(out[0]!) || DETERMINERS.has(out[0]!.l) || PRONOUNS.has(out[0]!.l) || i === 0) ? out : [];
}

/** One comma-free chunk: the longest noun-phrase suffix of it. */
function npSuffix(part: Tok[]): Tok[] {
  let i = part.length;
  while (i > 0 && npWord(part[i - 1]!) && part[i - 1]!.t !== ',') i--;
  let np = part.slice(i);
  // A whole comma part of noun-phrase words is an appositive role ("founder of the Media Research Center").
  if (i === 0 && np.length <= 14 && np.some(isCapTok)) return np;
  // Lower-case words must be led by a determiner or a capitalised word ("the official", "White House adviser Jake Sullivan").
  while (np.length && !isCapTok(np[0]!) && !DETERMINERS.has(np[0]!.l)) np = np.slice(1);
  // Prepositional starters: "In a statement, …" is not a speaker.
  return np;
}

function splitCommas(toks: Tok[]): Tok[][] {
  const parts: Tok[][] = [[]];
  for (const t of toks) {
    if (t.t === ',') parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts;
}

const ADVERBIAL_START = new Set(['here', 'there', 'in', 'on', 'at', 'for', 'with', 'after', 'before', 'during', 'asked', 'speaking', 'according', 'however', 'though', 'meanwhile', 'later', 'earlier', 'still', 'yet', 'instead', 'indeed', 'then', 'now', 'again', 'too', 'also', 'from', 'by', 'when', 'while', 'as', 'if', 'of', 'last', 'this', 'that', 'once', 'notably', 'moreover']);

function isNamePart(p: Tok[]): boolean {
  return p.length > 0 && p.length <= 6 && p.every((t) => isCapTok(t) || ['de', 'van', 'von', 'da', 'di', 'bin', 'al', 'del', 'la', 'le'].includes(t.l));
}
function isRolePart(p: Tok[]): boolean {
  if (!p.length || p.length > 12) return false;
  if (p.length === 1 && /^\d+$/u.test(p[0]!.t)) return true; // age
  return DETERMINERS.has(p[0]!.l) || (!isCapTok(p[0]!) && p.every(npWord)) || (TITLES.has(p[0]!.l) && !isNamePart(p));
}

/**
 * The subject right before a verb at toks[v]: a pronoun, a name, or a description, with an
 * appositive folded in ("the White House press secretary, Jen Psaki", "Benard Dreyer, president of …").
 */
function subjectBefore(toks: Tok[], from: number, v: number): Tok[] | null {
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
    if (roleThenName || (!curIsName && isNamePart(prev))) {
      out = [...prev, ...toks.filter((t) => t.t === ',' && t.s > prev[prev.length - 1]!.s && t.s < out[0]!.s), ...out];
      j--;
    } else break;
  }
  if (out.length > 16) return null;
  return out;
}

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'earlier', 'later', 'last', 'this', 'next']);

/** The speaker after an inverting verb: "said Ms. Psaki", "said a senior official", "according to X". */
function subjectAfter(toks: Tok[], i: number): Tok[] | null {
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
    return out.length ? out : null;
  }
  if (!isCapTok(first) && npWord(first) && first.t !== ',') {
    // "said conservative activist Bob Klaus", "said spokesman John Kirby"
    let k = i;
    while (k < toks.length && k < i + 5 && !isCapTok(toks[k]!) && npWord(toks[k]!) && toks[k]!.t !== ',' && !DETERMINERS.has(toks[k]!.l)) k++;
    const name: Tok[] = [];
    while (k < toks.length && isCapTok(toks[k]!) && name.length < 6) name.push(toks[k++]!);
    if (name.length && k > i) return toks.slice(i, k);
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

/** The subject a sentence opens with, past leading adverbials: "In a statement, Rep. X (D-N.Y.) reacted …". */
function leadingSubject(toks: Tok[], limit: number): Tok[] | null {
  const parts = splitCommas(toks.slice(0, limit));
  let k = 0;
  while (k < parts.length - 1 && parts[k]!.length && (ADVERBIAL_START.has(parts[k]![0]!.l) || SENTENCE_WORDS.has(parts[k]![0]!.l) || /ing$|ed$/u.test(parts[k]![0]!.l) || /^\d/u.test(parts[k]![0]!.t))) k++;
  const first = parts[k] ? parts[k]!.findIndex((t) => !SENTENCE_WORDS.has(t.l)) : -1;
  const part = first >= 0 ? parts[k]!.slice(first) : undefined;
  if (!part || !part.length) return null;
  if (PRONOUNS.has(part[0]!.l) && part[0]!.l !== 'who' && part[0]!.l !== 'it') return [part[0]!];
  const np: Tok[] = [];
  for (const t of part) {
    if (!npWord(t) || BETWEEN_WORDS.has(t.l) || (np.length && SPEECH_VERBS.has(t.l))) break;
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

/** Attribution right after the closing mark. */
function post(text: string, q: QuoteSpan, ceil: number): Mention | null {
  if (!q.closed) return null;
  const endAt = sentenceEnd(text, q.closeEnd, ceil);
  const toks = tokens(text, q.closeEnd, endAt);
  let i = 0;
  while (i < toks.length && /^[,—–(]$/u.test(toks[i]!.t)) i++;
  if (i >= toks.length) return null;
  // A full stop inside the marks ends the sentence: "“… war.” Stoltenberg said the allies …" is new.
  const last = text[q.end - 1];
  const lead = text.slice(q.closeEnd, toks[i]!.s);
  const framed = text[q.end] === ',' || /[,—–]/u.test(lead) || last === '?' || last === '!';
  if (last === '.' && !/[,—–]/u.test(lead) && isCapTok(toks[i]!) && !INVERTING_VERBS.has(toks[i]!.l)) {
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
  if (!npWord(toks[i]!) && !PRONOUNS.has(toks[i]!.l)) return null;
  for (let v = i + 1; v < toks.length && v <= i + 18; v++) {
    const speech = isSpeechVerb(toks, v) || (framed && v <= i + 6 && /[a-z]ed$/u.test(toks[v]!.t) && !DETERMINERS.has(toks[v - 1]!.l) && (v + 1 >= toks.length || /^(,|to|in|on|at|as|during|after|before|with|while)$/u.test(toks[v + 1]!.l)));
    if (!speech) {
      if (!npWord(toks[v]!) && !BETWEEN_WORDS.has(toks[v]!.l) && !PRONOUNS.has(toks[v]!.l)) break;
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
  return null;
}

/** The last sentence of the previous paragraph when it ends with a colon ("Cruz continued:"). */
function colonLead(text: string, q: QuoteSpan): [number, number] | null {
  if (q.openAt !== q.paraStart) return null;
  let e = q.paraStart - 1;
  while (e > 0 && /\s/u.test(text[e]!)) e--;
  if (text[e] !== ':') return null;
  let s = e;
  while (s > 0 && text[s - 1] !== '\n') s--;
  return [sentenceStart(text, e, s), e + 1];
}

/** Attribution between the sentence start (or the previous quote) and the opening mark. */
function pre(text: string, q: QuoteSpan, floor: number): Mention | null {
  if (q.missingOpen) return null;
  let s = Math.max(sentenceStart(text, q.openAt, q.paraStart), floor);
  let e = q.openAt;
  const lead = colonLead(text, q);
  if (lead) [s, e] = lead;
  const atSentenceStart = s !== floor || floor === q.paraStart || !!lead;
  const toks = tokens(text, s, e);
  if (!toks.length) return null;
  // "Trump: “…”" (no verb before the colon)
  if (toks[toks.length - 1]!.t === ':') {
    const body = toks.slice(0, -1);
    if (body.length && !body.some((_, k) => isSpeechVerb(body, k))) {
      const np = trimLeading(npSuffix(body));
      const before = body[body.length - np.length - 1];
      if (np.length && np.length <= 6 && (body.length <= 8 || (before && /^[-—–,]$/u.test(before.t)))) return mk(text, np, 'colon');
    }
  }
  for (let v = toks.length - 1; v >= 0; v--) {
    if (!isSpeechVerb(toks, v)) continue;
    const participle = /ing$/u.test(toks[v]!.l);
    if (participle) {
      // "…, adding, “…”" / "Carson shared …, writing “…”": the main clause's subject speaks.
      const earlier = toks.slice(0, v - 1).findIndex((_, k) => isSpeechVerb(toks, k));
      if (earlier >= 0) continue;
      if (atSentenceStart) {
        const np = leadingSubject(toks, v - 1);
        if (np) return mk(text, np, 'pre');
      }
      return null;
    }
    const np = subjectBefore(toks, 0, v);
    if (np) return mk(text, np, 'pre');
    if (INVERTING_VERBS.has(toks[v]!.l) || toks[v]!.l === 'according') {
      const after = subjectAfter(toks, v + 1);
      if (after) return mk(text, after, 'pre');
    }
    if (participle) continue;
    // "Hayek confirmed she had been and said, “…”": the sentence's subject.
    let b = v - 1;
    while (b > 0 && BETWEEN_WORDS.has(toks[b]!.l)) b--;
    if (atSentenceStart && toks[b] && (toks[b]!.l === 'and' || toks[b]!.l === 'but' || toks[b]!.l === 'then' || toks[b]!.t === ',')) {
      const lead2 = leadingSubject(toks, v);
      if (lead2) return mk(text, lead2, 'pre');
    }
    return null;
  }
  // "According to X, “…”"
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k]!.l === 'according' && toks[k + 1]!.l === 'to') {
      const np = subjectAfter(toks, k + 2);
      if (np) return mk(text, np, 'pre');
    }
  }
  // "McConnell delivered a blunt message to Trump: “…”": a colon introduces the subject's words.
  if (toks[toks.length - 1]!.t === ':' && atSentenceStart) {
    const np = leadingSubject(toks, toks.length - 1);
    if (np) return mk(text, np, 'colon');
  }
  return null;
}

/** A speech verb right before the opening mark ("someone shouted, “Cruz,” Beck joked"): the quote is its object. */
function verbJustBefore(text: string, q: QuoteSpan, floor: number): boolean {
  if (q.missingOpen) return false;
  const toks = tokens(text, Math.max(floor, q.openAt - 40), q.openAt);
  let k = toks.length - 1;
  if (k >= 0 && (toks[k]!.t === ',' || toks[k]!.t === ':')) k--;
  return k >= 0 && isSpeechVerb(toks, k) && !/ing$/u.test(toks[k]!.l);
}

/** A credit line under a quote that ends its paragraph: "“…”\n\n- Bernie Sanders." */
function creditLine(text: string, q: QuoteSpan): Mention | null {
  if (!q.closed || q.closeEnd < q.paraEnd - 1) return null;
  let i = q.paraEnd;
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  if (!/[-—–]/u.test(text[i] ?? '')) return null;
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

/**
 * The attributing mention for each quote span (null when none is written next to it).
 * `spans` must be sorted; the previous span bounds the backward search so a split quote's second
 * half finds the attribution between the two halves.
 */
export function attributeSpans(text: string, spans: QuoteSpan[]): (Mention | null)[] {
  const out: (Mention | null)[] = [];
  for (let k = 0; k < spans.length; k++) {
    const q = spans[k]!;
    const next = spans[k + 1];
    const ceil = next && next.para === q.para ? next.openAt : q.paraEnd;
    const prev = spans[k - 1];
    const floor = prev && prev.para === q.para ? prev.closeEnd : q.paraStart;
    if (verbJustBefore(text, q, floor)) out.push(pre(text, q, floor) ?? post(text, q, ceil) ?? creditLine(text, q));
    else out.push(post(text, q, ceil) ?? pre(text, q, floor) ?? creditLine(text, q));
  }
  return out;
}
