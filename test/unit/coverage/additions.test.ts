import { describe, expect, it } from 'vitest';
import { asWritten, factKeys, whatOthersAdd } from '../../../utils/coverage/additions';

describe('whatOthersAdd', () => {
  const page = 'President Joe Biden met NATO leaders in Brussels on Thursday. Jens Stoltenberg opened the summit of 30 allies.';
  it('picks the sentences with names and figures the page does not have, with their outlet', () => {
    const others = [
      {
        id: 'b',
        source: 'Other Outlet',
        text:
          'Biden met NATO leaders in Brussels on Thursday for the summit. ' +
          'Four new battlegroups of between 1,000 and 1,500 troops will go to Bulgaria, Hungary, Romania and Slovakia. ' +
          'Lithuanian President Gitanas Nauseda said no one could feel safe now.',
      },
    ];
    const adds = whatOthersAdd(factKeys(page, 'en'), others);
    expect(adds.map((a) => a.sentence)).toEqual([
      'Four new battlegroups of between 1,000 and 1,500 troops will go to Bulgaria, Hungary, Romania and Slovakia.',
      'Lithuanian President Gitanas Nauseda said no one could feel safe now.',
    ]);
    expect(adds[0]!.facts).toEqual(expect.arrayContaining(['Bulgaria', 'Slovakia', '1,000', '1,500']));
    expect(adds[0]!.source).toBe('Other Outlet');
    expect(adds.some((a) => a.sentence.startsWith('Biden met'))).toBe(false);
  });
  it('adds nothing when the others repeat the page', () => {
    expect(whatOthersAdd(factKeys(page, 'en'), [{ id: 'c', source: null, text: page }])).toEqual([]);
  });
});

describe('facts as the text writes them', () => {
  it('carries a name over an abbreviation\'s dots and a hyphenated number, never over a full stop after a word', () => {
    const at = (sentence: string, name: string) => {
      const start = sentence.indexOf(name);
      return asWritten(sentence, start, start + name.length);
    };
    expect(at('Top U.S. officials met.', 'U.S')).toBe('U.S.');
    expect(at('The G-7 leaders met.', 'G')).toBe('G-7');
    expect(at('He met Biden. Then he left.', 'Biden')).toBe('Biden');
    expect(at('They flew to Paris.', 'Paris')).toBe('Paris');
    expect(at('The U.N.', 'U')).toBe('U.N.');
  });

  it('on the bundled corpus, shows "U.S." and "G-7", and no one-letter fact', async () => {
    const { readFileSync } = await import('node:fs');
    const seeds = (JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as { articles: { id: string; source: string | null; text: string }[] }).articles;
    const facts = seeds.flatMap((a) => whatOthersAdd(factKeys(a.text, 'en'), seeds.filter((o) => o.id !== a.id)).flatMap((x) => x.facts));
    expect(facts).toContain('U.S.');
    expect(facts).toContain('G-7');
    expect(facts.filter((f) => f.replace(/[^\p{L}\p{N}]/gu, '').length < 2)).toEqual([]);
  });
});
