/**
 * Found by the property tests, fixed in utils/text/segment.ts (fallback) and utils/corpus/import.ts (tags checked).
 *
 * A malformed language tag makes the core throw: featurize() → tokenize() → sentences() builds an
 * Intl.Segmenter with baseLang(lang), and `new Intl.Segmenter('en us')` throws RangeError
 * "Incorrect locale information provided" (utils/text/segment.ts segmenter(), reached through
 * utils/text/stopwords.ts baseLang which only splits on - and _). Tags like "en us", "x", "*",
 * "en.utf8", "1" come from <html lang="…"> on a page or the "lang" field of an import record.
 * Effects: (1) the page is shown as an error "Could not read this page: Incorrect locale
 * information provided" instead of being matched; (2) one import record with such a lang fails
 * the WHOLE import ("Nothing was imported: …") instead of being rejected on its own line or read
 * with a fallback language.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { importText } from '../../../utils/coverage/import-service';
import { parsePage } from '../../../utils/coverage/parse-page';
import { openCrossreadDb } from '../../../utils/db/schema';
import { featurize } from '../../../utils/match/features';
import { renderArticlePage, OTHER_STORY } from '../../../scripts/demo/pages';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
const BAD_TAGS = ['en us', 'x', '*', 'en.utf8', '1', 'root'];

describe('malformed language tags', () => {
  it('featurize does not throw on a malformed lang', () => {
    for (const lang of BAD_TAGS) expect(() => featurize({ id: 'a', title: 'Title', text: 'Some text here. And more.', published: null, lang })).not.toThrow();
  });

  it('a page with <html lang="en us"> is read, not shown as an error', async () => {
    const engine = await CoverageEngine.open(await openCrossreadDb('lang-page'), bundled);
    const html = renderArticlePage({ site: 'Riverside Gazette', url: 'http://127.0.0.1/x', ...OTHER_STORY }).replace('<html lang="en">', '<html lang="en us">');
    const page = parsePage(html, 'http://127.0.0.1/x', (h) => new JSDOM(h).window.document);
    await expect(engine.analyzePage(page.article, 'http://127.0.0.1/x', page.detection)).resolves.toMatchObject({ state: 'ready' });
  });

  it('one import record with lang "x" does not sink the whole import', async () => {
    const engine = await CoverageEngine.open(await openCrossreadDb('lang-import'), bundled);
    const text = [JSON.stringify({ id: 'good', text: 'A perfectly good article body.' }), JSON.stringify({ id: 'odd', lang: 'x', text: 'Another body.' })].join('\n');
    const report = await importText(engine, text);
    expect(report.added + report.rejected.length).toBe(2);
    expect((await engine.corpusInfo()).articles).toBeGreaterThanOrEqual(5);
  });
});
