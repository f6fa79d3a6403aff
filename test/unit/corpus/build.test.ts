import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpusArticles, corpusJson, seedId } from '../../../utils/corpus/build';

const here = dirname(fileURLToPath(import.meta.url));
const seeds = resolve(here, '../../../../shared/seeds');
const committed = resolve(here, '../../../assets/corpus.json');

describe('corpus build', () => {
  it('names seeds by their running number', () => {
    expect(seedId('000_0bb4eac14f98afa7.txt')).toBe('seed-000');
    expect(seedId('/a/b/017_x.txt')).toBe('seed-017');
  });

  it('reads .txt seeds in file-name order, deterministically', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(dir, '001_b.txt'), 'Second story headline here\n\nThe second story is about the council meeting on Tuesday, which ran well past midnight, officials said.');
    writeFileSync(join(dir, '000_a.txt'), 'The first story is about a bakery that won an award, its owner said.');
    writeFileSync(join(dir, 'notes.md'), 'not a seed');
    const a = buildCorpusArticles(dir);
    expect(a.map((x) => x.id)).toEqual(['seed-000', 'seed-001']);
    expect(a[1]!.title).toBe('Second story headline here');
    expect(corpusJson(a)).toBe(corpusJson(buildCorpusArticles(dir)));
    expect(JSON.parse(corpusJson(a))).toEqual({ version: 1, articles: a });
  });

  it.skipIf(!existsSync(seeds) || !existsSync(committed))('the committed assets/corpus.json is what the seeds build to', () => {
    expect(readFileSync(committed, 'utf8')).toBe(corpusJson(buildCorpusArticles(seeds)));
  });
});
