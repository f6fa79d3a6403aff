/**
 * Reported speech of the four bundled articles (../shared/seeds), read by hand: the statements
 * each article attributes without quotation marks (or with some words quoted), with the speaker the
 * article means and the cue it uses. The list is what must be found; a second list holds sentences
 * that look like attributions and are not (nouns after a possessive, a passive).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../utils/quotes';

function seed(name: string): string {
  return readFileSync(new URL(`../../../../shared/seeds/${name}`, import.meta.url), 'utf8');
}

type Row = [speaker: string, cue: string, contentStart: string];

const REPORTED: Record<string, Row[]> = {
  '000_0bb4eac14f98afa7.txt': [
    ['White House and European officials', 'said', 'President Biden will attend an extraordinary NATO summit meeting in Brussels on March 24'],
    ['Jen Psaki', 'declined', 'to say if he planned to meet with Ukraine’s president'],
    ['Jen Psaki', 'say', 'whether Mr. Biden or other U.S. officials would meet with refugees'],
    ['Administration officials', 'said', 'the White House was exploring whether Mr. Biden might continue his trip to Eastern Europe'],
    ['Jen Psaki', 'said', 'Mr. Biden also plans to announce more support for Ukraine’s defense'],
  ],
  '001_83cf41c30cd8f517.txt': [
    ['Jens Stoltenberg', 'said', 'the allies would discuss efforts to continue supporting Ukraine'],
    ['Jens Stoltenberg', 'warned', 'NATO would view any use of chemical weapons by Russia as an escalation'],
    ['a senior US administration official', 'according to', 'Ukrainian President Volodymyr Zelensky then addressed NATO leaders'],
    ['Boris Johnson', 'said', 'Putin has already crossed the red line into barbarism'],
    ['Jens Stoltenberg', 'said', 'NATO leaders would likely decide to do more'],
    ['US officials', 'warned', 'Russia may be considering using chemical or biological weapons'],
    ['Jens Stoltenberg', 'said', 'the alliance planned to send equipment to help Ukraine deal with such threats'],
    ['EU', 'pledged', 'to cut gas imports by two-thirds by the end of the year'],
    ['Those', 'say', 'Russia’s full-scale invasion of Ukraine proves the need for it'],
  ],
  '002_ba69f963598a455e.txt': [
    ['Joe Biden', 'described', 'the danger of chemical warfare as a genuine threat'],
    ['Joe Biden', 'stated', 'he does not want to deploy U.S. soldiers into Ukraine to fight'],
    ['Volodymyr Zelenskyy', 'stated', 'he was willing to negotiate with Putin'],
  ],
  '003_0052b108167ec7a7.txt': [
    ['Volodymyr Zelensky', 'said', 'he would ask NATO leaders'],
    ['Biden', 'told', 'he thought there is a real threat that Russian President Vladimir Putin will order the use of chemical weapons'],
    ['Jake Sullivan', 'told', 'NATO allies would consult on how to respond to potential contingencies of that sort'],
    ['Jens Stoltenberg', 'said', 'any use of chemical weapons would fundamentally change the nature of the conflict'],
  ],
};

/** Content that is not a statement of anyone's: the noun "support" after a possessive. */
const NOT_REPORTED: Record<string, string[]> = {
  '001_83cf41c30cd8f517.txt': ['for Ukraine’s sovereignty', 'for Ukraine through military and humanitarian assistance'],
};

describe('bundled seed articles: reported speech, read by hand', () => {
  for (const [file, rows] of Object.entries(REPORTED)) {
    it(file, () => {
      const text = seed(file);
      const reported = extractQuotes(text).filter((q) => q.kind !== 'direct');
      const got = reported.map((q) => [q.speaker, q.cue, q.quote] as const);
      for (const [speaker, cue, content] of rows) {
        expect(got.filter(([s, c, q]) => s === speaker && c === cue && q.startsWith(content)), `${speaker} ${cue}: ${content}`).toHaveLength(1);
      }
      for (const q of reported) {
        expect(text.slice(q.cueStart!, q.cueEnd!)).toBe(q.cue);
        expect(text.slice(q.speakerStart!, q.speakerEnd!)).toBe(q.speakerMention);
      }
      for (const wrong of NOT_REPORTED[file] ?? []) expect(got.some(([, , q]) => q.startsWith(wrong)), wrong).toBe(false);
    });
  }
});
