import { describe, expect, it } from 'vitest';
import { nameKey, nameWordKey } from '../../../utils/text/name-key';
import { fold } from '../../../utils/text/normalize';

describe('nameWordKey: one key for the spellings of a name', () => {
  it('folds spelling variants to one key', () => {
    expect(nameWordKey('zelenskyy')).toBe(nameWordKey('zelensky'));
    expect(nameWordKey('zelenskiy')).toBe('zelensky');
    expect(nameWordKey('u.s.')).toBe('us');
    expect(nameKey(['joe', 'biden'])).toBe('joe biden');
  });
  it('folds transliterations and diacritics of one name to one key', () => {
    const key = (w: string): string => nameWordKey(fold(w));
    for (const w of ['Zelenskyy', 'Zelenskiy', 'Zelenski', 'Zelenskij', 'Zelenskyi', 'Zelenský']) expect(key(w)).toBe('zelensky');
    expect(key('Erdoğan')).toBe(key('Erdogan'));
    expect(key('Ştefan')).toBe(key('Stefan'));
    expect(key('Ștefan')).toBe(key('Stefan'));
    expect(key('Müller')).toBe(key('Mueller'));
    expect(key('Müller')).toBe(key('Muller'));
    expect(key('Schröder')).toBe(key('Schroeder'));
    expect(key('Łukasz')).toBe(key('Lukasz'));
    expect(key('Søren')).toBe(key('Soren'));
    expect(key('Straße')).toBe(key('Strasse'));
    expect(key('İSTANBUL')).toBe(key('Istanbul'));
    expect(key('Stoltenberg')).toBe('stoltenberg');
    expect(key('OTAN')).toBe(key('NATO'));
    expect(key('ONU')).toBe(key('UN'));
  });
  it('keeps apart what only looks like an umlaut spelling', () => {
    const key = (w: string): string => nameWordKey(fold(w));
    expect(key('Manuel')).toBe('manuel');
    expect(key('Samuel')).toBe('samuel');
    expect(key('Israel')).toBe('israel');
    expect(key('Miguel')).toBe('miguel');
    expect(key('Rodriguez')).toBe('rodriguez');
    expect(key('Boeing')).toBe('boeing');
    expect(key('Valuev')).toBe('valuev');
  });

  it('de: the German transliteration "Selenskyj" is Zelensky', () => {
    expect(nameWordKey(fold('Selenskyj'))).toBe('zelensky');
    expect(nameWordKey(fold('Sergej'))).toBe('sergej');
  });
});
