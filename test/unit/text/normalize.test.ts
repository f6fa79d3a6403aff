import { describe, expect, it } from 'vitest';
import { coreWord, fold, lowerFor, stripPossessive } from '../../../utils/text/normalize';

describe('fold', () => {
  it('drops accents and the letters NFKD keeps whole', () => {
    expect(fold('Zelenský')).toBe('zelensky');
    expect(fold('Erdoğan')).toBe('erdogan');
    expect(fold('Ştefan')).toBe('stefan');
    expect(fold('Ștefan')).toBe('stefan');
    expect(fold('Ţiriac')).toBe(fold('Țiriac'));
    expect(fold('Łukasz Wałęsa')).toBe('lukasz walesa');
    expect(fold('Søren Kierkegaard')).toBe('soren kierkegaard');
    expect(fold('Straße')).toBe('strasse');
    expect(fold('GROẞE')).toBe('grosse');
    expect(fold('Kılıçdaroğlu')).toBe('kilicdaroglu');
    expect(fold('Æsir')).toBe('aesir');
    expect(fold('Œuvre')).toBe('oeuvre');
    expect(fold('Đoković')).toBe('djokovic'.replace('dj', 'd'));
    expect(fold('Þór')).toBe('thor');
  });
  it('is robust to Turkish capitals however they were lower-cased', () => {
    expect(fold('İSTANBUL')).toBe('istanbul');
    expect(fold('İSTANBUL'.toLowerCase())).toBe('istanbul');
    expect(fold('İstanbul')).toBe(fold('Istanbul'));
    expect(fold('ISPARTA')).toBe(fold('Isparta'));
  });
  it('makes typographic apostrophes plain and leaves ASCII lower-cased only', () => {
    expect(fold('Biden’s')).toBe("biden's");
    expect(fold('NATO')).toBe('nato');
  });
});

describe('lowerFor', () => {
  it('lower-cases Turkish by its rules and elsewhere without the stray dot', () => {
    expect(lowerFor('ISPARTA', 'tr')).toBe('ısparta');
    expect(lowerFor('İSTANBUL', 'tr')).toBe('istanbul');
    expect(lowerFor('İSTANBUL', 'en')).toBe('istanbul');
    expect(lowerFor('ÄRGER', 'de')).toBe('ärger');
  });
});

describe('coreWord', () => {
  it('drops French and Italian elisions', () => {
    expect(coreWord("l'Ukraine", 'fr')).toEqual(['Ukraine', 2]);
    expect(coreWord('d’Erdogan', 'fr')).toEqual(['Erdogan', 2]);
    expect(coreWord("qu'elle", 'fr')).toEqual(['elle', 3]);
    expect(coreWord("dell'Ucraina", 'it')).toEqual(['Ucraina', 5]);
    expect(coreWord("aujourd'hui", 'fr')).toEqual(["aujourd'hui", 0]);
  });
  it('drops Turkish case endings after a name', () => {
    expect(coreWord("Erdoğan'ın", 'tr')).toEqual(['Erdoğan', 0]);
    expect(coreWord('İstanbul’da', 'tr')).toEqual(['İstanbul', 0]);
  });
  it('in English only the possessive, as before', () => {
    expect(coreWord("Biden's", 'en')).toEqual(['Biden', 0]);
    expect(coreWord("l'Ukraine", 'en')).toEqual(["l'Ukraine", 0]);
    expect(stripPossessive('Zelensky’s')).toBe('Zelensky');
  });
});
