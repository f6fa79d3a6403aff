import { describe, expect, it } from 'vitest';
import { nameWordKey } from '../../../utils/text/name-key';
import { extractNames, knownNameWords } from '../../../utils/text/names';
import { tokenize } from '../../../utils/text/tokenize';
import { SUMMIT } from './fixtures/summit';

function names(text: string): string[] {
  const s = tokenize(text);
  return extractNames(s, knownNameWords(s), 'en', text).map((m) => m.surface);
}

describe('names', () => {
  it('finds capitalised runs, strips titles, skips sentence-initial words', () => {
    const got = names('Yesterday Mr. Biden met Vladimir V. Putin in Geneva. Officials said NATO Secretary General Jens Stoltenberg agreed.');
    expect(got).toEqual(['Biden', 'Vladimir V. Putin', 'Geneva', 'NATO', 'Jens Stoltenberg']);
  });
  it('trusts a sentence-initial name the text capitalises elsewhere', () => {
    const got = names('Talks ended late. Biden said little. Reporters asked Biden about it.');
    expect(got).toEqual(['Biden', 'Biden']);
  });
  it('keeps connectors inside names', () => {
    expect(names('Shares of Bank of America fell.')).toEqual(['Bank of America']);
  });
});

describe('sentence-initial first names', () => {
  it('joins a sentence-initial word to the trusted name after it', () => {
    expect(names('Tara Reid has entered rehab. Her rep said Reid is fine.')).toEqual(['Tara Reid', 'Reid']);
    expect(names('Officials said Reid left. Reid is fine.')).toEqual(['Reid', 'Reid']);
  });
});

describe('names across languages (issue 11)', () => {
  const keysOf = (lang: string, text: string): Set<string> => {
    const s = tokenize(text, lang);
    const out = new Set<string>();
    for (const m of extractNames(s, knownNameWords(s, lang), lang, text)) {
      out.add(m.key);
      if (m.lastKey) out.add(m.lastKey);
    }
    return out;
  };
  const SHARED = ['biden', 'stoltenberg', 'macron', 'erdogan', 'zelensky', 'nato'];
  it.each(Object.keys(SUMMIT))('%s: the summit report shares the English report’s names', (lang) => {
    const en = keysOf('en', SUMMIT.en!.text);
    const other = keysOf(lang, SUMMIT[lang]!.text);
    for (const k of SHARED) {
      expect(en.has(k)).toBe(true);
      expect(other.has(k)).toBe(true);
    }
  });
  it('fr, it: a name behind an elided article is a name ("l’Otan", "dell’Alleanza")', () => {
    expect(keysOf('fr', "Le sommet de l'Otan s'est ouvert jeudi.").has('nato')).toBe(true);
    expect(keysOf('it', "Il vertice dell'Alleanza atlantica si è aperto giovedì.").has(nameWordKey('alleanza'))).toBe(true);
  });
  it('tr: capitalised titles between country and name are cut, so full names meet', () => {
    const tr = keysOf('tr', SUMMIT.tr!.text);
    for (const k of ['joe biden', 'jens stoltenberg', 'recep tayip erdogan', 'emanuel macron']) expect(tr.has(k)).toBe(true);
    const en = keysOf('en', SUMMIT.en!.text);
    for (const k of ['joe biden', 'jens stoltenberg', 'recep tayip erdogan', 'emanuel macron']) expect(en.has(k)).toBe(true);
  });
  it('tr: case endings after the apostrophe are not part of the name', () => {
    const tr = keysOf('tr', "Zirve Brüksel'de yapıldı ve liderler Erdoğan'ın açıklamasını dinledi.");
    expect(tr.has('bruksel')).toBe(true);
    expect(tr.has('erdogan')).toBe(true);
  });
});

describe('German capitalises every noun', () => {
  const text = SUMMIT.de!.text;
  const s = tokenize(text, 'de');
  const got = extractNames(s, knownNameWords(s, 'de'), 'de', text).map((m) => m.key);
  it('keeps the names', () => {
    for (const k of ['joe biden', 'jens stoltenberg', 'wolodymyr zelensky', 'olaf scholz', 'emanuel macron', 'recep tayip erdogan', 'nato', 'brusel', 'slowakei', 'ungarn']) expect(got).toContain(k);
  });
  it('leaves out the common nouns and titles', () => {
    for (const k of ['regierungschefs', 'soldaten', 'gipfel', 'entscheidung', 'ostflanke', 'minuten', 'prasident', 'generalsekretar', 'kampfgrupen', 'flugabwehr', 'video']) {
      expect(got.some((g) => g.split(' ').includes(k))).toBe(false);
    }
  });
  it('reads a genitive -s as the name when the text names it without', () => {
    expect(got.filter((k) => k === 'wolodymyr zelensky' || k === 'zelensky').length).toBe(2);
    expect(got).not.toContain('selenskys');
  });
  it('a sentence opening with an adjective and a noun is no name', () => {
    const t = 'Pragmatische Architekten bauen günstiger. Besserer Service kostet Geld. Olaf Scholz sagte, Scholz wolle bleiben.';
    const d = tokenize(t, 'de');
    const keys = extractNames(d, knownNameWords(d, 'de'), 'de', t).map((m) => m.key);
    expect(keys).toContain('olaf scholz');
    for (const k of keys) expect(k).not.toMatch(/pragmatische|architekten|besserer|service/);
  });
  it('English keeps every capitalised noun-like word (no German rule there)', () => {
    const t = 'The talks with Regierung officials and the Gipfel organisers ended.';
    const e = tokenize(t, 'en');
    expect(extractNames(e, knownNameWords(e, 'en'), 'en', t).map((m) => m.key)).toEqual(['regierung', 'gipfel']);
  });
});
