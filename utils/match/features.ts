/**
 * featurize(): the expensive text work, done once per article. Titles and leads weigh more than
 * the body because they state what the story is; the rest of the pipeline (index, scorer) only
 * reads the resulting plain object.
 */
import { tokenize, type Token } from '../text/tokenize';
import { extractNames, isCalendarWord, knownNameWords } from '../text/names';
import { articleLang } from '../text/detect-lang';
import { extractNumbers, extractQuantities } from '../text/numbers';
import { isStopword } from '../text/stopwords';
import { stem, stemSurface } from '../text/stem';
import { statedDates } from '../text/dates';
import { minhash } from './minhash';
import { priorDocFreq } from './idf';
import { FEATURES_VERSION, MAX_EVENTS, type ArticleFeatures } from './types';

export type { ArticleFeatures } from './types';

/** Zone weights: a word in the title counts three times, in the lead (first sentences) twice. */
export const TITLE_WEIGHT = 3;
export const LEAD_WEIGHT = 2;
/** Sentences of the body that form the lead. */
export const LEAD_SENTENCES = 3;
/**
 * Words most articles contain ("she", "really", "people": a 500-word text has them with this
 * probability or more, per the word-frequency prior) say nothing about which story it is; the short
 * stop list misses many of them.
 */
export const COMMON_DOC_FREQ = 0.25;
/** Vector caps: long articles keep their most distinctive keys only (bounded index size and query cost). */
export const MAX_TERMS = 150;
export const MAX_NAMES = 60;
export const MAX_LEAD = 60;
/** Quantities kept (the first ones: a report states its key figures early). */
export const MAX_QTY = 40;
/** A stated date vaguer than this many days ("last week") says too little about which event it is. */
const EVENT_SPREAD = 1;

/** What featurize() reads from an article (an Article fits). */
export interface FeaturizeInput {
  id: string;
  title: string | null;
  text: string;
  published: string | null;
  lang?: string | null;
}

const MS_PER_DAY = 86_400_000;
/** Content terms are words of letters (inner hyphens allowed): no codes, counts or clock times. */
const TERM_WORD = /^\p{L}+(?:-\p{L}+)*$/u;

/** Days since the epoch of an ISO 8601 date (YYYY-MM-DD…), or null when absent or in another form. */
export function dayOf(published: string | null): number | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const ms = Date.parse(published);
  return Number.isFinite(ms) ? Math.floor(ms / MS_PER_DAY) : null;
}

function sublinear(sum: number): number {
  return 1 + Math.log(sum);
}

function top(weights: Map<string, number>, cap: number, distinct: (k: string) => number): Record<string, number> {
  const entries = [...weights.entries()].map(([k, s]) => [k, sublinear(s)] as const);
  if (entries.length > cap) {
    entries.sort((a, b) => b[1] * distinct(b[0]) - a[1] * distinct(a[0]) || (a[0] < b[0] ? -1 : 1));
    entries.length = cap;
  }
  const out: Record<string, number> = {};
  for (const [k, w] of entries) out[k] = Math.round(w * 1000) / 1000;
  return out;
}

/**
 * The days the title and lead say the event happened ("on Tuesday night", "March 24"), resolved
 * against the publication day: distinct, first stated first. Vague ones ("last week") are left out.
 */
export function eventDays(lead: string, day: number | null, lang: string): number[] {
  const out: number[] = [];
  for (const d of statedDates(lead, day, lang)) {
    if (d.spread > EVENT_SPREAD || out.includes(d.day)) continue;
    out.push(d.day);
    if (out.length >= MAX_EVENTS) break;
  }
  return out;
}

/** The features of one article: pure, deterministic, JSON-serialisable. */
export function featurize(doc: FeaturizeInput): ArticleFeatures {
  const lang = articleLang(doc.lang, doc.title, doc.text);
  const titleSents = doc.title ? tokenize(doc.title, lang, true) : [];
  const bodySents = tokenize(doc.text, lang);
  const known = knownNameWords(bodySents, lang);

  const names = new Map<string, number>();
  const terms = new Map<string, number>();
  /** Title and lead only: what happened, as the outlet chose to state it first. */
  const lead = new Map<string, number>();
  const surfaces: Record<string, string> = {};
  const allWords: string[] = [];

  const zone = (sents: Token[][], source: string, weightOf: (i: number) => number): void => {
    sents.forEach((s, i) => {
      const w = weightOf(i);
      const inName = new Set<number>();
      for (const m of extractNames([s], known, lang, source)) {
        names.set(m.key, (names.get(m.key) ?? 0) + w);
        if (w > 1) lead.set(`n:${m.lastKey ?? m.key}`, (lead.get(`n:${m.lastKey ?? m.key}`) ?? 0) + 1);
        surfaces[m.key] ??= m.surface;
        if (m.lastKey && m.lastKey !== m.key) {
          names.set(m.lastKey, (names.get(m.lastKey) ?? 0) + w);
          surfaces[m.lastKey] ??= m.surface.slice(m.surface.lastIndexOf(' ') + 1);
        }
        for (const t of s) if (t.start >= m.start && t.end <= m.end) inName.add(t.start);
      }
      for (const t of s) {
        allWords.push(t.folded);
        if (t.numeric || inName.has(t.start) || t.folded.length < 2 || !TERM_WORD.test(t.folded) || isCalendarWord(t.folded, lang)) continue;
        if (isStopword(t.folded, lang)) continue;
        const k = stemSurface(t.surface, lang);
        if (k.length < 2 || isStopword(k, lang) || priorDocFreq(k) >= COMMON_DOC_FREQ) continue;
        terms.set(k, (terms.get(k) ?? 0) + w);
        if (w > 1) lead.set(`t:${k}`, (lead.get(`t:${k}`) ?? 0) + 1);
        surfaces[`t:${k}`] ??= t.surface.toLowerCase() === t.surface || !t.initial ? t.surface : t.surface.toLowerCase();
      }
    });
  };
  zone(titleSents, doc.title ?? '', () => TITLE_WEIGHT);
  zone(bodySents, doc.text, (i) => (i < LEAD_SENTENCES ? LEAD_WEIGHT : 1));

  const termVec = top(terms, MAX_TERMS, (k) => -Math.log(priorDocFreq(k)));
  const nameVec = top(names, MAX_NAMES, (k) => -Math.log(priorDocFreq(k)));
  const kept: Record<string, string> = {};
  for (const k of Object.keys(nameVec)) if (surfaces[k]) kept[k] = surfaces[k]!;
  for (const k of Object.keys(termVec)) if (surfaces[`t:${k}`]) kept[`t:${k}`] = surfaces[`t:${k}`]!;

  const allSents = [...titleSents, ...bodySents];
  const leadSents = allSents.slice(0, titleSents.length + LEAD_SENTENCES);
  const day = dayOf(doc.published);
  const leadEnd = bodySents[Math.min(LEAD_SENTENCES, bodySents.length) - 1]?.at(-1)?.end ?? 0;
  const unitKey = (w: string): string | null => {
    if (w.length < 3 || !TERM_WORD.test(w) || isCalendarWord(w, lang) || isStopword(w, lang)) return null;
    return stem(w, lang);
  };

  return {
    v: FEATURES_VERSION,
    id: doc.id,
    lang,
    day,
    events: eventDays(`${doc.title ?? ''}\n${doc.text.slice(0, leadEnd)}`, day, lang),
    names: nameVec,
    terms: termVec,
    lead: top(lead, MAX_LEAD, () => 1),
    nums: [...new Set(extractNumbers(allSents))],
    leadDays: [...new Set(extractNumbers(leadSents).filter((k) => k[0] === 'w'))],
    qty: extractQuantities(allSents, unitKey).slice(0, MAX_QTY),
    minhash: minhash(allWords),
    surfaces: kept,
    words: allWords.length,
  };
}
