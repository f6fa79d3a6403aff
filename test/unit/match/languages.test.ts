import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { featurize } from '../../../utils/match/features';
import { MatchIndex } from '../../../utils/match/index';
import { SUMMIT } from '../text/fixtures/summit';

/** The bundled corpus: four English reports of the emergency NATO summit of 24 March 2022. */
const corpus = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as {
  articles: { id: string; title: string | null; text: string; published: string | null; lang: string | null }[];
};

function bundledIndex(): MatchIndex {
  const index = new MatchIndex();
  for (const a of corpus.articles) index.add(featurize(a));
  return index;
}

describe('a report of the same event in another language (names, numbers and dates shared)', () => {
  const index = bundledIndex();
  for (const [lang, report] of Object.entries(SUMMIT).filter(([l]) => l !== 'en')) {
    it(`${lang}: finds the bundled English coverage as the same story, with or without a language tag`, () => {
      for (const tag of [lang, null]) {
        const matches = index.query(featurize({ id: `summit-${lang}`, title: report.title, text: report.text, published: null, lang: tag }));
        expect(matches.filter((m) => m.tier !== 'related').length).toBeGreaterThan(0);
      }
    });
  }
  it('a report of another event in the same language is not the same story', () => {
    const other = featurize({
      id: 'de-other',
      title: 'Hochwasser in Passau',
      text: 'In Passau ist die Donau am Montag über die Ufer getreten. Die Feuerwehr räumte zwei Straßen am Fluss, die Stadt öffnete Notunterkünfte für 120 Anwohner.',
      published: null,
      lang: 'de',
    });
    expect(index.query(other).filter((m) => m.tier !== 'related')).toEqual([]);
  });
});
