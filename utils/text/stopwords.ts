/**
 * Stop words per language from the `stopword` package. Each language is its own ES module there,
 * so only the few imported here end up in the extension bundle (the full multi-language lists
 * would weigh hundreds of KB in the service worker).
 */
import { deu, eng, fra, ita, nld, por, spa } from 'stopword';

const LISTS: Record<string, readonly string[]> = { en: eng, de: deu, fr: fra, es: spa, it: ita, nl: nld, pt: por };
const SETS = new Map<string, Set<string>>();

/** Extra function words of news English the package list leaves out; they carry no story. */
const EN_EXTRA = ['s', 't', 'll', 're', 've', 'd', 'm', 'mr', 'mrs', 'ms', 'dr', 'us', 'its', 'it', 'also', 'just', 'one', 'would', 'could', 'should', 'will', 'may', 'might', 'must', 'can', 'say', 'says', 'said', 'told', 'according', 'like', 'including', 'however', 'get', 'got'];

/** The two-letter base of a BCP 47 tag ("en-GB" → "en"), the key the stop lists use. */
export function baseLang(lang: string | null | undefined): string {
  return (lang ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';
}

/** The stop-word set for a language (empty for languages without a list: IDF then does the work). */
export function stopwordSet(lang: string | null | undefined): Set<string> {
  const base = baseLang(lang);
  let set = SETS.get(base);
  if (!set) {
    set = new Set(LISTS[base] ?? []);
    if (base === 'en') for (const w of EN_EXTRA) set.add(w);
    SETS.set(base, set);
  }
  return set;
}

/** True for a function word (folded form expected) that says nothing about what a story is about. */
export function isStopword(folded: string, lang?: string | null): boolean {
  return stopwordSet(lang).has(folded);
}
