/**
 * English must read exactly as before the multi-language work (issue 11): the same tokens, stems,
 * stop words and name keys for the bundled corpus. fixtures/en-text-layer.json was captured from the
 * code before that change (commit ef8f2fe) with the same loop as below.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../utils/text/tokenize';
import { extractNames, knownNameWords } from '../../../utils/text/names';
import { isStopword } from '../../../utils/text/stopwords';
import { stem, stemSurface } from '../../../utils/text/stem';

const corpus = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as { articles: { id: string; text: string }[] };
const before = JSON.parse(readFileSync(new URL('./fixtures/en-text-layer.json', import.meta.url), 'utf8')) as Record<string, { names: string[]; words: string[] }>;

describe('English text layer unchanged', () => {
  it.each(corpus.articles.map((a) => [a.id, a] as const))('%s: tokens, stems, stop words and name keys as captured', (id, a) => {
    const sents = tokenize(a.text, 'en');
    const known = knownNameWords(sents, 'en');
    const names = extractNames(sents, known, 'en', a.text).map((m) => `${m.key}|${m.lastKey ?? ''}`);
    const toks = sents.flat();
    const words = toks.map((t) => `${t.folded}|${+t.initial}${+t.cap}|${isStopword(t.folded, 'en') ? '-' : stem(t.folded, 'en')}`);
    expect(names).toEqual(before[id]!.names);
    expect(words).toEqual(before[id]!.words);
    // The surface-form entry point gives the same English stems.
    for (const t of toks) if (!isStopword(t.folded, 'en')) expect(stemSurface(t.surface, 'en')).toBe(stem(t.folded, 'en'));
  });
});
