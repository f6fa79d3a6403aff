import { describe, expect, it } from 'vitest';
import { canonicalSpeakers } from '../../../utils/quotes/canonical';

describe('canonicalSpeakers', () => {
  it('maps variants to the fullest form', () => {
    const m = canonicalSpeakers(['Mr. Biden', 'President Joe Biden', 'Biden', 'Joe Biden']);
    expect([...new Set(m.values())]).toEqual(['Joe Biden']);
  });
  it('joins transliteration variants', () => {
    const m = canonicalSpeakers(['Zelensky', 'Volodymyr Zelenskyy', 'Zelenskiy']);
    expect(new Set(m.values()).size).toBe(1);
    expect(m.get('Zelensky')).toBe('Volodymyr Zelenskyy');
  });
  it('never merges two people who share a surname', () => {
    const m = canonicalSpeakers(['Joe Biden', 'Hunter Biden', 'Biden', 'Mr. Biden']);
    expect(m.get('Joe Biden')).toBe('Joe Biden');
    expect(m.get('Hunter Biden')).toBe('Hunter Biden');
    // A bare surname is ambiguous with two full-name Bidens: it stays on its own.
    expect(m.get('Biden')).not.toBe('Joe Biden');
    expect(m.get('Biden')).not.toBe('Hunter Biden');
  });
  it('a bare surname joins the one full name with that surname', () => {
    const m = canonicalSpeakers(['Biden', 'Jen Psaki', 'Psaki', 'Joe Biden']);
    expect(m.get('Biden')).toBe('Joe Biden');
    expect(m.get('Psaki')).toBe('Jen Psaki');
  });
  it('keeps descriptions as they are', () => {
    const m = canonicalSpeakers(['a senior administration official']);
    expect(m.get('a senior administration official')).toBe('a senior administration official');
  });
});
