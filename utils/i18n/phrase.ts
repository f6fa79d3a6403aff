/**
 * A phrase kept as its message and slots rather than as text, for words that are worked out in one
 * place and read in another, where the reader's language is not known: the detector's verdict is
 * found in a page's process or the offscreen document and shown later by the side panel; a fetch's
 * or a parse's failure is thrown by code the CLI shares (./reason-error.ts) and said again by the
 * service that answers a page. `say` words any phrase in a language. The detector's phrases are
 * those of its own area (the `detect` messages): their English is `inEnglish(p)`, from that English
 * area alone, because this module is in the content script, which must not carry every area in
 * every language.
 */
import { detect as en } from './locales/en/detect';
import type { MessageKey } from './locales';
import type { I18n, Params } from './translate';

/** The stem of a plural family among the keys `K`: `articles` for `articles_one` / `articles_other`. */
type PluralStem<K extends string> = K extends `${infer B}_other` ? B : never;

/** A message among `K` with its slots, or a plural family with its count. */
export type Phrase<K extends MessageKey = MessageKey> = { readonly key: K; readonly params?: Params } | { readonly plural: PluralStem<K>; readonly count: number; readonly params?: Params };

/** A message of the detector's area. */
export type PhraseKey = keyof typeof en & string;
/** The stem of one of its plural families. */
export type PhrasePluralKey = PluralStem<PhraseKey>;
/** A phrase of the detector's verdict. */
export type DetectPhrase = Phrase<PhraseKey>;

/** The phrase in a language. */
export function say(p: Phrase, i18n: I18n): string {
  return 'plural' in p ? i18n.plural(p.plural, p.count, p.params) : i18n.t(p.key, p.params);
}

let rules: Intl.PluralRules | undefined;
let numbers: Intl.NumberFormat | undefined;

/**
 * The phrase in English, as `english` (utils/i18n/translate.ts, en-GB numbers) says it: the
 * English fields a verdict keeps for the CLI, the evals and a verdict stored before phrases.
 */
export function inEnglish(p: DetectPhrase): string {
  const table = en as Readonly<Record<string, string>>;
  const form = 'plural' in p ? `${p.plural}_${(rules ??= new Intl.PluralRules('en')).select(p.count)}` : p.key;
  const text = table[form] ?? ('plural' in p ? table[`${p.plural}_other`] : undefined) ?? form;
  const params: Params | undefined = 'plural' in p ? { count: p.count, ...p.params } : p.params;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = params[k];
    return v === undefined ? m : typeof v === 'number' ? (numbers ??= new Intl.NumberFormat('en-GB')).format(v) : v;
  });
}

const known = (name: string): boolean => Object.hasOwn(en, name);

/**
 * The phrase as a page's process sent it, made safe to keep and show, or null: a known message of
 * the detector's area (or plural family) only, a finite count, and slots that are finite numbers or strings passed through
 * `clean` (which bounds and tidies them). Nothing here is ever markup; a wrong slot is dropped.
 */
export function sanitizePhrase(v: unknown, clean: (s: string) => string): DetectPhrase | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  let params: Params | undefined;
  if (typeof o['params'] === 'object' && o['params'] !== null) {
    params = {};
    for (const [k, x] of Object.entries(o['params'] as Record<string, unknown>).slice(0, 8)) {
      if (typeof x === 'number' && Number.isFinite(x)) params[k] = x;
      else if (typeof x === 'string') params[k] = clean(x);
    }
  }
  const withParams = params ? { params } : {};
  if (typeof o['plural'] === 'string') {
    const count = o['count'];
    if (!known(`${o['plural']}_other`) || typeof count !== 'number' || !Number.isFinite(count)) return null;
    return { plural: o['plural'] as PhrasePluralKey, count, ...withParams };
  }
  if (typeof o['key'] === 'string' && known(o['key'])) return { key: o['key'] as PhraseKey, ...withParams };
  return null;
}
