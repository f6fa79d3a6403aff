/**
 * Every quotation of the four bundled articles (../shared/seeds), read by hand, with its speaker.
 *
 * Decisions (documented here because the articles force them):
 * - Offsets cover the quoted words, never the marks; a trailing comma before the closing mark is
 *   dropped (it only marks the split before the attribution), a full stop inside the marks is kept.
 * - Every quote lies inside one paragraph. Seed 000's “We’ve been incredibly aligned to date. /
 *   That doesn’t happen by accident.” is cut across two lines with no reopening mark: two quotes,
 *   the second found through its closing mark (missing opening mark), both Psaki's as a
 *   continuation of the quote before (they inherit its attribution words).
 * - Split quotes (“…,” Ms. Psaki said, “…”) are two quotes with the same speaker and mention.
 * - Seed 000 “Mr. Biden’s goal,” Ms. Psaki said — the opening mark is missing; the closing mark
 *   plus the attribution after it make it a quote from the paragraph start.
 * - Partial quotes governed by a speech verb are quotes of that verb's subject, even when short
 *   (seed 003 Biden told reporters … a “real threat”; Sullivan's “potential contingencies”;
 *   seed 002 Biden described … as “a genuine threat.”).
 * - Scare quotes and titles are excluded: seed 001 “family photo”, ‘family photo’, “no-fly zone”
 *   (no speech verb), “World War III.” (a proper name, even though "said" occurs earlier in the
 *   sentence), “unprovoked aggression” (its only verb, "condemning", is a participle whose subject
 *   is out of reach — it reads as the journalist's wording); seed 002 “long-term adjustments”,
 *   “call to action” (no speech verb).
 * - Seed 001 "the senior administration official" resolves to the article's introduction of that
 *   unnamed source ("a senior US administration official"). "The manager added:" opens the next
 *   paragraph, right after that official's quote, with a role nobody was introduced with and a cue
 *   that continues ("added"): the same source, not a new one, so its speaker is that official too.
 * - Pronouns: mention is the pronoun, speaker the person last named with a compatible gender
 *   (seed 000 "she" → Jen Psaki, known female from "Ms. Psaki"; seed 003 "he" → Stoltenberg).
 * - Within an article the speaker is the fullest name the article gives (seed 003 only says
 *   "President Biden", so "Biden"; seed 002 says "President Joe Biden", so "Joe Biden").
 * - Seed 003: in "Zelensky said he would ask NATO leaders “declare …”" the nearest speech verb is
 *   "ask", so the mention is "he" (resolved to Volodymyr Zelensky).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quotations } from './quotations';

function seed(name: string): string {
  return readFileSync(new URL(`../../../../shared/seeds/${name}`, import.meta.url), 'utf8');
}

type Row = [quote: string, speaker: string | null, mention: string | null];

const EXPECTED: Record<string, Row[]> = {
  '000_0bb4eac14f98afa7.txt': [
      ["His goal is to meet face to face with his European counterparts and talk about where we are at this point in the conflict, in the invasion of Ukraine by Russia", "Jen Psaki", "the White House press secretary, Jen Psaki"],
      ["We’ve been incredibly aligned to date.", "Jen Psaki", "the White House press secretary, Jen Psaki"],
      ["That doesn’t happen by accident.", "Jen Psaki", "the White House press secretary, Jen Psaki"],
      ["We’re still finalizing the trip at this time", "Jen Psaki", "Ms. Psaki"],
      ["Nothing on the table at this point in time, but the real focus right now is to meet with NATO partners in Brussels.", "Jen Psaki", "Ms. Psaki"],
      ["We are on Day 19", "Jen Psaki", "Ms. Psaki"],
      ["In addition to their incredible courage and bravery", "Jen Psaki", "she"],
      ["one of the reasons that they are able to hold back and push back against the Russian military is because of the significant amount of military assistance we have provided.", "Jen Psaki", "she"],
      ["Mr. Biden’s goal", "Jen Psaki", "Ms. Psaki"],
      ["is to meet face to face with his European counterparts and talk about where we are at this point in the conflict, in the invasion of Ukraine by Russia.", "Jen Psaki", "Ms. Psaki"],
      ["junior, so they might have sanctioned his dad by mistake.", "Jen Psaki", "Ms. Psaki"],
  ],
  '001_83cf41c30cd8f517.txt': [
      ["We are determined to continue to impose costs on Russia to end this brutal war", "Jens Stoltenberg", "Stoltenberg"],
      ["We pay tribute to the great courage of the Ukrainian people and the Ukrainian Armed Forces who are fighting for their freedom and their rights", "Jens Stoltenberg", "he"],
      ["We also recognize those in Russia who courageously stand up against the war. We hear their voices. They are counting.", "Jens Stoltenberg", "he"],
      ["Any use of chemical weapons would totally change the nature of the conflict and have far-reaching consequences", "Jens Stoltenberg", "he"],
      ["There was a very strong feeling that we are facing an important historical moment and very strong support from all the leaders who spoke about the need to defend our democracy, the need to defend our common values and a strong sense that NATO was well prepared to be able to do this", "a senior US administration official", "the senior administration official"],
      ["The general mood has been sober. It was resolved and it was incredibly united.", "a senior US administration official", "The manager"],
      ["No one can feel safe now", "Gitanas Nauseda", "Lithuanian President Gitanas Nauseda"],
      ["Even countries far from Russia cannot feel safe.", "Gitanas Nauseda", "Lithuanian President Gitanas Nauseda"],
      ["has already crossed the red line into barbarism", "Boris Johnson", "British Prime Minister Boris Johnson"],
      ["what more we can do to help the Ukrainian people protect themselves", "Boris Johnson", "he"],
      ["I expect leaders to agree to strengthen NATO’s posture in all areas", "Jens Stoltenberg", "Stoltenberg"],
      ["with significant increases in our forces in the eastern part of the alliance.", "Jens Stoltenberg", "Stoltenberg"],
      ["There is a need to reset our deterrence and defense", "Jens Stoltenberg", "Stoltenberg"],
      ["and I expect that to be a substantial increase in our long-term presence.", "Jens Stoltenberg", "Stoltenberg"],
      ["China has provided Russia with political support, including spreading blatant lies and disinformation", "Jens Stoltenberg", "Stoltenberg"],
      ["The allies fear that China will provide material support for the Russian invasion.", "Jens Stoltenberg", "Stoltenberg"],
  ],
  '002_ba69f963598a455e.txt': [
      ["a genuine threat.", "Joe Biden", "President Biden"],
      ["It’s a compromise for everyone: for the West, which doesn’t know what to do with us with regard to NATO, for Ukraine, which wants security guarantees, and for Russia, which doesn’t want further NATO expansion", "Volodymyr Zelenskyy", "Zelenskyy"],
  ],
  '003_0052b108167ec7a7.txt': [
      ["We need to do more, and therefore we need to invest more", "Jens Stoltenberg", "Stoltenberg"],
      ["There is a new sense of urgency and I expect that the leaders will agree to accelerate the investments in defense.", "Jens Stoltenberg", "Stoltenberg"],
      ["declare that it will fully assist Ukraine to win this war", "Volodymyr Zelensky", "he"],
      ["real threat", "Biden", "Biden"],
      ["potential contingencies", "Jake Sullivan", "White House national security adviser Jake Sullivan"],
      ["this whole question of the potential use of nuclear weapons.", "Jake Sullivan", "White House national security adviser Jake Sullivan"],
      ["any use of chemical weapons would fundamentally change the nature of the conflict. It would be a blatant violation of international law, and it will have widespread and severe consequences.", "Jens Stoltenberg", "Stoltenberg"],
      ["I will not speculate beyond the fact that NATO is always ready to defend, to protect and to react to any type of attack on a NATO allied country", "Jens Stoltenberg", "he"],
  ],
};

describe('bundled seed articles: every quotation and its speaker', () => {
  for (const [file, rows] of Object.entries(EXPECTED)) {
    it(file, () => {
      const text = seed(file);
      const got = quotations(text);
      expect(got.map((q) => [q.quote, q.speaker, q.speakerMention])).toEqual(rows);
      for (const q of got) {
        expect(text.slice(q.start, q.end)).toBe(q.quote);
        if (q.speakerMention !== null) expect(text.slice(q.speakerStart!, q.speakerEnd!)).toBe(q.speakerMention);
      }
      for (let i = 1; i < got.length; i++) expect(got[i]!.start).toBeGreaterThan(got[i - 1]!.start);
    });
  }

  it('leaves scare quotes and titles out (seed 001, 002)', () => {
    const s1 = quotations(seed('001_83cf41c30cd8f517.txt')).map((q) => q.quote);
    for (const scare of ['family photo', 'no-fly zone', 'World War III.', 'unprovoked aggression']) expect(s1).not.toContain(scare);
    const s2 = quotations(seed('002_ba69f963598a455e.txt')).map((q) => q.quote);
    expect(s2).not.toContain('long-term adjustments');
    expect(s2).not.toContain('call to action');
  });
});
