import { describe, expect, it } from 'vitest';
import { quotations } from './quotations';

const one = (text: string) => {
  const [x] = quotations(text);
  expect(x).toBeDefined();
  if (x!.speakerMention !== null) expect(text.slice(x!.speakerStart!, x!.speakerEnd!)).toBe(x!.speakerMention);
  return { speaker: x!.speaker, mention: x!.speakerMention };
};

describe('attribution patterns', () => {
  it('name before and after the verb', () => {
    expect(one('“We are determined to continue,” Stoltenberg said.')).toEqual({ speaker: 'Stoltenberg', mention: 'Stoltenberg' });
    expect(one('“We are still finalizing the trip,” said Ms. Psaki.')).toEqual({ speaker: 'Psaki', mention: 'Ms. Psaki' });
  });
  it('told reporters, added, wrote on Twitter, noted', () => {
    expect(one('“We need to invest more,” Jens Stoltenberg told reporters on Thursday.').speaker).toBe('Jens Stoltenberg');
    expect(one('“The general mood has been sober,” Kaja Kallas added.').speaker).toBe('Kaja Kallas');
    expect(one('“Thank you Georgia and all my supporters,” Donald Trump wrote on Twitter.').speaker).toBe('Donald Trump');
    expect(one('“We are on Day 19,” Ms. Psaki noted of the invasion.').mention).toBe('Ms. Psaki');
  });
  it('according to X', () => {
    expect(one('“The talks went nowhere at all,” according to Dmytro Kuleba.').speaker).toBe('Dmytro Kuleba');
  });
  it('X: “…”', () => {
    expect(one('Zelensky: “We will defend our land to the very end.”').speaker).toBe('Zelensky');
  });
  it('speech verb before the quote, with a colon or comma', () => {
    expect(one('Stoltenberg said: “Any use of chemical weapons would change the conflict.”').speaker).toBe('Stoltenberg');
    expect(one('Later, Boris Johnson said, “Putin has crossed the red line into barbarism.”').speaker).toBe('Boris Johnson');
  });
  it('partial quotation inside reported speech', () => {
    expect(one('British Prime Minister Boris Johnson said Putin “has already crossed the red line into barbarism”.')).toEqual({
      speaker: 'Boris Johnson',
      mention: 'British Prime Minister Boris Johnson',
    });
  });
  it('titles and roles fold into the name; the mention covers the words in the text', () => {
    expect(one('“We are ready,” NATO Secretary General Jens Stoltenberg said.')).toEqual({
      speaker: 'Jens Stoltenberg',
      mention: 'NATO Secretary General Jens Stoltenberg',
    });
    expect(one('“His goal is to meet his counterparts,’’ the White House press secretary, Jen Psaki, said at a briefing.')).toEqual({
      speaker: 'Jen Psaki',
      mention: 'the White House press secretary, Jen Psaki',
    });
    expect(one('“This is a public health emergency,” said Benard Dreyer, president of the American Academy of Pediatrics.').speaker).toBe('Benard Dreyer');
  });
  it('a relative clause between speaker and verb', () => {
    expect(one('A White House official who spoke anonymously said Wednesday, “Certainly there is overlap between the teams.”').mention).toBe('A White House official');
  });
  it('a weekday after an inverted verb is not the speaker', () => {
    expect(one('“We will not stop now,” said Wednesday.').mention).toBeNull();
  });
  it('a colon introducing the sentence subject’s words, in the same or the previous paragraph', () => {
    expect(one('Senate Majority Leader Mitch McConnell delivered a blunt message to Trump: “It is time to quit attacking people.”').speaker).toBe('Mitch McConnell');
    expect(one('Cruz continued:\n\n“You look at the questions asked in this debate and you see the problem.”').speaker).toBe('Cruz');
  });
  it('an inverted past-tense cue after the closing mark', () => {
    expect(one('“Gun owners should leave their weapons at home,” opined Cleveland’s Plain Dealer.').mention).toBe('Cleveland’s Plain Dealer');
  });
  it('a credit line under the quote', () => {
    expect(one('“I will certainly look into it and get back to you.”\n\n- Hillary Clinton.\n\nMore text.').speaker).toBe('Hillary Clinton');
  });
  it('a participle after the sentence subject ("…, saying, “…”")', () => {
    expect(one('Rep. Hakeem Jeffries reacted to the news, saying: “The killer should be in prison.”').speaker).toBe('Hakeem Jeffries');
  });
});

describe('resolution of pronouns, surnames and roles', () => {
  it('surname and titled surname resolve to the full name the article introduced', () => {
    const text = 'White House press secretary Jen Psaki spoke on Tuesday.\n“We are on Day 19,” Ms. Psaki said.';
    expect(quotations(text)[0]!.speaker).toBe('Jen Psaki');
  });
  it('he / she resolve to the last person introduced with that gender', () => {
    const text =
      'Ms. Psaki met Mr. Biden on Monday.\n“We are aligned on every point of this,” she said.\n“We will keep going until it is done,” he said.';
    expect(quotations(text).map((x) => [x.speaker, x.speakerMention])).toEqual([
      ['Psaki', 'she'],
      ['Biden', 'he'],
    ]);
  });
  it('a role resolves to the person introduced with it', () => {
    const text =
      'Biden was greeted by NATO Secretary-General Jens Stoltenberg.\nThe secretary-general stopped short of more.\n“I will not speculate beyond that,” the secretary-general said.';
    expect(quotations(text)[0]).toMatchObject({ speaker: 'Jens Stoltenberg', speakerMention: 'the secretary-general' });
  });
  it('unnamed sources stay unnamed but described', () => {
    const text =
      'Zelensky spoke, according to a senior administration official who asked for anonymity.\n“There was a strong feeling in the room,” the official said.';
    expect(quotations(text)[0]).toMatchObject({ speaker: 'a senior administration official', speakerMention: 'the official' });
  });
  it('a quote that continues the previous one keeps its speaker', () => {
    const text = '“No one can feel safe now,” Lithuanian President Gitanas Nauseda said. “Even countries far from Russia cannot feel safe.”';
    expect(quotations(text).map((x) => x.speaker)).toEqual(['Gitanas Nauseda', 'Gitanas Nauseda']);
  });
  it('a split quote: two quotes, same speaker', () => {
    const text = '“I expect leaders to agree,” Stoltenberg said, “with significant increases in our forces.”';
    expect(quotations(text).map((x) => [x.quote, x.speaker, x.speakerMention])).toEqual([
      ['I expect leaders to agree', 'Stoltenberg', 'Stoltenberg'],
      ['with significant increases in our forces.', 'Stoltenberg', 'Stoltenberg'],
    ]);
  });
  it('a quote nobody is credited with has a null speaker', () => {
    const [x] = quotations('The sign on the door read nothing. “Nobody here has any idea what happened to the place at all.”');
    expect(x!.speaker).toBeNull();
    expect(x!.speakerMention).toBeNull();
  });
});
