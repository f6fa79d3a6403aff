import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guessEnglish, parseScrapedText, splitParagraphs } from '../../../utils/corpus/scraped';

const here = dirname(fileURLToPath(import.meta.url));
const seeds = resolve(here, '../../../../shared/seeds');
const seed = (prefix: string): string => {
  const f = readdirSync(seeds).find((n) => n.startsWith(prefix))!;
  return readFileSync(resolve(seeds, f), 'utf8');
};

/** Every piece of chrome the four scrapes carry; none may survive into an article's text. */
const CHROME = [
  '34 minutes ago', 'Logging in, please wait', 'archived comments', 'Comments are closed', 'fbpx',
  'Image by SB2010', 'Support our non-profit journalism', 'Submit a Comment', 'Your email address',
  'Required fields', 'Continue reading on the app', 'Expand article', 'Share this', 'With Post wires', 'Source: NYPOST',
];

describe('splitParagraphs', () => {
  it('takes one paragraph a line, and blank-line blocks', () => {
    expect(splitParagraphs('One line.\nTwo line.\n\n\nThree.')).toEqual(['One line.', 'Two line.', 'Three.']);
  });
  it('joins hard-wrapped lines back into their paragraph', () => {
    const wrapped = 'The council met again on Tuesday and agreed, after a long\ndebate that ran well past midnight, to fund the repairs of\nthe old river bridge.\n\nNext paragraph.';
    expect(splitParagraphs(wrapped)).toEqual([
      'The council met again on Tuesday and agreed, after a long debate that ran well past midnight, to fund the repairs of the old river bridge.',
      'Next paragraph.',
    ]);
  });
  it('joins a line that goes on in lower case to the line it continues', () => {
    expect(splitParagraphs('He said the president regularly\nincites\npolitical violence.\nA new line.')).toEqual([
      'He said the president regularly incites political violence.',
      'A new line.',
    ]);
  });
});

describe('parseScrapedText on made-up text', () => {
  it('never invents: no headline, outlet or date when the text states none', () => {
    const a = parseScrapedText('The council met on Tuesday and agreed to fund the repairs.\nIt was a long meeting that ran well past midnight.', 'x');
    expect(a).toMatchObject({ id: 'x', title: null, source: null, byline: null, published: null, url: null, origin: 'bundled', addedAt: 0 });
    expect(a.publishedInferred).toBeUndefined();
  });
  it('takes a stated dateline with its year', () => {
    const a = parseScrapedText('Published March 24, 2022\nThe council met on Tuesday and agreed to fund the repairs of the bridge.', 'x');
    expect(a.published).toBe('2022-03-24');
    expect(a.publishedInferred).toBe(false);
  });
  it('guesses English only from a real amount of English text', () => {
    expect(guessEnglish('Der Stadtrat hat am Dienstag beschlossen, die Reparatur der alten Brücke zu bezahlen, sagte die Bürgermeisterin.')).toBeNull();
  });
});

describe.skipIf(!existsSync(seeds))('parseScrapedText on the four seeds', () => {
  const all = ['000', '001', '002', '003'].map((n) => parseScrapedText(seed(n), `seed-${n}`));

  it('removes every piece of chrome and keeps paragraphs apart', () => {
    for (const a of all) {
      for (const c of CHROME) expect(a.text, `${a.id}: ${c}`).not.toContain(c);
      expect(a.text).not.toMatch(/^\s|\s$|\n{3}/u);
      expect(a.text.split('\n\n').every((p) => p === p.trim() && p.length > 0)).toBe(true);
      expect(a.lang).toBe('en');
      expect(a).toMatchObject({ origin: 'bundled', addedAt: 0, url: null, byline: null });
    }
  });

  it('seed 000: no headline (it opens with a timestamp and a lead sentence), no outlet, no date', () => {
    const a = all[0]!;
    expect(a.title).toBeNull();
    expect(a.source).toBeNull();
    expect(a.published).toBeNull(); // "Day 19" and "Tuesday" give no year: nothing to store
    expect(a.text.startsWith('President Biden will attend an extraordinary NATO summit meeting in Brussels on March 24')).toBe(true);
    expect(a.text.endsWith('“junior, so they might have sanctioned his dad by mistake.”')).toBe(true);
    expect(a.text.split('\n\n')).toHaveLength(19);
  });

  it('seed 001: the headline becomes the title and leaves the body', () => {
    const a = all[1]!;
    expect(a.title).toBe('Biden meets NATO leaders in Brussels for emergency talks aimed at ending Russia’s war in Ukraine');
    expect(a.text).not.toContain('emergency talks aimed at ending');
    expect(a.source).toBeNull();
    expect(a.published).toBeNull();
    expect(a.text.startsWith('Biden’s busy schedule on Thursday')).toBe(true);
    expect(a.text.endsWith('before stepping out together to attend the official summit.')).toBe(true);
  });

  it('seed 002: headline kept as title; tracking token, section label and photo credit gone', () => {
    const a = all[2]!;
    expect(a.title).toBe('President Biden attends Emergency NATO Summit');
    expect(a.text.startsWith('President Joe Biden traveled to Europe on Wednesday')).toBe(true);
    expect(a.text.split('\n\n')[0]).not.toBe('NATO');
    expect(a.text.endsWith('Zelenskyy said in an interview.')).toBe(true);
    expect(a.text).toContain('“It’s a compromise for everyone'); // the no-break space before the name is normalised
    expect(a.source).toBeNull();
  });

  it('seed 003: outlet from its "Source:" line, wire credit out of the body, no date', () => {
    const a = all[3]!;
    expect(a.title).toBeNull();
    expect(a.source).toBe('New York Post');
    expect(a.published).toBeNull(); // "one month after" a Feb. 24 start states no year
    expect(a.text.startsWith('President Biden and other leaders of the NATO alliance gathered in Brussels Thursday')).toBe(true);
    expect(a.text.endsWith('“I will not speculate beyond the fact that NATO is always ready to defend, to protect and to react to any type of attack on a NATO allied country,” he said.')).toBe(true);
  });
});
