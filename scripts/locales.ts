/**
 * Writes `_locales/<lang>/messages.json` from the message tables (utils/i18n/locales), so the
 * extension reads its strings through `browser.i18n` and the manifest's `__MSG_name__` resolve,
 * while the tables stay the one home of every string (never committed as JSON, so they cannot
 * drift). wxt.config.ts runs this before each build and hands the files to the output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, tables } from '../utils/i18n/locales/tables';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the generated files are written (gitignored). */
export const LOCALES_DIR = join(here, '..', '.cache', 'locales');

/** A message name `_locales` accepts. */
const NAME = /^[A-Za-z0-9_@]+$/;

/** One language's messages.json: `$` doubled, since `browser.i18n` reads `$name$` as a placeholder. */
export function messagesJson(table: Readonly<Record<string, string>>): string {
  const out: Record<string, { message: string }> = {};
  for (const [name, message] of Object.entries(table)) {
    if (!NAME.test(name)) throw new Error(`message name "${name}" is not allowed in _locales (letters, digits, _ and @ only)`);
    out[name] = { message: message.replace(/\$/g, '$$$$') };
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Writes every language's messages.json under `dir`; answers the files written, relative to `dir`. */
export function writeLocales(dir = LOCALES_DIR): string[] {
  return LANGS.map((lang) => {
    const rel = join('_locales', lang, 'messages.json');
    mkdirSync(join(dir, '_locales', lang), { recursive: true });
    writeFileSync(join(dir, rel), messagesJson(tables[lang]));
    return rel;
  });
}
