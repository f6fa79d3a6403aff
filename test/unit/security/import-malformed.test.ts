/**
 * Import of malformed files through importText (utils/coverage/import-service.ts) into a real
 * engine over fake IndexedDB: each bad record is reported with its line and why, good records of
 * the same file still land, and where nothing commits the corpus is exactly as it was.
 * Caps relied on: MAX_IMPORT_CHARS (50,000,000 characters per file, utils/coverage/types.ts),
 * MAX_TEXT_CHARS (1,000,000 per article text, utils/corpus/import.ts), 2,000 per short field,
 * 200 per id.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { importText } from '../../../utils/coverage/import-service';
import { MAX_TEXT_CHARS } from '../../../utils/corpus/import';
import { MAX_IMPORT_CHARS } from '../../../utils/coverage/types';
import { openCrossreadDb } from '../../../utils/db/schema';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
let n = 0;
const line = (o: unknown) => JSON.stringify(o);
const open = async () => CoverageEngine.open(await openCrossreadDb(`malformed-${++n}`), bundled);
const state = async (e: CoverageEngine) => ({ size: e.size, info: await e.corpusInfo(), list: (await e.listArticles()).map((a) => a.id) });

describe('importText: malformed files', () => {
  it('a file of bad records only: every line reported, nothing stored', async () => {
    const engine = await open();
    const before = await state(engine);
    const text = [
      '{"id": "cut off", "text": "no end',
      line({ id: 'no-text', title: 'T' }),
      line({ id: 'num-text', text: 12 }),
      line({ id: 'obj-text', text: { a: 1 } }),
      line({ id: 'empty', text: '\n\t  ' }),
      line({ id: ['a'], text: 'x' }),
      line({ id: 'bad-title', title: 5, text: 'x' }),
      line({ id: 'bad-url', url: 'javascript:alert(document.domain)', text: 'x' }),
      line({ id: 'data-url', url: 'data:text/html,<script>alert(1)</script>', text: 'x' }),
      line({ id: 'bad-date', date: '2022-02-31x', text: 'x' }),
      'null',
      '"just a string"',
      '[{"id": "nested"}]',
      '\u0000\u0001',
    ].join('\n');
    const report = await importText(engine, text);
    expect(report.added + report.replaced).toBe(0);
    expect(report.records).toBe(14);
    expect(report.rejected.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(report.rejected.map((r) => r.message)).toEqual([
      expect.stringMatching(/^not valid JSON/),
      'missing "text"',
      '"text" must be a string',
      '"text" must be a string',
      '"text" is empty',
      '"id" must be a string or a number',
      '"title" must be a string or null',
      '"url" must be an http(s) address',
      '"url" must be an http(s) address',
      expect.stringMatching(/ISO date/),
      'expected a JSON object',
      'expected a JSON object',
      'expected a JSON object',
      expect.stringMatching(/^not valid JSON/),
    ]);
    expect(await state(engine)).toEqual(before);
  });

  it('duplicate ids in one file: the first is kept, each repeat reported with the line of the first', async () => {
    const engine = await open();
    const text = [line({ id: 'd', text: 'First body.' }), line({ id: 'e', text: 'Other.' }), line({ id: 'd', text: 'Second body.' }), line({ id: ' d ', text: 'Third, id with spaces.' })].join('\n');
    const report = await importText(engine, text);
    expect(report).toMatchObject({ records: 4, added: 2, replaced: 0 });
    expect(report.rejected).toEqual([
      { line: 3, message: 'duplicate id "d" (first on line 1)' },
      { line: 4, message: 'duplicate id "d" (first on line 1)' },
    ]);
    expect((await engine.readerArticle('d')).paragraphs).toEqual(['First body.']);
  });

  it('a broken JSON document (array) is one clear error and nothing is stored', async () => {
    const engine = await open();
    const before = await state(engine);
    const report = await importText(engine, `[${line({ id: 'a', text: 'x' })}, ${line({ id: 'b', text: 'y' })}`);
    expect(report).toMatchObject({ records: 0, added: 0, replaced: 0 });
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]!.message).toMatch(/^not valid JSON/);
    expect(await state(engine)).toEqual(before);
    const wrong = await importText(engine, line({ version: 1, articles: 'not a list' }));
    expect(wrong.rejected[0]!.message).toMatch(/expected an array of articles/);
    expect(await state(engine)).toEqual(before);
  });

  it('an empty file, a blank file and a file of only newlines import nothing and say so', async () => {
    const engine = await open();
    const before = await state(engine);
    for (const text of ['', '   ', '\n\n\r\n']) {
      expect(await importText(engine, text)).toEqual({ records: 0, added: 0, replaced: 0, rejected: [], corrections: { added: 0, rejected: [] } });
    }
    expect(await state(engine)).toEqual(before);
  });

  it(`a file over the cap (MAX_IMPORT_CHARS = ${MAX_IMPORT_CHARS.toLocaleString('en')} characters) is refused whole with a clear error, corpus unchanged`, async () => {
    const engine = await open();
    const before = await state(engine);
    const good = line({ id: 'g', text: 'A good body. ' });
    const huge = `${good}\n`.repeat(Math.ceil((MAX_IMPORT_CHARS + 1) / (good.length + 1)));
    expect(huge.length).toBeGreaterThan(MAX_IMPORT_CHARS);
    await expect(importText(engine, huge)).rejects.toThrow(/^The file is too large \(\d+ MB\); split it into files under 50 MB\.$/);
    expect(await state(engine)).toEqual(before);
  });

  it(`one article text over MAX_TEXT_CHARS (${MAX_TEXT_CHARS.toLocaleString('en')}) is cut to the cap, short fields to 2,000, ids to 200`, async () => {
    const engine = await open();
    const para = 'The council met again on Tuesday and discussed the harbour budget at length. ';
    const text = para.repeat(Math.ceil((MAX_TEXT_CHARS * 1.5) / para.length));
    const report = await importText(engine, line({ id: 'x'.repeat(500), title: 'T'.repeat(5_000), text }));
    expect(report.added).toBe(1);
    const [card] = (await engine.listArticles()).filter((a) => a.id.startsWith('x'));
    expect(card!.id).toHaveLength(200);
    expect(card!.title).toHaveLength(2_000);
    const exported = (JSON.parse(await engine.exportCorpus()) as { articles: { id: string; text: string }[] }).articles.find((a) => a.id.startsWith('xxxx'))!;
    expect(exported.text.length).toBe(MAX_TEXT_CHARS);
  });
});
