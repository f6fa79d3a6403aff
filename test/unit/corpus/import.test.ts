import { describe, expect, it } from 'vitest';
import { exportCorpusJson, exportJsonl, parseImport } from '../../../utils/corpus/import';

const line = (o: unknown) => JSON.stringify(o);

describe('parseImport', () => {
  it('reads JSON Lines in the clusters format and never reads the story label', () => {
    const text = [
      line({ id: 'a', story: 'S1', source: 'nyt', title: 'T', date: '2022-03-24', url: 'https://x.test/a', text: 'Body A.' }),
      '',
      line({ id: 7, text: 'Body B.' }),
    ].join('\n');
    const r = parseImport(text, 5);
    expect(r.errors).toEqual([]);
    expect(r.records).toBe(2);
    expect(r.articles.map((a) => a.id)).toEqual(['a', '7']);
    expect(r.articles[0]).toMatchObject({ source: 'nyt', title: 'T', published: '2022-03-24', origin: 'import', addedAt: 5 });
    expect(JSON.stringify(r.articles)).not.toContain('S1');
  });

  it('reports each bad line with its number and why, and keeps the good ones', () => {
    const text = [
      line({ id: 'ok', text: 'fine' }),
      '{broken',
      line({ id: 'no-text' }),
      line({ id: 'empty', text: '   ' }),
      line({ id: 'typed', text: 42 }),
      line({ id: 'ok', text: 'again' }),
      line({ id: 'd', text: 'x', date: 'last Tuesday' }),
      line({ id: 'u', text: 'x', url: 'javascript:alert(1)' }),
      line([1, 2]),
    ].join('\n');
    const r = parseImport(text, 0);
    expect(r.articles.map((a) => a.id)).toEqual(['ok']);
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(r.errors[0]!.message).toMatch(/not valid JSON/);
    expect(r.errors[1]!.message).toBe('missing "text"');
    expect(r.errors[2]!.message).toBe('"text" is empty');
    expect(r.errors[3]!.message).toBe('"text" must be a string');
    expect(r.errors[4]!.message).toBe('duplicate id "ok" (first on line 1)');
    expect(r.errors[5]!.message).toMatch(/ISO date/);
    expect(r.errors[6]!.message).toMatch(/http/);
    expect(r.errors[7]!.message).toBe('expected a JSON object');
  });

  it('reads a JSON array and a corpus file, and says when a document is neither', () => {
    expect(parseImport(JSON.stringify([{ id: 'a', text: 't' }]), 0).articles).toHaveLength(1);
    expect(parseImport(JSON.stringify({ version: 1, articles: [{ id: 'b', text: 't' }] }), 0).articles[0]!.id).toBe('b');
    expect(parseImport(JSON.stringify({ foo: 1 }), 0).errors[0]!.message).toMatch(/expected an array/);
    expect(parseImport('[1, 2', 0).errors[0]!.message).toMatch(/not valid JSON/);
  });

  it('gives articles without an id a stable one', () => {
    const a = parseImport(line({ text: 'same text' }), 0).articles[0]!;
    const b = parseImport(line({ text: 'same text' }), 0).articles[0]!;
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^import-/);
  });

  it('reports progress up to the total', () => {
    const text = Array.from({ length: 450 }, (_, i) => line({ id: String(i), text: 't' })).join('\n');
    const seen: number[] = [];
    parseImport(text, 0, (done, total) => {
      expect(total).toBe(450);
      seen.push(done);
    });
    expect(seen.at(-1)).toBe(450);
  });

  it('a corpus document carries the reader’s corrections; each bad one is reported by its position', () => {
    const r = parseImport(line({ id: 'a', text: 'body' }), 0);
    const doc = exportCorpusJson(r.articles, [{ a: 'a', b: 'b', verdict: 'different', at: 7 }]);
    const again = parseImport(doc, 0);
    expect(again.articles).toEqual(r.articles);
    expect(again.corrections).toEqual([{ index: 1, correction: { a: 'a', b: 'b', verdict: 'different', at: 7 } }]);
    const bad = parseImport(
      JSON.stringify({ corrections: [{ a: 1, b: 'x', verdict: 'same' }, { a: 'x', b: 'x', verdict: 'same' }, { a: 'p', b: 'q', verdict: 'yes' }, { b: '1', a: 'x', verdict: 'different' }, 'no'] }),
      99,
    );
    expect(bad.articles).toEqual([]);
    expect(bad.errors).toEqual([]);
    expect(bad.corrections).toEqual([{ index: 1, correction: { a: '1', b: 'x', verdict: 'same', at: 99 } }]);
    expect(bad.correctionErrors.map((e) => `${e.line}: ${e.message}`)).toEqual([
      '2: "a" and "b" are the same article',
      '3: "verdict" must be "same" or "different"',
      '4: the same pair as correction 1',
      '5: expected a JSON object',
    ]);
    expect(parseImport(JSON.stringify({ articles: [], corrections: {} }), 0).correctionErrors).toEqual([{ line: 1, message: '"corrections" must be an array' }]);
  });

  it('exports what it imports', () => {
    const r = parseImport(line({ id: 'a', source: 's', title: 't', date: '2022-01-02', url: 'https://x.test/', text: 'body' }), 0);
    const again = parseImport(exportJsonl(r.articles), 0);
    expect(again.articles).toEqual(r.articles);
  });
});

describe('parseImport: language tags', () => {
  it('keeps well-formed tags in canonical form and drops malformed ones', () => {
    const r = parseImport([line({ id: 'a', text: 't', lang: 'EN-us' }), line({ id: 'b', text: 't', lang: 'en us' })].join('\n'), 0);
    expect(r.articles.map((a) => a.lang)).toEqual(['en-US', null]);
  });
});
