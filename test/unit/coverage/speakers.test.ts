import { describe, expect, it } from 'vitest';
import { speakerViewsFromStatements } from '../../../utils/coverage/speakers';
import { statementSummary } from '../../../utils/coverage/statement-summary';
import type { SpeakerView, StatementView } from '../../../utils/coverage/types';
import type { StoredStatement } from '../../../utils/db/schema';
import type { Quote, QuoteKind } from '../../../utils/types';

interface Version {
  id: string;
  source: string | null;
  text: string;
  kind?: QuoteKind;
  mention?: string;
  published?: string | null;
}

function quote(v: Version): Quote {
  const kind = v.kind ?? 'direct';
  return { quote: v.text, start: 0, end: v.text.length, kind, cue: 'said', cueStart: 0, cueEnd: 0, speaker: 'Jens Stoltenberg', speakerMention: v.mention ?? 'Stoltenberg', speakerStart: 0, speakerEnd: 0 };
}

/** The panel's view of one stored statement carried in these versions, read as the page `ownId`. */
function view(versions: Version[], ownId: string | null = null): { speaker: SpeakerView; statement: StatementView } {
  const statement: StoredStatement = {
    id: 'story|q1',
    storyId: 'story',
    speakerKey: 'stoltenberg',
    speaker: 'Jens Stoltenberg',
    text: versions[0]!.text,
    members: versions.map((v, i) => ({ quoteKey: `${v.id}|${i}`, articleId: v.id, source: v.source, quote: quote(v) })),
    outlets: new Set(versions.map((v) => v.source)).size,
  };
  const published = new Map(versions.map((v) => [v.id, v.published ?? null]));
  const speakers = speakerViewsFromStatements([statement], new Set(versions.map((v) => v.id)), ownId, [], published);
  expect(speakers).toHaveLength(1);
  expect(speakers[0]!.statements).toHaveLength(1);
  return { speaker: speakers[0]!, statement: speakers[0]!.statements[0]! };
}

const firstOf = (st: StatementView) => st.carriers.filter((c) => c.first).map((c) => c.source);
const changeOf = (st: StatementView, source: string) => st.carriers.find((c) => c.source === source)!.change;

const QUOTED = 'We will discuss efforts to continue supporting Ukraine';
const REPORTED = 'the allies would discuss efforts to continue supporting Ukraine';

describe('speakerViewsFromStatements: who carried a statement first', () => {
  it('the earliest publication time wins, and its wording is the one shown', () => {
    const { statement } = view([
      { id: 'times', source: 'The Times', text: QUOTED, published: '2022-03-10T14:40:00Z' },
      { id: 'reuters', source: 'Reuters', text: REPORTED, kind: 'indirect', published: '2022-03-10T14:02:00Z' },
    ]);
    expect(firstOf(statement)).toEqual(['Reuters']);
    expect(statement.text).toBe(REPORTED);
    expect(statement.kind).toBe('indirect');
    expect(statement.carriers.map((c) => [c.source, c.kind, c.published])).toEqual([
      ['Reuters', 'indirect', '2022-03-10T14:02:00Z'],
      ['The Times', 'direct', '2022-03-10T14:40:00Z'],
    ]);
  });

  it('an unknown time never wins, even listed first', () => {
    const { statement } = view([
      { id: 'afp', source: 'AFP', text: QUOTED, published: null },
      { id: 'times', source: 'The Times', text: QUOTED, published: '2022-03-10T14:40:00+01:00' },
    ]);
    expect(firstOf(statement)).toEqual(['The Times']);
  });

  it('with no time known nobody is first, and the page’s own wording is shown', () => {
    const { statement } = view(
      [
        { id: 'times', source: 'The Times', text: QUOTED },
        { id: 'post', source: 'Post', text: 'We will discuss efforts to continue supporting Ukraine and strengthen our defences' },
      ],
      'times',
    );
    expect(firstOf(statement)).toEqual([]);
    expect(statement.text).toBe(QUOTED);
  });

  it('a tie goes to the outlet whose name sorts first, and a bare date ties with a time that day', () => {
    const same = view([
      { id: 'times', source: 'The Times', text: QUOTED, published: '2022-03-10T14:02:00Z' },
      { id: 'wire', source: 'AP', text: QUOTED, published: '2022-03-10T15:02:00+01:00' },
    ]);
    expect(firstOf(same.statement)).toEqual(['AP']);
    const day = view([
      { id: 'ap', source: 'AP', text: QUOTED, published: '2022-03-10T09:00:00Z' },
      { id: 'reuters', source: 'Reuters', text: QUOTED, published: '2022-03-10' },
    ]);
    expect(firstOf(day.statement)).toEqual(['AP']);
    const dayBefore = view([
      { id: 'reuters', source: 'Reuters', text: QUOTED, published: '2022-03-09' },
      { id: 'ap', source: 'AP', text: QUOTED, published: '2022-03-10T20:00:00Z' },
    ]);
    expect(firstOf(dayBefore.statement)).toEqual(['Reuters']);
  });
});

describe('speakerViewsFromStatements: how later versions differ from the earliest', () => {
  const EARLY = '2022-03-10T14:02:00Z';
  const LATER = '2022-03-10T16:30:00Z';

  it('labels a strict shortening "cut" and other words "reworded", each with its word diff from the earliest', () => {
    const { statement } = view([
      { id: 'reuters', source: 'Reuters', text: 'Any use of chemical weapons would totally change the nature of the conflict and have far-reaching consequences', published: EARLY },
      { id: 'ap', source: 'AP', text: 'Any use of chemical weapons would totally change the nature of the conflict', published: LATER },
      { id: 'post', source: 'Post', text: 'Any use of chemical weapons would fundamentally change the nature of the conflict', published: LATER },
    ]);
    expect(changeOf(statement, 'Reuters')).toBeNull();
    expect(changeOf(statement, 'AP')).toBe('cut');
    expect(changeOf(statement, 'Post')).toBe('reworded');
    const post = statement.carriers.find((c) => c.source === 'Post')!;
    expect(post.diff).toContainEqual({ op: 'del', text: 'totally' });
    expect(post.diff).toContainEqual({ op: 'add', text: 'fundamentally' });
  });

  it('a later direct quote of what the earliest outlet paraphrased is a paraphrase printed as a quote, and the converse', () => {
    const printed = view([
      { id: 'reuters', source: 'Reuters', text: REPORTED, kind: 'indirect', published: EARLY },
      { id: 'times', source: 'The Times', text: QUOTED, published: LATER },
    ]);
    expect(changeOf(printed.statement, 'The Times')).toBe('paraphrase-quoted');
    const mixed = view([
      { id: 'reuters', source: 'Reuters', text: REPORTED, kind: 'mixed', published: EARLY },
      { id: 'times', source: 'The Times', text: REPORTED, published: LATER },
    ]);
    expect(changeOf(mixed.statement, 'The Times')).toBe('paraphrase-quoted');
    const reported = view([
      { id: 'times', source: 'The Times', text: QUOTED, published: EARLY },
      { id: 'reuters', source: 'Reuters', text: REPORTED, kind: 'indirect', published: LATER },
    ]);
    expect(changeOf(reported.statement, 'Reuters')).toBe('quote-paraphrased');
  });

  it('does not claim a change of kind for a version whose time is unknown or tied', () => {
    const { statement } = view([
      { id: 'reuters', source: 'Reuters', text: QUOTED, published: EARLY },
      { id: 'times', source: 'The Times', text: QUOTED, published: null },
      { id: 'ap', source: 'AP', text: REPORTED, kind: 'indirect', published: '2022-03-10' },
      { id: 'post', source: 'Post', text: QUOTED, published: '2022-03-11T20:00:00Z' },
    ]);
    expect(firstOf(statement)).toEqual(['AP']); // the bare date may be before or after 14:02: a tie, by name
    expect(changeOf(statement, 'Reuters')).toBe('reworded');
    expect(changeOf(statement, 'The Times')).toBe('reworded');
    expect(changeOf(statement, 'Post')).toBe('paraphrase-quoted');
  });
});

describe('speakerViewsFromStatements: the summary line', () => {
  it('"The Times quotes him; Reuters and AP paraphrase." when the articles call him "he"', () => {
    const { speaker, statement } = view([
      { id: 'times', source: 'The Times', text: QUOTED, mention: 'he', published: '2022-03-10T14:40:00Z' },
      { id: 'reuters', source: 'Reuters', text: REPORTED, kind: 'indirect', published: '2022-03-10T14:02:00Z' },
      { id: 'ap', source: 'AP', text: REPORTED, kind: 'indirect', published: '2022-03-10T15:10:00Z' },
    ]);
    expect(speaker.pronoun).toBe('him');
    expect(statementSummary(speaker.speaker, speaker.pronoun, statement.carriers)).toBe('The Times quotes him; Reuters and AP paraphrase.');
  });

  it('names the speaker when no article gives a pronoun', () => {
    const { speaker, statement } = view([
      { id: 'reuters', source: 'Reuters', text: REPORTED, kind: 'indirect' },
      { id: 'post', source: 'Post', text: REPORTED, kind: 'mixed' },
    ]);
    expect(speaker.pronoun).toBeNull();
    expect(statementSummary(speaker.speaker, speaker.pronoun, statement.carriers)).toBe('Post quotes Jens Stoltenberg in part; Reuters paraphrases.');
  });
});
