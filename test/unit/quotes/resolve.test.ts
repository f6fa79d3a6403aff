/**
 * Who a pronoun or a role means (resolve.ts, article-people.ts), on sentences shaped like the
 * PolNeAR training articles where the old rule (the last person named with that gender) went
 * wrong, and on cases that must not resolve.
 */
import { describe, expect, it } from 'vitest';
import { resolveMention } from '../../../utils/quotes/resolve';
import { ArticlePeople } from '../../../utils/quotes/speakers';
import type { Mention } from '../../../utils/quotes/mention';
import { quotations } from './quotations';

/** The mention `text` at its first occurrence after `after` in `article`. */
function mention(article: string, text: string, kind: Mention['kind'], after = 0): Mention {
  const start = article.indexOf(text, after);
  return { start, end: start + text.length, text, kind, via: 'post' };
}

describe('pronouns: the current speaker before a person merely mentioned', () => {
  it('"he" after a quote by one man that mentions another is still the speaker', () => {
    const text =
      'Mark Weddle, 55, started work at the plant 24 years ago. “I have two brothers-in-law from Mexico,” he said, explaining why he disagrees with Mr. Trump’s stance on immigration.\n\n' +
      'But when it comes to the plant, “we’ve all worked our butts off,” he said.';
    expect(quotations(text).map((q) => q.speaker)).toEqual(['Mark Weddle', 'Mark Weddle']);
  });

  it('the subject of the sentence before, not the object ("Ms. Sherry interviewed … bankers")', () => {
    const text =
      'Ms. Sherry interviewed Maria Lopez, a former colleague, and a new generation of bankers.\n“The most overt harassment has generally stopped,” she said.';
    expect(quotations(text)[0]!.speaker).toBe('Sherry');
  });

  it('someone named later in the pronoun’s own clause is someone else ("he told Hannity")', () => {
    const text =
      'Sean Hannity asked Donald Trump how high the wall would be.\n“I think the height could be 35 to 45 feet,” he told Hannity, to cheers from the crowd.';
    expect(quotations(text)[0]!.speaker).toBe('Donald Trump');
  });

  it('a pronoun with an adverb or a contraction kept in the mention is still a pronoun', () => {
    const text = 'Bernie Sanders spoke in Burlington on Tuesday. He memorably said the system was rigged.';
    const people = new ArticlePeople(text);
    expect(resolveMention(people, mention(text, 'He memorably', 'name'))).toBe('Bernie Sanders');
  });
});

describe('pronouns: what is no antecedent', () => {
  it('a title-case headline names no one: its runs are not people', () => {
    const text = 'Donald Trump Mocks Jeb Bush Over Low Energy\n\nThe Republican front-runner spoke in Iowa on Monday.\n“Low energy,” he said.';
    expect(quotations(text)[0]!.speaker).toBeNull();
  });

  it('a lone capitalised word quoted as a source (a place read as a speaker) is no antecedent', () => {
    const text = 'Michael Seaman, who lives outside the state capital, Sacramento, said he still hopes Bernie ends up the nominee. “I am sick and tired of it,” he said.';
    const people = new ArticlePeople(text);
    expect(people.resolveName('Sacramento', text.indexOf('Sacramento'))).toBe('Sacramento');
    expect(resolveMention(people, mention(text, 'he', 'pronoun', text.indexOf('tired')))).toBe('Michael Seaman');
  });

  it('"she" with only men named stays unresolved', () => {
    const text = 'Bernie Sanders spoke after Donald Trump in Manchester.\n“It was a long night,” she said.';
    expect(quotations(text)[0]!.speaker).toBeNull();
  });

  it('"they" and "it" are not resolved to a person', () => {
    const text = 'Jen Psaki briefed reporters on Monday. “We will see,” they said. “It is done,” it said.';
    const people = new ArticlePeople(text);
    expect(resolveMention(people, mention(text, 'they', 'pronoun'))).toBeNull();
    expect(resolveMention(people, mention(text, 'it', 'pronoun', text.indexOf('done')))).toBeNull();
  });
});
