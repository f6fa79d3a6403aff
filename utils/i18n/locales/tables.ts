/**
 * Every language's whole table, for Node (CLI, tests) and for writing `_locales` at build time.
 * Adding a language: a folder beside `en/` with the same area files, listed here.
 */
import { en } from './index';
import { de } from './de/index';
import { fr } from './fr/index';

/** The languages the interface is written in; English is the default (`default_locale`). */
export const LANGS = ['en', 'de', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export const tables: Record<Lang, Readonly<Record<string, string>>> = { en, de, fr };
