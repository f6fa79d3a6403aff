/**
 * Reported speech (utils/quotes/reported.ts through extractQuotes): every frame news uses for an
 * attribution without quotation marks, its source, cue and content, and the sentences that look
 * like one but are not.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../utils/quotes';

/** The attributions of one paragraph as [kind, speaker mention, cue, content]. */
function found(text: string): [string, string | null, string | null, string][] {
  return extractQuotes(text).map((q) => [q.kind, q.speakerMention, q.cue, q.quote]);
}

describe('reported speech: the source before its cue', () => {
  it('"X said (that) …" with the clause as content', () => {
    expect(found('Stoltenberg said the allies would discuss efforts to continue supporting Ukraine.')).toEqual([
      ['indirect', 'Stoltenberg', 'said', 'the allies would discuss efforts to continue supporting Ukraine'],
    ]);
    expect(found('The mayor said that the bridge would reopen in May.')).toEqual([['indirect', 'The mayor', 'said', 'the bridge would reopen in May']]);
  });

  it('skips the listener and the frame before "that": "told reporters on Tuesday that …"', () => {
    expect(found('The senator told reporters on Tuesday that the bill had the votes to pass.')[0]!.slice(1)).toEqual(['The senator', 'told', 'the bill had the votes to pass']);
    expect(found('Stoltenberg warned a day earlier that NATO would view any use of chemical weapons as an escalation.')[0]![3]).toBe('NATO would view any use of chemical weapons as an escalation');
  });

  it('stance verbs report a position: "US officials have warned …", "Ms. Park believes …"', () => {
    expect(found('US officials have warned that Russia may be considering using chemical weapons.')[0]!.slice(0, 3)).toEqual(['indirect', 'US officials', 'warned']);
    expect(found('Ms. Park believes the reform will cut waiting times by half.')[0]!.slice(1, 3)).toEqual(['Ms. Park', 'believes']);
  });

  it('a relative pronoun is the source as written; the speaker is the noun phrase it follows', () => {
    const [q] = extractQuotes('The group was led by Ana Ruiz, who argued that the council had ignored the residents.');
    expect(q!.speakerMention).toBe('who');
    expect(q!.speaker).toBe('Ana Ruiz');
  });
});

describe('reported speech: the source after the content', () => {
  it('"…, X said." and "…, said X."', () => {
    expect(found('The plant will close by the end of the year, the company said.')).toEqual([['indirect', 'the company', 'said', 'The plant will close by the end of the year']]);
    expect(found('The talks had stalled over the price of gas, said a senior European diplomat.')[0]!.slice(1, 3)).toEqual(['a senior European diplomat', 'said']);
  });

  it('a parenthetical attribution: both sides of it are the content', () => {
    expect(found('The thing the campaign most needs, aides said, is a win in Iowa.')).toEqual([['indirect', 'aides', 'said', 'The thing the campaign most needs … is a win in Iowa']]);
  });

  it('an attribution that closes the sentence governs it, not a verb inside the content', () => {
    const [q] = extractQuotes('Mr. Biden also plans to announce more support for Ukraine, Ms. Psaki said.');
    expect([q!.speakerMention, q!.cue, q!.quote]).toEqual(['Ms. Psaki', 'said', 'Mr. Biden also plans to announce more support for Ukraine']);
  });

  it('"according to X" before or after the content', () => {
    expect(found('According to the ministry, 40 people were hurt in the blast.')).toEqual([['indirect', 'the ministry', 'According to', '40 people were hurt in the blast']]);
    expect(found('Turnout fell to 52 percent, according to early results of the exit poll.')[0]!.slice(1, 4)).toEqual(['early results of the exit poll', 'according to', 'Turnout fell to 52 percent']);
  });

  it('a passive with its agent: "It was announced by the ministry that …"', () => {
    expect(found('It was announced by the ministry that the border would reopen on Monday.')).toEqual([['indirect', 'the ministry', 'announced by', 'the border would reopen on Monday']]);
    expect(found('Ukraine, backed by the United States, held the line.')).toEqual([]);
  });

  it('a participle reports what the speaker of its clause said', () => {
    const [q] = extractQuotes('Mr. Trump lashed out at the party on Tuesday, saying the nomination process was rigged against him.');
    expect([q!.speakerMention, q!.cue, q!.quote]).toEqual(['Mr. Trump', 'saying', 'the nomination process was rigged against him']);
  });
});

describe('mixed: reported speech that quotes some of the words', () => {
  it('a clause with a quoted part is one mixed attribution, not a direct quote', () => {
    const got = extractQuotes('Biden told reporters he thought there is a “real threat” of a chemical attack.');
    expect(got.map((q) => [q.kind, q.speakerMention, q.quote])).toEqual([['mixed', 'Biden', 'he thought there is a real threat of a chemical attack']]);
  });

  it('a partial quote inside the article’s own clause is mixed, its content the clause after the cue', () => {
    const text = 'Stoltenberg said that “any use of chemical weapons would fundamentally change the nature of the conflict.”';
    const [q] = extractQuotes(text);
    expect([q!.kind, q!.quote]).toEqual(['mixed', 'any use of chemical weapons would fundamentally change the nature of the conflict']);
    const [m] = extractQuotes('Bush described his leadership skills as a “work in progress.”');
    expect([m!.kind, m!.quote]).toEqual(['mixed', 'his leadership skills as a work in progress']);
  });

  it('a whole sentence in quotation marks stays direct, with its cue', () => {
    const [q] = extractQuotes('“We are determined to continue to impose costs on Russia,” Stoltenberg said.');
    expect([q!.kind, q!.cue, q!.speakerMention]).toEqual(['direct', 'said', 'Stoltenberg']);
  });
});

describe('not reported speech', () => {
  it('nouns that look like cue verbs: possessives, determiners, passives', () => {
    expect(found('NATO’s support for Ukraine’s sovereignty has not wavered since the invasion.')).toEqual([]);
    expect(found('Ukraine, backed by the United States and its allies, has pushed the invaders back.')).toEqual([]);
    expect(found('The claims were repeated in six states before the election.')).toEqual([]);
  });

  it('a cue inside a quotation is the speaker’s words, not the article’s report', () => {
    const got = extractQuotes('“My mother said we would never leave this town,” Ms. Ortiz said.');
    expect(got.map((q) => q.kind)).toEqual(['direct']);
  });

  it('a noun phrase inside quotation marks is never the source of what follows', () => {
    const got = extractQuotes('“It is a good day for the harbour,” said Mayor Ana Ruiz after the council voted for the bridge.');
    expect(got.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Ana Ruiz']]);
  });

  it('the words after a direct quote’s attribution are not a report: "“…,” he said in Las Vegas at a forum"', () => {
    const got = extractQuotes('“We have to use the powers we have,” he said in Las Vegas at a forum hosted by the magazine.');
    expect(got.map((q) => q.kind)).toEqual(['direct']);
  });
});

describe('offsets', () => {
  it('content, cue and source offsets point at the text', () => {
    const text = 'In Brussels, the minister said the plan would cost more than expected.';
    const [q] = extractQuotes(text);
    expect(text.slice(q!.start, q!.end)).toBe('the plan would cost more than expected');
    expect(text.slice(q!.cueStart!, q!.cueEnd!)).toBe('said');
    expect(text.slice(q!.speakerStart!, q!.speakerEnd!)).toBe('the minister');
  });
});

describe('languages', () => {
  it('reads reported speech in English only; quotation marks in every language', () => {
    const de = 'Der Minister sagte, die Brücke werde im Mai wieder geöffnet. „Wir sind bereit, die Brücke schon im Mai wieder zu öffnen“, sagte er.';
    expect(extractQuotes(de, { lang: 'de' }).map((q) => q.kind)).toEqual(['direct']);
    const en = 'The minister said the bridge would reopen in May.';
    expect(extractQuotes(en, { lang: 'en-GB' }).map((q) => q.kind)).toEqual(['indirect']);
    expect(extractQuotes(en, { lang: 'fr' })).toEqual([]);
  });
});
