import { describe, expect, it } from 'vitest';
import type { Quote, QuoteKind } from '../../../utils/types';
import { groupQuotes, type QuoteGroupMember } from '../../../utils/quotes/index';

function quote(text: string, speaker: string | null, kind: QuoteKind = 'direct'): Quote {
  return { quote: text, start: 0, end: text.length, speaker, speakerMention: speaker, speakerStart: 0, speakerEnd: 0, kind, cue: kind === 'direct' ? null : 'said', cueStart: null, cueEnd: null };
}

/** The article ids of each group, each group's sorted, groups sorted: what was put together. */
function partition(items: QuoteGroupMember[]): string[][] {
  return groupQuotes(items)
    .map((g) => g.members.map((m) => m.articleId).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
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

describe('groupQuotes across direct and reported speech', () => {
  const direct = (id: string, source: string, text: string, speaker: string | null = 'Jens Stoltenberg'): QuoteGroupMember => ({ articleId: id, source, quote: quote(text, speaker) });
  const reported = (id: string, source: string, text: string, speaker: string | null = 'Stoltenberg', kind: QuoteKind = 'indirect'): QuoteGroupMember => ({ articleId: id, source, quote: quote(text, speaker, kind) });

  it('an outlet’s paraphrase joins the statement another outlet quotes directly', () => {
    const groups = groupQuotes([
      direct('times', 'The Times', 'We will discuss efforts to continue supporting Ukraine'),
      reported('reuters', 'Reuters', 'the allies would discuss efforts to continue supporting Ukraine'),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.outlets).toBe(2);
    expect(groups[0]!.quote).toBe('We will discuss efforts to continue supporting Ukraine');
  });

  it('two outlets’ paraphrases and a partly quoted version join one quote, in either order', () => {
    const items = [
      reported('ap', 'AP', 'the alliance would significantly strengthen its forces in the eastern part of the alliance'),
      direct('times', 'The Times', 'I expect leaders to agree to strengthen NATO’s posture in all areas, with significant increases in our forces in the eastern part of the alliance'),
      reported('reuters', 'Reuters', 'leaders would agree to strengthen NATO’s posture in all areas', 'Jens Stoltenberg', 'mixed'),
    ];
    expect(partition(items)).toEqual([['ap', 'reuters', 'times']]);
    expect(partition([...items].reverse())).toEqual([['ap', 'reuters', 'times']]);
  });

  it('a paraphrase of one statement stays apart from another statement by the same speaker', () => {
    expect(
      partition([
        direct('times', 'The Times', 'We are determined to continue to impose costs on Russia to end this brutal war'),
        direct('times', 'The Times', 'NATO allies will continue to support Ukraine with weapons'),
        reported('reuters', 'Reuters', 'NATO allies would not send troops to Ukraine'),
        reported('ap', 'AP', 'the alliance planned to send equipment to help Ukraine deal with such threats'),
      ]),
    ).toEqual([['ap'], ['reuters'], ['times'], ['times']]);
  });

  it('the story’s common words in another order do not make one statement', () => {
    // Five content words in common (NATO, allies, Ukraine, Russia, continue); only "NATO allies" side by side in both.
    expect(
      partition([
        direct('times', 'The Times', 'NATO allies must continue to stand by Ukraine against Russia'),
        reported('reuters', 'Reuters', 'Russia would continue to test whether NATO allies are united over Ukraine'),
      ]),
    ).toEqual([['reuters'], ['times']]);
  });

  it('a negated report is not the statement it negates', () => {
    expect(
      partition([
        direct('times', 'The Times', 'NATO will send troops to the eastern flank'),
        reported('reuters', 'Reuters', 'NATO would not send troops to the eastern flank'),
      ]),
    ).toEqual([['reuters'], ['times']]);
  });

  it('a paraphrase by a known other speaker stays apart', () => {
    expect(
      partition([
        direct('times', 'The Times', 'We will discuss efforts to continue supporting Ukraine'),
        reported('reuters', 'Reuters', 'the allies would discuss efforts to continue supporting Ukraine', 'Boris Johnson'),
      ]),
    ).toEqual([['reuters'], ['times']]);
  });

  it('a paraphrase with no speaker does not chain one person’s words to another’s', () => {
    const groups = groupQuotes([
      reported('reuters', 'Reuters', 'the allies would discuss efforts to continue supporting Ukraine', 'Jens Stoltenberg'),
      reported('wire', 'Wire', 'allies would discuss efforts to continue supporting Ukraine', null),
      reported('ap', 'AP', 'the allies would discuss efforts to continue supporting Ukraine', 'Boris Johnson'),
    ]);
    expect(groups).toHaveLength(2);
    for (const g of groups) expect(new Set(g.members.map((m) => m.quote.speaker).filter(Boolean)).size).toBe(1);
  });

  it('a paraphrase that sums up two quotes joins one of them and does not merge the two', () => {
    const groups = groupQuotes([
      direct('times', 'The Times', 'We will discuss efforts to continue supporting Ukraine'),
      direct('times', 'The Times', 'We must strengthen NATO defenses against any attack'),
      reported('reuters', 'Reuters', 'the allies would discuss efforts to continue supporting Ukraine and strengthen NATO defenses'),
    ]);
    expect(groups).toHaveLength(2);
    const withReuters = groups.find((g) => g.members.some((m) => m.source === 'Reuters'))!;
    expect(withReuters.members.filter((m) => m.source === 'The Times')).toHaveLength(1);
  });

  it('two direct quotes whose content words meet but whose word pairs do not stay apart, as before', () => {
    // Printed as said, different words are a different utterance; only a paraphrase is read by its content.
    expect(
      partition([
        direct('times', 'The Times', 'We will discuss efforts to continue supporting Ukraine'),
        direct('post', 'Post', 'Allies discussed their efforts for continued support of Ukraine'),
      ]),
    ).toEqual([['post'], ['times']]);
  });
});

