import { describe, expect, it } from 'vitest';
import { extractNames, knownNameWords, nameKey, nameWordKey } from '../../../utils/text/names';
import { tokenize } from '../../../utils/text/tokenize';

function names(text: string): string[] {
  const s = tokenize(text);
  return extractNames(s, knownNameWords(s), 'en', text).map((m) => m.surface);
}

describe('names', () => {
  it('folds spelling variants to one key', () => {
    expect(nameWordKey('zelenskyy')).toBe(nameWordKey('zelensky'));
    expect(nameWordKey('zelenskiy')).toBe('zelensky');
    expect(nameWordKey('u.s.')).toBe('us');
    expect(nameKey(['joe', 'biden'])).toBe('joe biden');
  });
  it('finds capitalised runs, strips titles, skips sentence-initial words', () => {
    const got = names('Yesterday Mr. Biden met Vladimir V. Putin in Geneva. Officials said NATO Secretary General Jens Stoltenberg agreed.');
    expect(got).toEqual(['Biden', 'Vladimir V. Putin', 'Geneva', 'NATO', 'Jens Stoltenberg']);
  });
  it('trusts a sentence-initial name the text capitalises elsewhere', () => {
    const got = names('Talks ended late. Biden said little. Reporters asked Biden about it.');
    expect(got).toEqual(['Biden', 'Biden']);
  });
  it('keeps connectors inside names', () => {
    expect(names('Shares of Bank of America fell.')).toEqual(['Bank of America']);
  });
});

describe('sentence-initial first names', () => {
  it('joins a sentence-initial word to the trusted name after it', () => {
    expect(names('Tara Reid has entered rehab. Her rep said Reid is fine.')).toEqual(['Tara Reid', 'Reid']);
    expect(names('Officials said Reid left. Reid is fine.')).toEqual(['Reid', 'Reid']);
  });
});
