import { describe, expect, it } from 'vitest';
import { quotations } from './quotations';

const speakerOf = (text: string): string | null => {
  const qs = quotations(text);
  expect(qs.length).toBeGreaterThan(0);
  return qs[qs.length - 1]!.speaker;
};

describe('attributions before the opening mark', () => {
  it('a time phrase opening the sentence is not its subject', () => {
    expect(speakerOf('Hours later, Ms. Grant emailed the staff, saying, “We are done here for the night.”')).toBe('Grant');
    expect(speakerOf('Two weeks ago, Tom Reyes wrote to the board and said, “The budget does not add up.”')).toBe('Tom Reyes');
    expect(speakerOf('Immediately after the vote, Tom Reyes issued a statement, “This was a fair fight and we lost it.”')).toBe('Tom Reyes');
  });

  it('a name that happens to end in -ly still opens the sentence', () => {
    expect(speakerOf('Kelly Ayotte, the senator, issued a statement, “We will fight this ruling in every court.”')).toBe('Kelly Ayotte');
  });

  it('a quote right after a sentence that is only an attribution', () => {
    expect(speakerOf('Nora Klein, a historian at the college, agreed. “The bridge was never meant to carry trucks.”')).toBe('Nora Klein');
    expect(speakerOf('The mayor spoke first. Sam Lau, the city’s spokesman, said in a statement. “There are no ballots left to count.”')).toBe('Sam Lau');
  });

  it('a sentence with its own object before the quote does not attribute it', () => {
    const qs = quotations('Sam Lau said the count was over. “There are no ballots left to count.”');
    expect(qs[0]?.speaker ?? null).toBeNull();
  });
});
