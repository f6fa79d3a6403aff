import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes, QUOTES_VERSION } from '../../../utils/quotes';
import type { Article } from '../../../utils/types';
import { fnv1a } from '../../../utils/text/hash';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as { articles: Article[] };

/**
 * A fingerprint of extractQuotes' output on the four bundled articles (direct quotes, reported
 * speech of both kinds, pronouns and roles resolved) under each QUOTES_VERSION. Readers' stored
 * quotes are re-extracted only when the version is bumped, so output that changes under the same
 * version would leave their corpora with the older quotes.
 */
const OUTPUT: Record<number, string> = { 2: 'kw2jmi', 3: '58y6u8', 4: '18jyzo1', 5: '1fgtwmd', 6: '1fgtwmd', 7: '1fgtwmd', 8: '1fgtwmd' };

describe('QUOTES_VERSION', () => {
  it('names the extractor’s output: other output, another version', () => {
    const output = fnv1a(JSON.stringify(bundled.articles.map((a) => extractQuotes(a.text, { lang: a.lang ?? 'en' })))).toString(36);
    expect(output, 'extractQuotes gives other output than this version did: bump QUOTES_VERSION (utils/quotes/version.ts), so stored quotes are re-extracted, and record this fingerprint for it here').toBe(OUTPUT[QUOTES_VERSION]);
  });
});
