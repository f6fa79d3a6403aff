import { describe, expect, it } from 'vitest';
import { localeProblems, localised, messageRefs, parseMessages } from '../../../../scripts/manifest-check/locales';
import type { Manifest } from '../../../../scripts/manifest-check/types';
import { chromeFiles, chromeManifest } from './fixture';

const en = JSON.stringify({ ext_name: { message: 'Crossread' }, Ext_Description: { message: 'Same-story coverage, on your device.' }, cmd: { message: 'Save' } });
const localisedManifest = (): Manifest => ({ ...chromeManifest(), name: '__MSG_ext_name__', description: '__MSG_ext_description__', default_locale: 'en', commands: { save: { description: '__MSG_cmd__' } } });
const problems = (m: Manifest, extra: Record<string, string> = {}) => localeProblems(m, chromeFiles(m, extra)).map((p) => p.message);

describe('localisation', () => {
  it('passes a manifest without _locales and without placeholders', () => {
    expect(problems(chromeManifest())).toEqual([]);
  });

  it('passes one whose every __MSG_ name is in the default locale (names match case-insensitively; @@ names are predefined)', () => {
    const m = { ...localisedManifest(), action: { default_title: '__MSG_@@extension_id__' } };
    expect(problems(m, { '_locales/en/messages.json': en, '_locales/de/messages.json': JSON.stringify({ ext_name: { message: 'Crossread' } }) })).toEqual([]);
  });

  it('finds every placeholder with the key that holds it', () => {
    expect(messageRefs(localisedManifest()).map((r) => `${r.at}:${r.name}`)).toEqual(['name:ext_name', 'description:ext_description', 'commands.save.description:cmd']);
    expect(localised('__MSG_EXT_NAME__ (__MSG_@@ui_locale__)', new Map([['ext_name', 'Crossread']]))).toBe('Crossread (__MSG_@@ui_locale__)');
  });

  it('names a message the default locale does not define', () => {
    const m = { ...localisedManifest(), commands: { save: { description: '__MSG_cmd_missing__' } } };
    expect(problems(m, { '_locales/en/messages.json': en })).toEqual(['commands.save.description uses __MSG_cmd_missing__, which _locales/en/messages.json does not define']);
  });

  it('needs default_locale and _locales together', () => {
    expect(problems(localisedManifest())).toEqual(['default_locale is "en" but the build has no _locales/en/messages.json']);
    const noDefault = localisedManifest();
    delete noDefault.default_locale;
    expect(problems(noDefault, { '_locales/en/messages.json': en })).toEqual([
      'the build has a _locales folder but the manifest names no default_locale',
      'name uses __MSG_ext_name__ but the manifest names no default_locale',
      'description uses __MSG_ext_description__ but the manifest names no default_locale',
      'commands.save.description uses __MSG_cmd__ but the manifest names no default_locale',
    ]);
  });

  it('names a messages.json that cannot be read', () => {
    expect(parseMessages('{"a":{"message":"x"}}')).toEqual(new Map([['a', 'x']]));
    expect(parseMessages('\uFEFF{"a":{"message":"x"}}')).toEqual(new Map([['a', 'x']]));
    expect(parseMessages('{"a":{"text":"x"}}')).toBe('has no "message" string for "a"');
    expect(problems(localisedManifest(), { '_locales/en/messages.json': en, '_locales/fr/messages.json': '{"ext_name": ' })[0]).toMatch(/^_locales\/fr\/messages\.json is not JSON/);
  });

  it('holds the name and description, as shown, to Chrome’s limits, in every language', () => {
    const long = 'x'.repeat(133);
    expect(problems({ ...chromeManifest(), description: long })).toEqual([`the description is 133 characters (Chrome allows 132): "${long}"`]);
    expect(problems({ ...chromeManifest(), name: 'n'.repeat(76) })).toEqual(['the name is 76 characters (Chrome allows 75)']);
    expect(problems({ ...chromeManifest(), name: ' ' })).toEqual(['the manifest has no name']);
    const de = JSON.stringify({ ext_description: { message: 'ü'.repeat(140) } });
    expect(problems(localisedManifest(), { '_locales/en/messages.json': en, '_locales/de/messages.json': de })).toEqual(['the description in _locales/de is 140 characters (Chrome allows 132)']);
  });
});
