/**
 * Who a pronoun or a role means (resolve.ts, article-people.ts), on sentences shaped like the
 * PolNeAR training articles where the old rule (the last person named with that gender) went
 * wrong, and on cases that must not resolve.
 */
import { describe, expect, it } from 'vitest';
import { resolveMention } from '../../../utils/quotes/resolve';
import { ArticlePeople } from '../../../utils/quotes/article-people';
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

  it('a title inside a name run makes it a person ("Republican Rep. Lee Zeldin", whose given name tells no gender)', () => {
    const text =
      'House Speaker Paul Ryan told a news conference they are planting the seeds.\n\nRepublican Rep. Lee Zeldin of New York, a Trump supporter, said it will help both men. “I don’t think it’s do or die,” he said.';
    expect(quotations(text)[0]!.speaker).toBe('Lee Zeldin');
  });

  it('a pronoun with an adverb or a contraction kept in the mention is still a pronoun', () => {
    const text = 'Bernie Sanders spoke in Burlington on Tuesday. He memorably said the system was rigged.';
    const people = new ArticlePeople(text);
    expect(resolveMention(people, mention(text, 'He memorably', 'name'))).toBe('Bernie Sanders');
  });
});

describe('a surname or a titled surname: which of two people sharing it', () => {
  it('the one last mentioned, not the one last introduced ("Mr. Cruz" after his father was named)', () => {
    const text =
      'Sen. Ted Cruz deployed his father, Rafael Cruz, as a surrogate. On Monday, Ted Cruz took the stage in Winterset.\n“The key is simple,” Mr. Cruz said.';
    expect(quotations(text)[0]!.speaker).toBe('Ted Cruz');
  });

  it('one whose gender agrees with the title ("Mrs. Clinton" is not Bill Clinton)', () => {
    const text = 'Hillary Clinton spoke in Iowa on Sunday. Bill Clinton campaigned in New Hampshire.\n“We will win this,” Mrs. Clinton said.';
    expect(quotations(text)[0]!.speaker).toBe('Hillary Clinton');
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

describe('roles: the person or described source the article introduced', () => {
  it('a short title is the role ("Sen." is a senator)', () => {
    const text = 'Sen. Bernie Sanders spoke in Des Moines on Monday.\n“The economy is rigged,” the senator said.';
    expect(quotations(text)[0]!.speaker).toBe('Bernie Sanders');
  });

  it('a person found by role is not the current speaker for the next pronoun', () => {
    const text =
      'Marco Rubio stopped by his headquarters in Manchester after Sen. Bernie Sanders left town.\n“We are closing really strong,” the senator said.\n“It’s huge,” he said.';
    expect(quotations(text)[1]!.speaker).toBe('Marco Rubio');
  });

  it('an unnamed source’s introduction stays inside its sentence ("a HuffPost blog. The actress" is no introduction)', () => {
    const text = 'Maria Ruiz opened up about it in a HuffPost blog. The actress explained why it hurt.';
    expect(new ArticlePeople(text).resolveRole('The actress', text.indexOf('The actress'))).toBe('the actress');
  });
});

describe('roles that continue the attribution just before (seed 001: "The manager added:")', () => {
  const official =
    'Zelensky spoke by video, according to a senior US administration official.\n\n“There was a very strong feeling in the room,” the senior administration official said.\n\n';

  it('a role nobody was introduced with, with a continuing cue, is the source just quoted', () => {
    const text = official + 'The manager added: “The general mood has been sober.”';
    expect(quotations(text).map((q) => q.speaker)).toEqual(['a senior US administration official', 'a senior US administration official']);
  });

  it('the same for a named source', () => {
    const text = 'Jens Stoltenberg spoke in Brussels.\n“We are united,” Stoltenberg said.\n\nThe host continued: “We will meet again in July.”';
    expect(quotations(text)[1]!.speaker).toBe('Jens Stoltenberg');
  });

  it('not without a continuing cue', () => {
    const text = official + 'The manager said: “The general mood has been sober.”';
    expect(quotations(text)[1]!.speaker).toBe('the manager');
  });

  it('not when someone else is named between', () => {
    const text = official + 'Later Joe Biden met Emmanuel Macron. The manager added: “The general mood has been sober.”';
    expect(quotations(text)[1]!.speaker).toBe('the manager');
  });

  it('not two paragraphs on', () => {
    const text = official + 'The leaders posed for a photo.\n\nThe manager added: “The general mood has been sober.”';
    expect(quotations(text)[1]!.speaker).toBe('the manager');
  });

  it('not for a document or an organisation ("the statement added")', () => {
    const text = official + 'The statement added: “The general mood has been sober.”';
    expect(quotations(text)[1]!.speaker).toBe('the statement');
  });
});
