/**
 * findLoosely (utils/page/text-map.ts): how the page finds the words of a statement to mark —
 * across the page's line wrapping and, for reported speech kept without its marks, across the
 * quotation marks of the words it quotes.
 */
import { describe, expect, it } from 'vitest';
import { findLoosely } from '../../../utils/page/text-map';

describe('findLoosely', () => {
  it('finds words across wrapped lines and indentation', () => {
    const text = 'He said the allies would\n    discuss efforts to continue.';
    const at = findLoosely(text, 'the allies would discuss efforts');
    expect(at && text.slice(at[0], at[1])).toBe('the allies would\n    discuss efforts');
  });

  it('finds a mixed statement whose quoted words carry marks on the page', () => {
    const text = 'Biden told reporters he thought there is a “real threat” of a chemical attack.';
    const at = findLoosely(text, 'he thought there is a real threat of a chemical attack');
    expect(at && text.slice(at[0], at[1])).toBe('he thought there is a “real threat” of a chemical attack');
  });

  it('does not join two words that the page writes as one', () => {
    expect(findLoosely('a realthreat here', 'real threat')).toBeNull();
    expect(findLoosely('no such words', 'real threat')).toBeNull();
  });
});
