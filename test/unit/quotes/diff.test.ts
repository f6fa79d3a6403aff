import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../utils/quotes/index';

describe('wordDiff', () => {
  it('marks a changed word', () => {
    expect(wordDiff('would totally change the nature', 'would fundamentally change the nature')).toEqual([
      { op: 'same', text: 'would' },
      { op: 'del', text: 'totally' },
      { op: 'add', text: 'fundamentally' },
      { op: 'same', text: 'change the nature' },
    ]);
  });
  it('ignores case and punctuation when comparing', () => {
    expect(wordDiff('Any use, of weapons.', 'any use of weapons')).toEqual([{ op: 'same', text: 'any use of weapons' }]);
  });
  it('handles added tails and empty input', () => {
    expect(wordDiff('aligned to date.', 'aligned to date. That is no accident.')).toEqual([
      { op: 'same', text: 'aligned to date.' },
      { op: 'add', text: 'That is no accident.' },
    ]);
    expect(wordDiff('', 'new words')).toEqual([{ op: 'add', text: 'new words' }]);
    expect(wordDiff('old', '')).toEqual([{ op: 'del', text: 'old' }]);
  });
  it('stays bounded on very long inputs', () => {
    const a = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    const b = Array.from({ length: 2000 }, (_, i) => `v${i}`).join(' ');
    const parts = wordDiff(a, b);
    expect(parts.map((p) => p.op)).toEqual(['del', 'add']);
  });
});
