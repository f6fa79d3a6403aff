/**
 * Stemming so that "sanctions", "sanctioned" and "sanctioning" count as one content term. English
 * uses the Porter stemmer of the `stemmer` package; other languages keep the folded word (a wrong
 * English stem would merge unrelated words, which is worse than no stem). Results are memoised:
 * news vocabulary repeats a lot across articles.
 */
import { stemmer } from 'stemmer';
import { baseLang } from './stopwords';

const cache = new Map<string, string>();
const CACHE_MAX = 50_000;

/** The stem of an already folded word in the given language. */
export function stem(folded: string, lang?: string | null): string {
  if (baseLang(lang) !== 'en') return folded;
  let s = cache.get(folded);
  if (s === undefined) {
    s = /^[a-z]+$/.test(folded) ? stemmer(folded) : folded;
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(folded, s);
  }
  return s;
}
