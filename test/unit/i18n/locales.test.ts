/**
 * Every language has every message, with the same `{slots}`, and every plural family the forms its
 * language's rules pick; the generated `_locales` files are what `browser.i18n` accepts.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, tables } from '../../../utils/i18n/locales/tables';
import { messagesJson } from '../../../scripts/locales';
import { enAreas } from '../../../utils/i18n/locales';
import { deAreas } from '../../../utils/i18n/locales/de/index';
import { frAreas } from '../../../utils/i18n/locales/fr/index';

const en = tables.en;
const slots = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
/** A family stem and its category, for `x_one`, `x_other`, `x_many`… */
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
const families = (t: Readonly<Record<string, string>>): string[] => [...new Set(Object.keys(t).flatMap((k) => (PLURAL.exec(k) && t[`${PLURAL.exec(k)![1]}_other`] !== undefined ? [PLURAL.exec(k)![1]!] : [])))];

describe('locales', () => {
  it('has English messages', () => {
    expect(Object.keys(en).length).toBeGreaterThan(5);
  });

  for (const [lang, areas] of [['en', enAreas], ['de', deAreas], ['fr', frAreas]] as const) {
    it(`${lang}: no message name is in two areas (one would hide the other)`, () => {
      const seen = new Map<string, string>();
      const twice: string[] = [];
      for (const [area, table] of Object.entries(areas)) {
        for (const k of Object.keys(table)) {
          if (seen.has(k)) twice.push(`${k} in ${seen.get(k)} and ${area}`);
          seen.set(k, area);
        }
      }
      expect(twice).toEqual([]);
    });
  }

  for (const lang of LANGS.filter((l) => l !== 'en')) {
    const table = tables[lang];
    it(`${lang}: every English message is translated, and nothing else is there`, () => {
      const missing = Object.keys(en).filter((k) => !(k in table));
      const extra = Object.keys(table).filter((k) => !(k in en) && !(PLURAL.exec(k) && `${PLURAL.exec(k)![1]}_other` in en));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${lang}: each message has the slots its English has`, () => {
      const wrong = Object.keys(table)
        .filter((k) => k in en)
        .filter((k) => slots(table[k]!).join() !== slots(en[k]!).join())
        .map((k) => `${k}: ${slots(table[k]!).join()} ≠ ${slots(en[k]!).join()}`);
      expect(wrong).toEqual([]);
    });

    it(`${lang}: no message is left empty`, () => {
      const empty = Object.keys(table).filter((k) => !table[k]!.trim());
      expect(empty).toEqual([]);
    });
  }

  for (const lang of LANGS) {
    it(`${lang}: every plural family has the forms the language's rules pick for 0, 1, 2, 5, 21 and 1,000,000`, () => {
      const rules = new Intl.PluralRules(lang);
      const table = tables[lang];
      const needed = [...new Set([0, 1, 2, 5, 21, 1_000_000].map((n) => rules.select(n)))];
      const missing = families(en).flatMap((stem) => needed.filter((c) => c !== 'many' && table[`${stem}_${c}`] === undefined).map((c) => `${stem}_${c}`));
      expect(missing).toEqual([]);
    });

    it(`${lang}: messages.json is valid for browser.i18n (names, no case-insensitive twins, $ escaped)`, () => {
      const json = JSON.parse(messagesJson(tables[lang])) as Record<string, { message: string }>;
      const lower = Object.keys(json).map((k) => k.toLowerCase());
      expect(new Set(lower).size).toBe(lower.length);
      for (const [k, v] of Object.entries(json)) {
        expect(v.message.replace(/\$\$/g, '')).not.toContain('$');
        expect(k).toMatch(/^[A-Za-z0-9_@]+$/);
      }
    });
  }
});
