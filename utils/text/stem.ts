/**
 * Stemming so that "sanctions", "sanctioned" and "sanctioning" count as one content term.
 *
 * - English uses the Porter stemmer of the `stemmer` package, exactly as before (the prior table of
 *   ../match/prior-table.ts is keyed by its stems).
 * - Other languages use the Snowball stemmers of `@orama/stemmers`, one ES module per language (5–15 KB
 *   minified each, so only the languages imported here reach the bundle; pure functions, no Node
 *   built-ins, fine in a service worker). Languages without a stemmer keep the folded word.
 *
 * Results are memoised: news vocabulary repeats a lot across articles.
 */
import { stemmer as porter } from 'stemmer';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { fold, lowerFor } from './normalize';
import { baseLang } from './stopwords';

/** Snowball stemmers by two-letter language (Norwegian Bokmål and Nynorsk share one). */
const SNOWBALL: Readonly<Record<string, (word: string) => string>> = {
  da: danish,
  de: german,
  es: spanish,
  fi: finnish,
  fr: french,
  it: italian,
  nb: norwegian,
  nl: dutch,
  nn: norwegian,
  no: norwegian,
  pt: portuguese,
  ro: romanian,
  ru: russian,
  sv: swedish,
  tr: turkish,
};

/** The languages stem() and stemSurface() stem (English included). */
export const STEMMED_LANGS: readonly string[] = ['en', ...Object.keys(SNOWBALL)];

/** True when words of this language are stemmed (otherwise the folded word is the term). */
export function hasStemmer(lang: string | null | undefined): boolean {
  const base = baseLang(lang);
  return base === 'en' || base in SNOWBALL;
}

const cache = new Map<string, string>();
/** Other languages share one memo, keyed "lang\u0000word"; surface forms another. */
const otherCache = new Map<string, string>();
const CACHE_MAX = 50_000;

function memo(map: Map<string, string>, key: string, compute: () => string): string {
  let s = map.get(key);
  if (s === undefined) {
    s = compute();
    if (map.size >= CACHE_MAX) map.clear();
    map.set(key, s);
  }
  return s;
}

/** Words of letters only (a hyphenated compound or a code is kept whole). */
const LETTERS = /^\p{L}+$/u;

/**
 * The stem of an already folded word in the given language (English: Porter, unchanged; others:
 * Snowball on the folded form). Prefer stemSurface() for other languages: Snowball reads the
 * diacritics that folding drops (Turkish ı/ş/ğ, Portuguese ã, Romanian ă/ș).
 */
export function stem(folded: string, lang?: string | null): string {
  const base = baseLang(lang);
  if (base === 'en') {
    let s = cache.get(folded);
    if (s === undefined) {
      s = /^[a-z]+$/.test(folded) ? porter(folded) : folded;
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(folded, s);
    }
    return s;
  }
  const snow = SNOWBALL[base];
  if (!snow) return folded;
  return memo(otherCache, `${base}\u0000${folded}`, () => (LETTERS.test(folded) ? fold(snow(folded)) : folded));
}

/**
 * The stem of a word as written (a token's surface, possessive already dropped), folded like every
 * key: lower-cased by the language's rules (Turkish "I" → "ı", "İ" → "i"), stemmed by Snowball with its
 * diacritics, then folded ("negociações" → "negoc", "Cumhurbaşkanlığı" → "cumhurbaskanlik", where the
 * folded words would give "negociaco" and "cumhurbaskanligi"). English is exactly
 * stem(fold(surface), 'en'), so English keys do not depend on which of the two is called.
 */
export function stemSurface(surface: string, lang?: string | null): string {
  const base = baseLang(lang);
  const snow = SNOWBALL[base];
  if (!snow) return stem(fold(surface), base);
  return memo(otherCache, `${base}\u0001${surface}`, () => {
    let lower = lowerFor(surface, base);
    if (!LETTERS.test(lower)) return fold(surface);
    // Romanian is written with comma-below ș ț, but older fonts and sites use the cedilla ş ţ.
    if (base === 'ro') lower = lower.replace(/ş/g, 'ș').replace(/ţ/g, 'ț');
    return fold(snow(lower));
  });
}
