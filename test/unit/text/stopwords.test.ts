import { eng } from 'stopword';
import { describe, expect, it } from 'vitest';
import { isStopword, stopwordList, stopwordSet } from '../../../utils/text/stopwords';

describe('stop words', () => {
  it('English: the package list plus the news extras, as before', () => {
    const set = stopwordSet('en');
    for (const w of eng) expect(set.has(w)).toBe(true);
    for (const w of ['said', 'would', 'mr', 'according']) expect(set.has(w)).toBe(true);
    expect(set.size).toBe(new Set([...eng, ...stopwordList('en')]).size);
    expect(isStopword('summit', 'en')).toBe(false);
  });
  it('compares folded forms (the tokens are folded)', () => {
    expect(isStopword('fur', 'de')).toBe(true); // "für"
    expect(isStopword('uber', 'de')).toBe(true); // "über"
    expect(isStopword('nao', 'pt')).toBe(true); // "não"
    expect(isStopword('gipfel', 'de')).toBe(false);
  });
  it('has Romanian, Turkish and the Nordic languages', () => {
    expect(isStopword('si', 'ro')).toBe(true); // "și"
    expect(isStopword('pentru', 'ro')).toBe(true);
    expect(isStopword('icin', 'tr')).toBe(true); // "için"
    expect(isStopword('och', 'sv')).toBe(true);
    expect(isStopword('og', 'nb')).toBe(true);
    expect(isStopword('razboi', 'ro')).toBe(false);
  });
  it('Spanish has its commonest verbs and demonstratives', () => {
    for (const w of ['es', 'fue', 'han', 'este']) expect(isStopword(w, 'es')).toBe(true);
  });
  it('a language without a list has an empty set', () => {
    expect(stopwordSet('el').size).toBe(0);
  });
});
