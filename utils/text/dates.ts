/**
 * The days a news text states ("on Thursday", "yesterday", "March 24", "last week"), resolved against
 * the article's publication day. Coverage of one story falls within days of the event; the day the text
 * names is evidence of which event it reports, beside the publication date.
 *
 * chrono-node finds the expressions (its casual parsers for en, de, fr, es, it, nl, pt); the resolution
 * is ours, because news has its own conventions that chrono's defaults do not follow:
 * - a bare weekday refers to the past week ("on Thursday" in a Saturday paper is two days before; the
 *   publication weekday itself is that day; "last Thursday" on a Thursday is 7 days before); chrono
 *   picks the closest weekday, future included;
 * - a month-day without a year is in the publication year (AP style gives the year otherwise), except
 *   near the new year ("Dec. 30" in a January 2 article is the previous December); one more than
 *   FUTURE_SLACK days after the publication day is a future date and dropped;
 * - what is stated as future ("will meet on Thursday", "next week", "tomorrow", "until Friday") is
 *   dropped, not resolved forward: it is not the day the reported event happened;
 * - without a publication day only explicit dates with a year are kept;
 * - years alone, months alone, times of day, birthdates, page metadata ("Updated: …") and slash forms that are not dates ("24/7",
 *   "9/11", "1/2 mile") are dropped.
 */
// The package root, not its 'chrono-node/en' subpaths: Vite (WXT's bundler) does not resolve that
// exports pattern. The root's locales are namespaces of a side-effect-free package: only the seven
// used here are bundled (≈126 KB minified, 28 KB gzipped; English alone ≈60 KB / 15 KB).
import { de, en, es, fr, it, nl, pt, type ParsedResult } from 'chrono-node';

/** A date the text states, resolved to days since 1970-01-01 (UTC), with how sure the resolution is. */
export interface StatedDate {
  day: number;
  /** true for an explicit calendar date (month+day, with or without year); false for relative ones (weekday, yesterday) */
  explicit: boolean;
  /** days of uncertainty: 0 for a day, 3 for "last week", 15 for "last month" */
  spread: number;
  /** `day - spread` */
  start: number;
  /** `day + spread` */
  end: number;
  /** the words that state it, as chrono matched them in the (artefact-mended) text */
  text: string;
}

const DAY_MS = 86_400_000;
/** Days after the publication day a year-less month-day may fall (an announced event, a dateline lag). */
export const FUTURE_SLACK = 7;
/** Days before the publication day a previous-year month-day may fall when the current year's is future. */
const NEW_YEAR_WINDOW = 75;
/**
 * Characters parsed: the event's day is stated early; this bounds the cost on a huge page (chrono takes
 * ≈1 ms per 5,000 characters of news, up to ≈4 ms on 5,000 characters of digit runs).
 */
export const MAX_DATE_TEXT = 20_000;
/** Longest explicit range kept ("March 3-5"), in days. */
const MAX_RANGE = 14;

type Parser = typeof en.casual;
const PARSERS: Record<string, Parser> = { en: en.casual, de: de.casual, fr: fr.casual, es: es.casual, it: it.casual, nl: nl.casual, pt: pt.casual };

/** Full weekday names (abbreviations such as "Sun", "Sat", "Wed", "mar", "mer" are words too often). */
const WEEKDAY_WORD =
  /(?:mon|tues|wednes|thurs|fri|satur|sun)day|tues\.|thurs\.|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|(?:segunda|ter[cç]a|quarta|quinta|sexta)-feira/i;
const WEEKEND_WORD = /weekend|wochenende|week-end|fin de semana|fine settimana|fim de semana/i;
/** Modifiers that put a weekday in the past week ("last Thursday", "jeudi dernier"). */
const PAST_MOD =
  /\b(?:last|past|letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?|dernier|derni[eè]re|pass[ée]e?|pasad[oa]|[uú]ltim[oa]|scors[oa]|passat[oa]|afgelopen|vorige)\b/i;
/** Modifiers that put it in the present or next week ("this Thursday", "jeudi prochain"). */
const NEXT_MOD =
  /\b(?:this|next|coming|n[aä]chste[nmrs]?|kommende[nmrs]?|diese[nmrs]?|prochaine?|ce|cette|pr[oó]xim[oa]|que viene|este|esta|prossim[oa]|quest[oa]|volgende|komende|deze|dit|est[ea]|pr[oó]xima)\b/i;

/** Words before a date, in its clause, that state it as future (or as a deadline). */
const FUTURE_CONTEXT: Record<string, RegExp> = {
  en: /\b(?:will|won['’]t|['’]ll|shall|plans? to|planning to|planned for|scheduled|set to|slated|expected to|due to|going to|upcoming|to be held|until|till)\b/i,
  de: /\b(?:wird|werden|soll|sollen|geplant|bis|ab)\b/i,
  fr: /\b(?:va|vont|sera|seront|doit|doivent|devra|devront|prévue?s?|jusqu['’]|d['’]ici)\b/i,
  es: /\b(?:será|serán|va a|van a|prevé|previst[oa]s?|hasta|deberá)\b/i,
  it: /\b(?:sarà|saranno|previst[oaie]|fino a|entro|dovrà)\b/i,
  nl: /\b(?:zal|zullen|gaat|gaan|gepland|tot|vanaf)\b/i,
  pt: /\b(?:será|serão|vai|vão|previst[oa]s?|até|deverá)\b/i,
};
/** Words just before a date that make it a birthdate. */
const BIRTH: Record<string, RegExp> = {
  en: /\b(?:born|b\.)(?:\s+(?:on|in))?\s*$/i,
  de: /\b(?:geboren|geb\.)(?:\s+(?:am|im))?\s*$/i,
  fr: /\b(?:née?)(?:\s+(?:le|en))?\s*$/i,
  es: /\b(?:nacid[oa])(?:\s+(?:el|en))?\s*$/i,
  it: /\b(?:nat[oa])(?:\s+(?:il|nel))?\s*$/i,
  nl: /\b(?:geboren)(?:\s+(?:op|in))?\s*$/i,
  pt: /\b(?:nascid[oa])(?:\s+(?:em|a))?\s*$/i,
};
/** Page metadata before a date ("Posted: …", "Updated: …", "(Published …"): when the page changed, not the event. */
const METADATA =
  /\b(?:updated?|posted|published|modified|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|aggiornato|pubblicato|bijgewerkt|gepubliceerd|atualizado)(?:\s+(?:on|at|am|le|el|il|op|em))?\s*[:(]?\s*$/i;
/** Named days that are not a day of the report ("Good Friday", "Super Tuesday", "The Sunday Times"). */
const NAMED_BEFORE = /\b(?:easter|palm|bloody|black|good|super|cyber|ash|holy|fat|the)\s+$/i;
const NAMED_AFTER = /^\s+(?:times|telegraph|mirror|express|herald|post|star|school|night football)\b/i;
const LOWER_EN_MONTH = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/;
/** Slash forms that are not dates. */
const NOT_SLASH_DATE = /^(?:9\/11|24\/7|1\/2|1\/3|2\/3|1\/4|3\/4)$/;

const WEEK_UNIT = /week|woche|semaine|semana|settimana/i;
const MONTH_UNIT = /month|monat|mois|\bmes\b|mese|maand|m[eê]s\b/i;
const YEAR_UNIT = /year|jahr|\ban\b|année|año|anno|jaar|\bano\b/i;
const FEW = /\b(?:few|several|couple|einigen|paar|quelques|unos|unas|alcuni|enkele|alguns)\b/i;

/** Re-joined-token artefacts of the datasets: "3: 33 a. m." → "3:33 a.m.", "March 24 ," → "March 24,". */
export function mendDateText(text: string): string {
  return text
    .replace(/(\d) ?: (\d\d)\b/g, '$1:$2')
    .replace(/\b([ap])\. ([m])\./gi, '$1.$2.')
    .replace(/ +([,;:!?)])/g, '$1')
    .replace(/([(]) +/g, '$1');
}

const dayOf = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
/** 0 = Sunday, as chrono's `weekday`. */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** Dates stated in `text`, resolved against `publishedDay` (days since epoch, or null when unknown). */
export function statedDates(text: string, publishedDay: number | null, lang = 'en'): StatedDate[] {
  const parser = PARSERS[lang.slice(0, 2).toLowerCase()];
  if (!parser || !text) return [];
  const code = lang.slice(0, 2).toLowerCase();
  const mended = mendDateText(text.length > MAX_DATE_TEXT ? text.slice(0, MAX_DATE_TEXT) : text);
  // Noon UTC of the publication day, in UTC: chrono's relative results ("yesterday") then fall on the
  // right calendar day. Without a publication day the reference only fills implied fields we ignore.
  const refDay = publishedDay ?? dayOf(2000, 1, 1);
  const reference = { instant: new Date(refDay * DAY_MS + DAY_MS / 2), timezone: 0 };
  let results: ParsedResult[];
  try {
    results = parser.parse(mended, reference, { forwardDate: false });
  } catch {
    return [];
  }
  const out: StatedDate[] = [];
  for (const r of results) {
    const d = resolve(r, mended, publishedDay, code);
    if (!d) continue;
    const same = out.findIndex((o) => o.day === d.day && o.spread === d.spread);
    if (same < 0) out.push(d);
    else if (d.explicit && !out[same]!.explicit) out[same] = d;
  }
  return out;
}

function make(day: number, explicit: boolean, spread: number, text: string): StatedDate {
  return { day, explicit, spread, start: day - spread, end: day + spread, text: text.replace(/^[\s,(（]+|[\s,)）]+$/g, '') };
}

function resolve(r: ParsedResult, text: string, pub: number | null, lang: string): StatedDate | null {
  const s = r.start;
  const before = text.slice(Math.max(0, r.index - 80), r.index);
  const clause = before.slice(Math.max(before.search(/[^!?;,\n.]*$/), 0));
  if (FUTURE_CONTEXT[lang]!.test(clause)) return null;
  if (BIRTH[lang]!.test(before) || METADATA.test(before)) return null;
  const words = r.text;
  const hasDay = s.isCertain('day');
  const hasMonth = s.isCertain('month');
  const hasYear = s.isCertain('year');
  const tags = [...r.tags()].join(' ');
  const relativeTag = /relativeDate|casualReference|CasualDate/.test(tags);

  // An explicit calendar date: a day and a month, stated with digits.
  if (hasDay && hasMonth && /\d/.test(words) && !relativeTag) {
    if (/\//.test(words) && !hasYear && (NOT_SLASH_DATE.test(words.trim()) || !/\b(?:on|am|le|el|il|op|em)\s+$/i.test(before))) return null;
    // English capitalises month names: "protesters march 10 blocks" is no date
    if (lang === 'en' && LOWER_EN_MONTH.test(words)) return null;
    const month = s.get('month')!;
    const date = s.get('day')!;
    let day: number | null;
    if (hasYear) day = dayOf(s.get('year')!, month, date);
    else if (pub === null) return null;
    else day = yearless(month, date, pub, s.isCertain('weekday') ? s.get('weekday') : null);
    if (day === null) return null;
    if (pub !== null && day > pub + FUTURE_SLACK && !hasYear) return null;
    let spread = 0;
    if (r.end && r.end.isCertain('day')) {
      const endDay = dayOf(r.end.get('year')!, r.end.get('month')!, r.end.get('day')!);
      const len = endDay - day;
      if (len < 0 || len > MAX_RANGE) return null;
      spread = Math.ceil(len / 2);
      day += Math.floor(len / 2);
    }
    return make(day, true, spread, words);
  }
  if (pub === null) return null;

  // A weekday without a date: the past week.
  if (s.isCertain('weekday') && !hasDay) {
    if (r.end) return null; // "Monday-Friday": opening hours, not a day
    const weekend = WEEKEND_WORD.test(words);
    if (!weekend && !WEEKDAY_WORD.test(words)) return null;
    if (!weekend && (NAMED_BEFORE.test(before) || NAMED_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 20)))) return null;
    // chrono's pt and es parsers leave a preceding modifier out of the match ("na próxima quinta-feira")
    const mods = `${/(?:\S+\s+){0,2}$/.exec(clause)?.[0] ?? ''} ${words}`;
    const past = PAST_MOD.test(mods);
    if (!past && NEXT_MOD.test(mods)) return null;
    if (weekend) {
      if (!past) return null;
      // last weekend: the Saturday and Sunday before the publication day
      const back = ((weekdayOf(pub) - 6 + 7) % 7) || 7;
      return make(pub - back, false, 1, words);
    }
    const w = s.get('weekday')!;
    let back = (weekdayOf(pub) - w + 7) % 7;
    if (past && back === 0) back = 7;
    return make(pub - back, false, 0, words);
  }

  // A relative day chrono computed from the reference: yesterday, today, last night, 3 days ago, last week.
  if (hasDay && hasMonth && hasYear) {
    if (/\bnow\b/.test(tags) || /casualReference\/now/.test(tags)) return null;
    if (/\b(?:before|after|earlier|later|vorher|früher|später|danach|avant|après|antes|después|prima|dopo|ervoor|erna|depois)\b/i.test(words)) return null;
    if (/\bUSA\s*$/.test(before)) return null; // USA Today
    const day = dayOf(s.get('year')!, s.get('month')!, s.get('day')!);
    if (day > pub) return null; // tomorrow, in 3 days
    if (YEAR_UNIT.test(words)) return null;
    if ((MONTH_UNIT.test(words) || WEEK_UNIT.test(words)) && FEW.test(words)) return null; // "several weeks ago"
    if (MONTH_UNIT.test(words)) return make(day, false, 15, words);
    if (WEEK_UNIT.test(words)) return make(day, false, 3, words);
    return make(day, false, FEW.test(words) ? 2 : 0, words);
  }

  // A month without a day: "last month" (the previous calendar month), "earlier this month".
  if (hasMonth && hasYear && !hasDay && !/\d/.test(words)) {
    const month = s.get('month')!;
    const year = s.get('year')!;
    const first = dayOf(year, month, 1);
    const next = dayOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1);
    if (next <= pub && next > pub - 40) {
      const spread = Math.floor((next - first) / 2);
      return make(first + spread, false, spread, words);
    }
    if (first <= pub && next > pub && /\bearlier\s*$/i.test(before)) {
      const spread = Math.floor((pub - first) / 2);
      return make(first + spread, false, spread, words);
    }
    return null;
  }

  // "earlier this week" (chrono knows nothing of it but the week)
  if (!hasDay && !hasMonth && WEEK_UNIT.test(words) && /\bthis\s+week\b/i.test(words) && /\bearlier\s*$/i.test(before)) {
    const back = (weekdayOf(pub) + 6) % 7; // days since Monday
    if (back === 0) return null;
    const spread = Math.floor(back / 2);
    return make(pub - back + spread, false, spread, words);
  }

  // "this morning", "Thursday night" without a weekday: times of a day chrono left implied.
  if (/casualReference\/(?:morning|afternoon|evening|noon)/.test(tags) && /\b(?:this|heute|ce|cet|esta|este|stamattina|oggi|vanmorgen|vanmiddag|vanavond|hoje)\b/i.test(words)) {
    return make(pub, false, 0, words);
  }
  return null; // years, months, times of day
}

/**
 * The day of a month-day stated without a year: in the publication year unless that is more than
 * FUTURE_SLACK days ahead, in which case the previous year's when it is within NEW_YEAR_WINDOW days
 * ("Dec. 30" in a January 2 article), or the next year's when that is within FUTURE_SLACK ("Jan. 3" in
 * a December 30 article); otherwise a future date: null. A stated weekday that fits one candidate only
 * decides.
 */
function yearless(month: number, date: number, pub: number, weekday: number | null): number | null {
  const year = new Date(pub * DAY_MS).getUTCFullYear();
  const cands = [year - 1, year, year + 1].map((y) => dayOf(y, month, date));
  if (weekday !== null) {
    const fit = cands.filter((c) => weekdayOf(c) === weekday && c <= pub + FUTURE_SLACK && c > pub - 366);
    if (fit.length === 1) return fit[0]!;
  }
  const [prev, cur, next] = cands as [number, number, number];
  if (next <= pub + FUTURE_SLACK) return next;
  if (cur <= pub + FUTURE_SLACK) return cur;
  if (prev >= pub - NEW_YEAR_WINDOW) return prev;
  return null;
}

/**
 * Runs the English date parser twice on a short text. V8 compiles chrono-node's large regular
 * expressions to native code on their second use, which costs ~120 ms once per process; the
 * offscreen document, where Chrome makes the pages' features, calls it when idle after it opens, so
 * no page read pays it (the service worker no longer does: it blocked a woken worker's start).
 */
export function warmUpDates(): void {
  for (let i = 0; i < 2; i++) statedDates('Police said on Friday, March 4, that the man was shot yesterday.', 19_000, 'en');
}
