/**
 * The interface's words in the reader's language. Messages live in `./locales/<lang>/*.ts` (the one
 * home of every string a page shows), are written out as `_locales/<lang>/messages.json` at build
 * time (scripts/locales.ts), and are read in the extension through `browser.i18n`, so the browser
 * picks the language as it does for every extension; Node (the CLI, tests) reads the tables
 * directly. Pure: no browser import — the extension passes its `browser.i18n` in.
 */
import { en, type MessageKey, type PluralKey } from './locales';

/** Values put into a message's `{name}` slots (numbers are formatted for the locale). */
export type Params = Record<string, string | number>;

/** What every page and every core sentence that a person reads is written through. */
export interface I18n {
  /** The BCP 47 locale dates, numbers and plural forms follow ("de", "fr-CA", "en-GB"). */
  readonly locale: string;
  /** The message `key` with its `{name}` slots filled. */
  t(key: MessageKey, params?: Params): string;
  /** The plural form of `key` the locale's rules pick for `count` (`key_one`, `key_other`, …), `{count}` filled. */
  plural(key: PluralKey, count: number, params?: Params): string;
  /** A number as the locale writes it ("1,234" / "1.234" / "1 234"). */
  number(n: number): string;
  /** Items joined as the locale joins a list ("A, B and C" / "A, B und C" / "A, B et C"). */
  list(items: readonly string[]): string;
}

/** Looks a message up by its name; undefined (or "") when the language has none. */
export type Lookup = (name: string) => string | undefined;

/** The part of `browser.i18n` a page needs (passed in by the entrypoint that owns `browser`). */
export interface BrowserI18nApi {
  getMessage(name: string): string;
  getUILanguage(): string;
}

/**
 * A translator over any lookup. A name the lookup lacks falls back to English (a message added
 * to en before the others have it shows in English, never as its key).
 */
export function createI18n(lookup: Lookup, locale: string): I18n {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const raw = (name: string): string => lookup(name) || (en as Record<string, string>)[name] || name;
  const fill = (text: string, params: Params | undefined): string =>
    params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? format(params[k]!) : m)) : text;
  const format = (v: string | number): string => (typeof v === 'number' ? numbers.format(v) : v);
  return {
    locale,
    t: (key, params) => fill(raw(key), params),
    plural(key, count, params) {
      const form = `${key}_${rules.select(count)}`;
      const text = lookup(form) || (en as Record<string, string>)[form] || raw(`${key}_other`);
      return fill(text, { count, ...params });
    },
    number: (n) => numbers.format(n),
    list: (items) => lists.format(items),
  };
}

/** The extension's translator: the browser's language and its pick of `_locales`. */
export function extensionI18n(api: BrowserI18nApi): I18n {
  return createI18n((name) => api.getMessage(name) || undefined, api.getUILanguage() || 'en');
}

/**
 * English (dates as en-GB writes them), the default of every function that writes a sentence for a
 * person. Only the English table is bundled with the extension (it is createI18n's fallback too); the
 * other languages reach it through `_locales` (tableI18n in ./table-i18n.ts is for Node and tests).
 */
export const english: I18n = createI18n((name) => (en as Record<string, string>)[name], 'en-GB');
