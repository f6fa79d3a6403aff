import { readFileSync } from 'node:fs';
import { stemmer as porter } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { hasStemmer, stem, stemSurface, STEMMED_LANGS } from '../../../utils/text/stem';
import { fold } from '../../../utils/text/normalize';
import { words } from '../../../utils/text/segment';

const corpus = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as { articles: { text: string }[] };

describe('stem: English stays Porter', () => {
  it('every word of the bundled corpus stems exactly as the Porter stemmer (letters a-z) or stays as it is', () => {
    let checked = 0;
    for (const a of corpus.articles) {
      for (const w of words(a.text, 'en')) {
        const f = fold(w.text);
        const want = /^[a-z]+$/.test(f) ? porter(f) : f;
        expect(stem(f, 'en')).toBe(want);
        expect(stemSurface(w.text.replace(/['\u2019]s?$/u, ''), 'en')).toBe(stem(fold(w.text.replace(/['\u2019]s?$/u, '')), 'en'));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
  it('a missing or unknown tag means English; a language without a stemmer keeps the word', () => {
    expect(stem('sanctions')).toBe('sanction');
    expect(stem('sanctions', 'en-GB')).toBe('sanction');
    expect(stem('sanctions', 'el')).toBe('sanctions');
    expect(hasStemmer('el')).toBe(false);
    expect(hasStemmer('pt-BR')).toBe(true);
  });
});

describe('stem: Snowball for the other languages', () => {
  const cases: [string, string, string][] = [
    ['de', 'Verhandlungen', 'Verhandlung'],
    ['de', 'Sanktionen', 'Sanktion'],
    ['fr', 'négociations', 'négociation'],
    ['es', 'sanciones', 'sanción'],
    ['it', 'elezioni', 'elezione'],
    ['nl', 'verkiezingen', 'verkiezing'],
    ['pt', 'negociações', 'negociação'],
    ['ro', 'alegerile', 'alegeri'],
    ['tr', 'seçimlerde', 'seçimler'],
    ['sv', 'förhandlingarna', 'förhandling'],
    ['da', 'forhandlingerne', 'forhandling'],
    ['no', 'forhandlingene', 'forhandling'],
    ['fi', 'neuvottelut', 'neuvottelu'],
    ['ru', 'переговоры', 'переговор'],
  ];
  it.each(cases)('%s: "%s" and "%s" share a stem, folded', (lang, a, b) => {
    expect(stemSurface(a, lang)).toBe(stemSurface(b, lang));
    expect(stemSurface(a, lang)).toBe(fold(stemSurface(a, lang)));
    expect(stemSurface(a, lang).length).toBeLessThan(fold(a).length);
  });
  it('covers the languages of issue 11', () => {
    for (const l of ['ro', 'pt', 'it', 'tr', 'de', 'nl', 'fr', 'es']) expect(STEMMED_LANGS).toContain(l);
  });
  it('stems the written form better than the folded one where folding loses letters (Turkish)', () => {
    expect(stemSurface('kitapları', 'tr')).toBe('kitap');
    expect(stemSurface('KİTAPLARI', 'tr')).toBe('kitap');
    expect(stemSurface('askerleri', 'tr')).toBe(stemSurface('askerler', 'tr'));
    expect(stemSurface('Cumhurbaşkanlığı', 'tr')).toBe('cumhurbaskanlik');
    expect(stem(fold('cumhurbaşkanlığı'), 'tr')).not.toBe('cumhurbaskanlik');
  });
  it('reads Romanian cedilla and comma-below letters alike', () => {
    expect(stemSurface('ţările', 'ro')).toBe(stemSurface('țările', 'ro'));
    expect(stemSurface('uciși', 'ro')).toBe(stemSurface('ucişi', 'ro'));
  });
  it('keeps codes and hyphenated words whole (folded)', () => {
    expect(stemSurface('COVID-19', 'de')).toBe('covid-19');
    expect(stem('nato-gipfel', 'de')).toBe('nato-gipfel');
  });
  it('is memoised: the same answer again, and fast enough for every article', () => {
    const text = 'Die Regierungen der Mitgliedstaaten verhandeln seit Wochen über neue Sanktionen gegen Russland und über Waffenlieferungen an die Ukraine. ';
    const ws = [...words(text.repeat(100), 'de')].map((w) => w.text);
    const first = ws.map((w) => stemSurface(w, 'de'));
    const t0 = performance.now();
    const again = ws.map((w) => stemSurface(w, 'de'));
    const ms = performance.now() - t0;
    expect(again).toEqual(first);
    expect(ms).toBeLessThan(50);
  });
});
