/**
 * Stop words per language from the `stopword` package. Each language is its own ES module there,
 * so only the few imported here end up in the extension bundle (the full multi-language lists
 * would weigh hundreds of KB in the service worker). Words are kept folded (no accents: "für" →
 * "fur"), as the tokens they are compared with; the lists as written serve language detection.
 */
import { ces, dan, deu, eng, fin, fra, ita, nld, nob, pol, por, ron, rus, slk, spa, swe, tur, ukr } from 'stopword';
import { fold } from './normalize';

/** The lists as the package writes them (accents kept), by two-letter language. */
export const STOPWORD_LISTS: Readonly<Record<string, readonly string[]>> = {
  en: eng, de: deu, fr: fra, es: spa, it: ita, nl: nld, pt: por, ro: ron, tr: tur,
  sv: swe, da: dan, no: nob, fi: fin, pl: pol, cs: ces, sk: slk, ru: rus, uk: ukr,
};
/** Tags that share another's list (Norwegian Bokmål and Nynorsk). */
const ALIAS: Readonly<Record<string, string>> = { nb: 'no', nn: 'no' };
const SETS = new Map<string, Set<string>>();

/** Extra function words of news English the package list leaves out; they carry no story. */
const EN_EXTRA = ['s', 't', 'll', 're', 've', 'd', 'm', 'mr', 'mrs', 'ms', 'dr', 'us', 'its', 'it', 'also', 'just', 'one', 'would', 'could', 'should', 'will', 'may', 'might', 'must', 'can', 'say', 'says', 'said', 'told', 'according', 'like', 'including', 'however', 'get', 'got'];
/** The package's Spanish list has 59 words (no "es", "fue", "han", "este"): the commonest others. */
export const ES_EXTRA = ('es son fue fueron era ser sido ha han había hay este esta estos estas esto esa esos esas ' +
  'unos unas otros otra otras todo todos toda todas tras entre hasta según sin así aunque mientras después antes ' +
  'ahora donde dijo dice afirmó señaló año años').split(' ');

/** The two-letter base of a BCP 47 tag ("en-GB" → "en"), the key the stop lists use. */
export function baseLang(lang: string | null | undefined): string {
  return (lang ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';
}

/** The stop list of a language as written (empty when there is none). */
export function stopwordList(lang: string | null | undefined): readonly string[] {
  const base = baseLang(lang);
  const list = STOPWORD_LISTS[ALIAS[base] ?? base] ?? [];
  return base === 'es' ? [...list, ...ES_EXTRA] : base === 'en' ? [...list, ...EN_EXTRA] : list;
}

/** The stop-word set for a language, folded (empty for languages without a list: IDF then does the work). */
export function stopwordSet(lang: string | null | undefined): Set<string> {
  const base = baseLang(lang);
  let set = SETS.get(base);
  if (!set) {
    set = new Set(stopwordList(base).map(fold));
    SETS.set(base, set);
  }
  return set;
}

/** True for a function word (folded form expected) that says nothing about what a story is about. */
export function isStopword(folded: string, lang?: string | null): boolean {
  return stopwordSet(lang).has(folded);
}
