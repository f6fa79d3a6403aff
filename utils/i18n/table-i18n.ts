/**
 * A translator from the bundled tables of any language, for Node: tests render pages in German and
 * French with it, scripts can word output in a language. Kept apart from ./translate.ts so the
 * extension's bundles carry no table but English (they read the others through `browser.i18n`).
 */
import { tables, type Lang } from './locales/tables';
import { createI18n, type I18n } from './translate';

export function tableI18n(lang: Lang, locale: string = lang): I18n {
  const table = tables[lang] as Record<string, string>;
  return createI18n((name) => table[name], locale);
}
