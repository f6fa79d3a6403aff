/**
 * The manifest's localisation, with or without `_locales`: every `__MSG_name__` it uses resolves in
 * the default locale, `default_locale` and the `_locales` folder come together (Chrome refuses to
 * load either one alone), and every messages.json is readable. Also the lengths the stores enforce
 * on the name and description, read after localisation.
 */
import { readText, type BuildFiles, type Manifest, type Problem } from './types';

/** Chrome's limits on the manifest's strings (longer ones are refused at upload). */
export const MAX_NAME = 75;
export const MAX_DESCRIPTION = 132;

type Messages = Map<string, string>;

/** Every `__MSG_name__` placeholder in the manifest's string values, with the key path that holds it. */
export function messageRefs(value: unknown, at = ''): { name: string; at: string }[] {
  if (typeof value === 'string') return [...value.matchAll(/__MSG_([A-Za-z0-9_@]+?)__/g)].map((m) => ({ name: m[1]!, at: at || '(root)' }));
  if (Array.isArray(value)) return value.flatMap((v, i) => messageRefs(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => messageRefs(v, at ? `${at}.${k}` : k));
  return [];
}

/** A messages.json read as name (lower-cased: Chrome matches names case-insensitively) → message, or the reason it cannot be. */
export function parseMessages(text: string): Messages | string {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return `is not JSON (${err instanceof Error ? err.message : String(err)})`;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return 'is not a JSON object of messages';
  const out: Messages = new Map();
  for (const [name, entry] of Object.entries(json)) {
    const message = (entry as { message?: unknown } | null)?.message;
    if (typeof message !== 'string') return `has no "message" string for "${name}"`;
    out.set(name.toLowerCase(), message);
  }
  return out;
}

/** The locale folders of a build ("en", "de"), from its `_locales/<locale>/messages.json` files. */
export function localesOf(files: BuildFiles): string[] {
  return files
    .list()
    .map((f) => /^_locales\/([^/]+)\/messages\.json$/.exec(f)?.[1])
    .filter((l): l is string => !!l)
    .sort();
}

/** A manifest string as the browser shows it: its `__MSG_name__` placeholders replaced from the default locale. */
export function localised(value: string, messages: Messages | null): string {
  return value.replace(/__MSG_([A-Za-z0-9_@]+?)__/g, (all, name: string) => (name.startsWith('@@') ? all : (messages?.get(name.toLowerCase()) ?? all)));
}

/** Problems with the manifest's localisation and the lengths of its name and description. */
export function localeProblems(m: Manifest, files: BuildFiles): Problem[] {
  const problems: Problem[] = [];
  const p = (message: string) => problems.push({ check: 'locales', message });
  const locales = localesOf(files);
  const hasLocalesDir = files.list().some((f) => f.startsWith('_locales/'));
  const byLocale = new Map<string, Messages>();
  for (const l of locales) {
    const parsed = parseMessages(readText(files, `_locales/${l}/messages.json`));
    if (typeof parsed === 'string') p(`_locales/${l}/messages.json ${parsed}`);
    else byLocale.set(l, parsed);
  }
  const def = m.default_locale;
  if (def !== undefined && !locales.includes(def)) p(`default_locale is "${def}" but the build has no _locales/${def}/messages.json`);
  if (def === undefined && hasLocalesDir) p('the build has a _locales folder but the manifest names no default_locale');
  const messages = def !== undefined ? (byLocale.get(def) ?? null) : null;
  for (const ref of messageRefs(m)) {
    if (ref.name.startsWith('@@')) continue; // predefined (@@extension_id, @@ui_locale, …)
    if (def === undefined) p(`${ref.at} uses __MSG_${ref.name}__ but the manifest names no default_locale`);
    else if (messages && !messages.has(ref.name.toLowerCase())) p(`${ref.at} uses __MSG_${ref.name}__, which _locales/${def}/messages.json does not define`);
  }
  const name = typeof m.name === 'string' ? localised(m.name, messages) : '';
  const description = typeof m.description === 'string' ? localised(m.description, messages) : '';
  if (!name.trim()) p('the manifest has no name');
  if ([...name].length > MAX_NAME) p(`the name is ${[...name].length} characters (Chrome allows ${MAX_NAME})`);
  if ([...description].length > MAX_DESCRIPTION) p(`the description is ${[...description].length} characters (Chrome allows ${MAX_DESCRIPTION}): "${description}"`);
  // Other locales' names and descriptions are shown too: the same limits apply to each translation.
  for (const [l, msgs] of byLocale) {
    if (l === def) continue;
    for (const [key, max] of [['name', MAX_NAME], ['description', MAX_DESCRIPTION]] as const) {
      const raw = m[key];
      if (typeof raw !== 'string' || !raw.includes('__MSG_')) continue;
      const text = localised(raw, new Map([...(messages ?? []), ...msgs]));
      if ([...text].length > max) p(`the ${key} in _locales/${l} is ${[...text].length} characters (Chrome allows ${max})`);
    }
  }
  return problems;
}
