/**
 * The people an annotated article names, as the resolution eval's proxy reads them: its annotated
 * source mentions and the names opening its sentences, each known to be one person (or one
 * described person) with a gender where a title, a given name or an appositive says it. Only the
 * eval reads these; utils/ never sees the gold.
 */
import { GENDERED, NOT_PERSON, TITLES } from '../../utils/quotes/cues';
import { firstNameGender, isGivenName } from '../../utils/quotes/first-name-gender';
import { looksLikePerson, nameOf } from '../../utils/quotes/name-of';
import { LEADING_COMMON } from '../../utils/quotes/name-parts';

/** Singular nouns for a person, the heads of a definite role the eval scores ("the senator"). */
export const PERSON_HEADS = new Set(
  ('president candidate senator governor official spokesman spokeswoman spokesperson judge man woman source mogul tycoon ' +
    'businessman businesswoman actor actress moderator prince person neurosurgeon journalist reporter host star developer ' +
    'executive admiral minister manager organizer insider mayor leader officer aide adviser advisor columnist nominee speaker ' +
    'front-runner frontrunner investor author congressman congresswoman chairman chairwoman secretary billionaire lawmaker ' +
    'senator-elect director ambassador strategist pollster analyst attorney lawyer prosecutor sheriff father mother wife husband partner ' +
    'resident voter supporter student professor economist consultant employee worker member')
    .split(' '),
);
export const DEFINITE = /^(?:the|this|that)\s+/iu;
export const DETERMINER = /^(?:the|a|an|one|this|that|these|those|his|her|their|its|our|some|another|many|several|both|all)\b/iu;
export const HEAD_GENDER: Record<string, 'm' | 'f'> = { spokesman: 'm', spokeswoman: 'f', man: 'm', woman: 'f', businessman: 'm', businesswoman: 'f', actor: 'm', actress: 'f', congressman: 'm', congresswoman: 'f', chairman: 'm', chairwoman: 'f', prince: 'm', father: 'm', mother: 'f', wife: 'f', husband: 'm' };

/** A mention of one person (name), one described person (description), or neither. */
export interface Named {
  at: number;
  text: string;
  /** The person's name, when the mention names one person. */
  name: string | null;
  /** An indefinite description of one person ("a senior official"), when it is one. */
  description: string | null;
  gender: 'm' | 'f' | null;
}

/** What the proxy knows of one article: its text, where its body starts (after the headline) and the surnames annotated as sources. */
export interface Article {
  text: string;
  body: number;
  surnames: Set<string>;
}

/** Titles written only before a person's name (not "former", "state", "house"). */
const PERSON_TITLES = new Set([
  ...GENDERED.keys(), 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president', 'mayor', 'judge', 'gen',
  'general', 'secretary', 'prof', 'professor', 'rev', 'sgt', 'capt', 'lt', 'col', 'adm', 'speaker', 'ambassador', 'minister', 'justice',
]);

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Gender of a surname from the article's body: "Mr./Ms. Surname" or "Given [Middle] Surname" with
 * a given name of known gender, the nearest before `before` first. The headline is skipped: its
 * title case makes any word look like a given name ("Clinton Wins Delaware").
 */
function genderInText(a: Article, surname: string, before: number): 'm' | 'f' | null {
  // "Hillary Rodham Clinton", "Entrusting Donald Trump": the word before the surname or the one before that.
  const re = new RegExp(String.raw`\b(\p{Lu}\p{L}*)\.?[ \t]+(?:(\p{Lu}\p{L}+)[ \t]+)?(?:\p{Lu}\.[ \t]+)?${escapeRe(surname)}\b`, 'gu');
  let early: 'm' | 'f' | null = null;
  let late: 'm' | 'f' | null = null;
  re.lastIndex = a.body;
  for (let m = re.exec(a.text); m; m = re.exec(a.text)) {
    // Overlapping matches: "Rep. Sander M. Levin" is tried again from "Sander".
    re.lastIndex = m.index + m[1]!.length + 1;
    const of = (w: string | undefined): 'm' | 'f' | null => (w ? (GENDERED.get(w.toLowerCase()) ?? firstNameGender(w)) : null);
    // A full stop after the first word is a title's ("Mr."), else a sentence's end ("…on Tuesday. Already, …").
    if (a.text[m.index + m[1]!.length] === '.' && !GENDERED.has(m[1]!.toLowerCase())) continue;
    const g = of(m[1]) ?? of(m[2]);
    if (!g) continue;
    if (m.index < before) early = g;
    else late ??= g;
  }
  return early ?? late;
}

/** Is a lone surname written after another name word in the body ("Jasbir Singh", "Hillary Rodham Clinton")? */
function fullNameInText(a: Article, surname: string): boolean {
  const re = new RegExp(String.raw`(\p{Lu}[\p{Ll}'’-]+)[ \t]+(?:\p{Lu}\.[ \t]+)?${escapeRe(surname)}\b`, 'gu');
  re.lastIndex = a.body;
  for (let m = re.exec(a.text); m; m = re.exec(a.text)) {
    const w = m[1]!.toLowerCase();
    if (!LEADING_COMMON.has(w) && !TITLES.has(w) && !NOT_PERSON.has(w)) return true;
  }
  return false;
}

/** Is the last word of a full name written on its own at least twice ("Berhanu Nega" … "Nega traveled"), as surnames are and "United Technologies" is not? */
function aloneInText(a: Article, surname: string): boolean {
  const re = new RegExp(String.raw`(?<!\p{Lu}[\p{L}'’-]*[ \t]+)\b${escapeRe(surname)}\b`, 'gu');
  return (a.text.slice(a.body).match(re)?.length ?? 0) >= 2;
}

/** The head noun of an indefinite description of one person ("a partner at Mr. X's firm" → partner), or null. */
function indefiniteHead(raw: string): string | null {
  const m = /^(?:a|an|one)\s+((?:[\p{L}-]+\s+){0,5}?)([\p{Ll}-]+)(?=$|[\s,]+(?:at|of|for|in|with|from|on|who|that|to)\b|,)/u.exec(raw);
  return m && PERSON_HEADS.has(m[2]!) ? m[2]! : null;
}

const APPOSITIVE = new RegExp(String.raw`^,[ \t]+(?:\d{1,3},|(?:the|a|an)[ \t]+(?:[\p{L}-]+[ \t]+){0,4}?(${[...PERSON_HEADS].join('|')})\b)`, 'u');

/**
 * A mention as one known person with a gender, or one described person; name and description
 * null when it is neither (a pronoun, a definite description, a group, an organisation, a place).
 */
export function personIn(a: Article, at: number, raw: string): Named {
  const out: Named = { at, text: raw, name: null, description: null, gender: null };
  const head = indefiniteHead(raw);
  if (head) return { ...out, description: raw, gender: HEAD_GENDER[head] ?? null };
  if (DETERMINER.test(raw) || /^(?:he|she|they|it|we|i|you|who|him|her)$/iu.test(raw) || !/^\p{Lu}/u.test(raw)) return out;
  // "Sens. Tom Carper and Chris Coons", "Clinton and Sanders": a group, not one person.
  if (/\s(?:and|&)\s/u.test(raw.split(',')[0]!)) return out;
  const name = nameOf(raw);
  if (!name) return out;
  const toks = name.split(/\s+/u);
  const surname = toks[toks.length - 1]!;
  const titles = raw.slice(0, raw.indexOf(toks[0]!)).toLowerCase().split(/[\s.,]+/u).filter((t) => PERSON_TITLES.has(t));
  const given = toks.length > 1 ? firstNameGender(toks[0]!) : null;
  const titled = titles.find((t) => GENDERED.has(t));
  const inText = genderInText(a, surname, at + raw.length);
  const titledInText = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Sen|Rep|Gov|Dr|President)\.?\s+${escapeRe(surname)}\b`, 'u').test(a.text);
  // "Dottie Deans, the chairwoman of…", "Singh, 47,": an appositive that only a person takes.
  const end = at + raw.indexOf(surname) + surname.length;
  // A lone word must also be written mid-sentence, as names are and "Already, …" is not.
  const proper = toks.length > 1 || new RegExp(String.raw`\p{Ll}[ \t]+${escapeRe(surname)}\b`, 'u').test(a.text);
  const appositive = proper ? APPOSITIVE.exec(a.text.slice(end, end + 80)) : null;
  // Titles, an appositive or a given name outweigh looksLikePerson's plural endings ("Dottie Deans" is no "Europeans").
  if (!(titles.length || appositive || (toks.length > 1 && isGivenName(toks[0]!))) && !looksLikePerson(name)) return out;
  const known =
    appositive !== null ||
    titles.length > 0 || (toks.length > 1 && isGivenName(toks[0]!)) || titledInText || inText !== null || (toks.length === 1 ? a.surnames.has(surname) && fullNameInText(a, surname) : aloneInText(a, surname));
  if (!known) return out;
  return { ...out, name, gender: (titled ? GENDERED.get(titled)! : null) ?? given ?? inText ?? (appositive?.[1] ? (HEAD_GENDER[appositive[1]] ?? null) : null) };
}

/** Past tenses that end in no "-ed": between two names they make a sentence ("Trump beat Jeb Bush"), not a role. */
const VERBS = new Set('said told met won beat led took gave made sent put let hit saw knew thought became left ran spoke wrote came got heard held kept lost paid read sat set stood brought bought caught fought taught and or but of with for to at in on by from who that'.split(' '));

const SENTENCE_SUBJECT = new RegExp(
  String.raw`(?:^|\n|[.!?]["”’')\]]*[ \t]+)` +
    // An opener before the subject: "But", "As for", "On Thursday,", "In the interview,".
    String.raw`(?:(?:But|And|Still|So|Yet|Now|Then|Meanwhile|However|Instead|As for),?[ \t]+|(?:On|In|At|Last|Later|Earlier|After|Before|During|Since|Asked|Speaking)\b[^,.\n]{0,40},[ \t]+)?` +
    // Words, initials and title abbreviations ("Texas Sen. Ted Cruz", "Paul D. Ryan"), never ending in a full stop.
    String.raw`((?:(?:Mr|Mrs|Ms|Dr|Sens?|Reps?|Gov|Gen|Lt|Col|Prof|Rev|Sgt|Capt|Adm)\.[ \t]+|\p{Lu}\.[ \t]+|\p{Lu}[\p{L}'’-]*[ \t]+)*\p{Lu}[\p{L}'’-]*)`,
  'gu',
);

/** The person named at the start of each sentence ("Mrs. Clinton sees…", "On Thursday, Sanders unloaded…"): whom a paragraph is about. */
export function sentenceSubjects(a: Article): Named[] {
  const out: Named[] = [];
  // Not in the headline, whose title case reads as names ("Glenn Beck Blasts Drudge").
  SENTENCE_SUBJECT.lastIndex = a.body;
  for (let m = SENTENCE_SUBJECT.exec(a.text); m; m = SENTENCE_SUBJECT.exec(a.text)) {
    const run = m[1]!.replace(/[’']s$/u, '');
    // A headline in title case is no sentence subject: a name is a few words.
    if (run.split(/\s+/u).length > 4) continue;
    const at = m.index + m[0].length - m[1]!.length;
    // "Gov. Jack Markell", "Sens. Tom Carper", "Paul D. Ryan": the full stop of a title or an initial, not a sentence's end.
    const prev = /(\p{L}+)\.[ \t]+$/u.exec(a.text.slice(Math.max(0, at - 12), at))?.[1];
    if (prev && (/^\p{Lu}$/u.test(prev) || TITLES.has(prev.toLowerCase()) || TITLES.has(prev.toLowerCase().replace(/s$/u, '')))) continue;
    // "Clinton campaign Chairman John Podesta": a name before role words and another full name only qualifies the role.
    const end = at + m[1]!.length;
    const role = /^(?:[’']s)?[ \t]+((?:[\p{Ll}-]+[ \t]+){1,3})\p{Lu}[\p{L}.]*[ \t]+\p{Lu}/u.exec(a.text.slice(end, end + 80));
    if (role && role[1]!.trim().split(/[ \t]+/u).every((w) => !/(?:ed|s)$/u.test(w) && !VERBS.has(w))) continue;
    const p = personIn(a, at, run);
    // A lone word opening a sentence is a person when the body writes it alone again ("Yazan says", "Rihanna, who…").
    if (!p.name && !run.includes(' ') && looksLikePerson(run) && !LEADING_COMMON.has(run.toLowerCase()) && aloneInText(a, run) && /^\s*(?:,|[\p{Ll}]+\b)/u.test(a.text.slice(end, end + 20)))
      out.push({ ...p, name: run, gender: genderInText(a, run, at) });
    else if (p.name) out.push(p);
  }
  return out;
}
