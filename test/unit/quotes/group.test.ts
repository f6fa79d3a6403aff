import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../utils/types';
import { groupQuotes } from '../../../utils/quotes/index';

function quote(text: string, speaker: string | null): Quote {
  return { quote: text, start: 0, end: text.length, speaker, speakerMention: speaker, speakerStart: 0, speakerEnd: 0, kind: 'direct', cue: null, cueStart: null, cueEnd: null };
}

describe('groupQuotes', () => {
  it('one statement worded differently by two outlets is one group', () => {
    const groups = groupQuotes([
      { articleId: 'a', source: 'cnn', quote: quote('Any use of chemical weapons would totally change the nature of the conflict and have far-reaching consequences', 'Stoltenberg') },
      { articleId: 'b', source: 'nypost', quote: quote('any use of chemical weapons would fundamentally change the nature of the conflict. It would be a blatant violation of international law', 'Jens Stoltenberg') },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.speaker).toBe('Jens Stoltenberg');
    expect(groups[0]!.outlets).toBe(2);
    expect(groups[0]!.members.map((m) => m.articleId).sort()).toEqual(['a', 'b']);
  });
  it('a quote contained in a longer one joins it', () => {
    const groups = groupQuotes([
      { articleId: 'a', source: 'x', quote: quote('We’ve been incredibly aligned to date.', 'Jen Psaki') },
      { articleId: 'b', source: 'y', quote: quote('We’ve been incredibly aligned to date. That doesn’t happen by accident.', 'Psaki') },
    ]);
    expect(groups).toHaveLength(1);
  });
  it('distinct statements by the same speaker stay distinct', () => {
    const groups = groupQuotes([
      { articleId: 'a', source: 'x', quote: quote('We are determined to continue to impose costs on Russia to end this brutal war', 'Stoltenberg') },
      { articleId: 'a', source: 'x', quote: quote('There is a need to reset our deterrence and defense', 'Stoltenberg') },
      { articleId: 'b', source: 'y', quote: quote('I expect leaders to agree to strengthen NATO’s posture in all areas', 'Stoltenberg') },
    ]);
    expect(groups).toHaveLength(3);
  });
  it('the same words from two different people are two groups', () => {
    const groups = groupQuotes([
      { articleId: 'a', source: 'x', quote: quote('We will never accept this outcome under any circumstances', 'Joe Biden') },
      { articleId: 'b', source: 'y', quote: quote('We will never accept this outcome under any circumstances', 'Hunter Biden') },
    ]);
    expect(groups).toHaveLength(2);
  });
  it('gives a stable id and the majority wording', () => {
    const items = [
      { articleId: 'a', source: 'x', quote: quote('No one can feel safe now', 'Gitanas Nauseda') },
      { articleId: 'b', source: 'y', quote: quote('No one can feel safe now', 'Nauseda') },
      { articleId: 'c', source: 'z', quote: quote('No one can feel safe', 'Nauseda') },
    ];
    const g1 = groupQuotes(items);
    const g2 = groupQuotes([...items].reverse());
    expect(g1).toHaveLength(1);
    expect(g1[0]!.quote).toBe('No one can feel safe now');
    expect(g1[0]!.id).toBe(g2[0]!.id);
  });
});
