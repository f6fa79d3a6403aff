import { describe, expect, it } from 'vitest';
import { quotations } from './quotations';
import { creditName } from '../../../utils/quotes/attribute-vox';
import { tokens } from '../../../utils/quotes/tokens';

const speakers = (text: string): (string | null)[] => quotations(text).map((q) => q.speaker);
const LOPEZ = '“I’m voting for her because of health care. It matters to my family.”';
const RUIZ = '“I don’t trust either of them at all.”';
const credit = (s: string): string | null => creditName(tokens(s, 0, s.length))?.map((t) => t.t).join(' ') ?? null;

describe('vox-pop credits (name, age, place instead of a speech verb)', () => {
  it('a credit line above each quote, with or without a colon, numbered or not', () => {
    expect(speakers(`Voters told us what they think.\n\nMaria Lopez, 34, Phoenix\n\n${LOPEZ}\n\nJose Ruiz, 52, a retired teacher in Miami\n\n${RUIZ}`)).toEqual(['Maria Lopez', 'Jose Ruiz']);
    expect(speakers(`Voters told us what they think.\n\nMaria Lopez, 34, Phoenix:\n\n${LOPEZ}\n\nJose Ruiz, 52:\n\n${RUIZ}`)).toEqual(['Maria Lopez', 'Jose Ruiz']);
    expect(speakers(`Voters told us what they think.\n\n1. Maria Lopez, 34, Phoenix\n${LOPEZ}\n2. Jose Ruiz, 52, Miami\n${RUIZ}`)).toEqual(['Maria Lopez', 'Jose Ruiz']);
  });

  it('a quote running over two paragraphs keeps the credited speaker', () => {
    expect(speakers(`Intro.\n\nMaria Lopez, 34, Phoenix\n\n${LOPEZ}\n\n“And the schools, too.”\n\nJose Ruiz, 52, Miami\n\n${RUIZ}`)).toEqual(['Maria Lopez', 'Maria Lopez', 'Jose Ruiz']);
  });

  it('credits below the quotes: the first quote of the list settles the side', () => {
    expect(speakers(`Intro.\n\n${LOPEZ}\n\nMaria Lopez, 34, Phoenix\n\n${RUIZ}\n\nJose Ruiz, 52, Miami`)).toEqual(['Maria Lopez', 'Jose Ruiz']);
    expect(speakers(`Intro.\n\n${LOPEZ} — Maria Lopez, 34, Phoenix\n\n${RUIZ} — Jose Ruiz, 52, Miami`)).toEqual(['Maria Lopez', 'Jose Ruiz']);
  });

  it('the horizontal bar (U+2015, HuffPost’s dash) is a dash like — and –', () => {
    expect(speakers(`Intro.\n\n${LOPEZ} ―Maria Lopez, 34, Phoenix\n\n${RUIZ} ― Jose Ruiz, Miami`)).toEqual(['Maria Lopez', 'Jose Ruiz']);
    expect(speakers('“I don’t trust either of them at all,” ― said Jose Ruiz, a teacher.')).toEqual(['Jose Ruiz']);
  });

  it('a credit opening the paragraph, with or without a colon, names the person, not the town', () => {
    expect(speakers(`Intro.\n\nMaria Lopez, 34, Phoenix: ${LOPEZ}`)).toEqual(['Maria Lopez']);
    expect(speakers(`Intro.\n\nMaria Lopez, 34, Phoenix ${LOPEZ}`)).toEqual(['Maria Lopez']);
  });

  it('a credit is a name with descriptors, never a clause or a subhead', () => {
    expect(credit('Jose Ruiz, 52, a retired teacher in Miami')).toBe('Jose Ruiz');
    expect(credit('Dr. Ana de la Cruz, 61')).toBe('Ana de la Cruz');
    expect(credit('Maria, 34, Phoenix')).toBe('Maria');
    expect(credit('Trump spoke only in evasive bromides')).toBeNull();
    expect(credit('WHAT’S BREWING')).toBeNull();
    expect(credit('Maria')).toBeNull();
    expect(credit('In Phoenix, voters')).toBeNull();
    expect(credit('Jose Ruiz, 52, said the vote was rigged')).toBeNull();
  });

  it('prose before a quote is not a credit: the usual rules decide', () => {
    const qs = quotations('Joel Bradshaw, 39, bused down from New York on Friday, carrying his “Bernie flag.”');
    expect(qs.every((q) => q.speaker !== 'Joel Bradshaw' || q.quote !== 'Bernie flag.')).toBe(true);
    expect(speakers('Sam Lau said the count was over. “There are no ballots left to count.”')).toEqual([null]);
  });
});
