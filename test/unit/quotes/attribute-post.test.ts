import { describe, expect, it } from 'vitest';
import { quotations } from './quotations';

/** The one quote of `text`, with its mention checked against the text it points into. */
const one = (text: string) => {
  const [x] = quotations(text);
  expect(x).toBeDefined();
  if (x!.speakerMention !== null) expect(text.slice(x!.speakerStart!, x!.speakerEnd!)).toBe(x!.speakerMention);
  return { speaker: x!.speaker, mention: x!.speakerMention };
};

describe('attributions after the closing mark', () => {
  it('a written thing that reads its words', () => {
    expect(one('“The doors close at noon and reopen on Monday,” the notice read.').mention).toBe('the notice');
    expect(one('“Please bring your own chairs to the meeting,” it reads.').mention).toBe('it');
    expect(one('“Vote no on the bond measure this fall,” read the banner.').mention).toBe('the banner');
    expect(one('“The council has failed this town again,” reads an editorial in the Valley Herald.').mention).toBe('an editorial');
  });

  it('"read" with a person before it is not an attribution to that person', () => {
    const [q] = quotations('“A Long Walk Home,” Anna read.');
    expect(q?.speakerMention ?? null).toBeNull();
  });

  it('an inflected verb the cue lists lack, inverted before a name', () => {
    expect(one('“We tried everything we could,” remembered Paula Ortiz, a nurse at the clinic.')).toEqual({
      speaker: 'Paula Ortiz',
      mention: 'Paula Ortiz, a nurse at the clinic',
    });
    expect(one('“The plant will reopen in the spring,” confides Dev Patel.').speaker).toBe('Dev Patel');
  });

  it('an attribution that closes the sentence after the reported clause', () => {
    expect(one('“We will fix the roads” and cut the fees by spring, Mayor Lina Ortega said.').speaker).toBe('Lina Ortega');
    expect(one('“We will fix the roads” and cut the fees by spring, said Tom Hale.').speaker).toBe('Tom Hale');
    expect(one('“We will fix the roads” and cut the fees by spring, she said Monday.').mention).toBe('she');
  });
});

describe('two speakers joined by "and"', () => {
  it('after the quote', () => {
    expect(one('“The survey ended a week too early to see the shift,” Rita Gomez and Alan Brooks wrote.').mention).toBe('Rita Gomez and Alan Brooks');
  });
  it('before a colon', () => {
    const [q] = quotations('Late shift - Rita Gomez and Alan Brooks: “The survey ended a week too early to see it.”');
    expect(q!.speakerMention).toBe('Rita Gomez and Alan Brooks');
  });
  it('a lower-case "and" between clauses still ends the subject', () => {
    expect(one('“We will be back next year,” the coach said and left the room.').mention).toBe('the coach');
  });
});

describe('speaker spans as annotators draw them', () => {
  it('a party tag stays with the name', () => {
    expect(one('“The bill is dead on arrival,” Rep. Ana Ruiz (D-Calif.) said.')).toEqual({ speaker: 'Ana Ruiz', mention: 'Rep. Ana Ruiz (D-Calif.)' });
  });

  it('an appositive after an inverted name is part of the mention', () => {
    expect(one('“The port cannot take more ships,” said Omar Haddad, director of the port authority.')).toEqual({
      speaker: 'Omar Haddad',
      mention: 'Omar Haddad, director of the port authority',
    });
    expect(one('“It was a long night for everyone,” said Jim Ford, 57, who runs the diner.').mention).toBe('Jim Ford, 57');
    expect(one('“It was a long night for everyone,” said Jim Ford, adding that he was tired.').mention).toBe('Jim Ford');
    expect(one('“It was a long night for everyone,” said Jim Ford, adding.').mention).toBe('Jim Ford');
  });
});
