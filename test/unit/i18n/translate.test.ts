import { describe, expect, it } from 'vitest';
import { createI18n, english, extensionI18n } from '../../../utils/i18n/translate';
import { tableI18n } from '../../../utils/i18n/table-i18n';

describe('createI18n', () => {
  it('fills slots and formats numbers for the locale', () => {
    const i18n = createI18n((k) => ({ x: '{n} of {total} from {who}' })[k], 'de');
    expect(i18n.t('x' as never, { n: 1234, total: 5, who: 'AP' })).toBe('1.234 of 5 from AP');
  });

  it('picks the plural form by the language rules (French 0 is singular, English 0 is plural)', () => {
    const table: Record<string, string> = { a_one: '{count} article', a_other: '{count} articles' };
    const fr = createI18n((k) => table[k], 'fr');
    const en = createI18n((k) => table[k], 'en');
    expect(fr.plural('a' as never, 0)).toBe('0 article');
    expect(en.plural('a' as never, 0)).toBe('0 articles');
    expect(en.plural('a' as never, 1)).toBe('1 article');
    // French "many" (1 000 000) falls back to the other form when a table has none.
    expect(fr.plural('a' as never, 1_000_000)).toBe('1\u202f000\u202f000 articles');
  });

  it('falls back to English for a message a language lacks, never to an empty string', () => {
    const i18n = createI18n(() => undefined, 'fr');
    expect(i18n.t('menu_find_related')).toBe('Find related coverage');
  });

  it('joins lists as the language does', () => {
    expect(english.list(['Reuters', 'AP', 'the BBC'])).toBe('Reuters, AP and the BBC');
    expect(tableI18n('en', 'en-US').list(['Reuters', 'AP', 'the BBC'])).toBe('Reuters, AP, and the BBC');
    expect(tableI18n('de').list(['Reuters', 'AP'])).toBe('Reuters und AP');
    expect(tableI18n('fr').list(['Reuters', 'AP'])).toBe('Reuters et AP');
  });

  it('reads the extension through browser.i18n: its language and its messages', () => {
    const i18n = extensionI18n({ getMessage: (n) => (n === 'menu_find_related' ? 'Weitere Berichte dazu finden' : ''), getUILanguage: () => 'de-AT' });
    expect(i18n.locale).toBe('de-AT');
    expect(i18n.t('menu_find_related')).toBe('Weitere Berichte dazu finden');
    expect(i18n.t('menu_save_highlight')).toBe('Save highlight');
  });
});
