import { describe, expect, it } from 'vitest';
import { tokens } from '../../../utils/quotes/tokens';

describe('tokens: the word windows attribution rules read', () => {
  it('cuts words, the punctuation that is a token, and dashes before a space, with their offsets', () => {
    const text = 'Sen. Ted Cruz (R-Texas) said: “We’re done — U.S. allies’ tanks,” Zelenskyy’s aide added - naïvely 𝐀bc.';
    const got = tokens(text, 0, text.length).map((t) => t.t);
    expect(got).toEqual(['Sen.', 'Ted', 'Cruz', 'said', ':', 'We’re', 'done', '—', 'U.S.', 'allies', 'tanks', ',', 'Zelenskyy’s', 'aide', 'added', '-', 'naïvely', '𝐀bc']);
    for (const t of tokens(text, 0, text.length)) expect(text.slice(t.s, t.e)).toBe(t.t);
  });
});
