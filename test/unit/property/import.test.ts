/**
 * Properties of the importer (utils/corpus/import.ts parseImport) on random and adversarial files:
 * it never throws, every record is either an article or an error with a 1-based line, ids are
 * unique, text caps hold (MAX_TEXT_CHARS per article), and good lines survive bad neighbours.
 */
import fc from 'fast-check';
import '../../support/fast-check-seed';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, parseImport } from '../../../utils/corpus/import';
import { adversarialText, anyText } from './arbitraries';

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const recordArb = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constantFrom('dup', 'dup', ' ', '__proto__'), jsonValue),
    title: fc.oneof(adversarialText, jsonValue),
    source: fc.oneof(fc.string({ maxLength: 20 }), jsonValue),
    date: fc.oneof(fc.constantFrom('2022-03-24', '2022-13-45', '2022-03-24T10:00:00+01:00', 'last Tuesday'), anyText),
    url: fc.oneof(fc.constantFrom('https://news.test/a', 'javascript:alert(1)', 'data:text/html,<b>x</b>', 'HTTP://X.TEST/'), anyText),
    text: fc.oneof({ weight: 4, arbitrary: adversarialText }, { weight: 1, arbitrary: jsonValue }),
    story: fc.string(),
  },
  { requiredKeys: [] },
);

/** A line of a file: a record, any JSON, or garbage. */
const lineArb = fc.oneof(
  { weight: 5, arbitrary: recordArb.map((r) => JSON.stringify(r)) },
  { weight: 1, arbitrary: jsonValue.map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constantFrom('{', '}', '[', '{"id": "x", ', 'null', '""', '\u2028', '{"text": "a"}{"text": "b"}') },
);

/** How many articles and errors checkResult looked at over a property's runs: its loops must have had some. */
type Seen = { articles: number; errors: number };

/** Holds an import's result to the invariants, counting into `seen` what it checked. */
function checkResult(text: string, r: ReturnType<typeof parseImport>, seen: Seen): void {
  const ids = r.articles.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const a of r.articles) {
    expect(typeof a.text).toBe('string');
    expect(a.text.trim().length).toBeGreaterThan(0);
    expect(a.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(a.id.length).toBeGreaterThan(0);
    expect(a.origin).toBe('import');
    if (a.url !== null) expect(a.url).toMatch(/^https?:\/\//i);
    expect(JSON.stringify(a)).not.toContain('"story"');
  }
  for (const e of r.errors) {
    expect(Number.isInteger(e.line) && e.line >= 1).toBe(true);
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
  }
  const lines = text.split(/\r?\n/).length;
  for (const e of r.errors) expect(e.line).toBeLessThanOrEqual(Math.max(lines, r.records, 1));
  // Every record is accounted for: accepted or rejected, never silently dropped.
  if (r.records > 0) expect(r.articles.length + r.errors.length).toBe(r.records);
  seen.articles += r.articles.length;
  seen.errors += r.errors.length;
}

describe('parseImport: properties', () => {
  it('never throws on JSON Lines files of random records and garbage; every record accepted or reported', () => {
    const seen: Seen = { articles: 0, errors: 0 };
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        checkResult(text, parseImport(text, 0), seen);
      }),
      { numRuns: 400 },
    );
    expect(seen.articles).toBeGreaterThan(0);
    expect(seen.errors).toBeGreaterThan(0);
  });

  it('never throws on JSON documents (arrays, corpus files) of random values', () => {
    const seen: Seen = { articles: 0, errors: 0 };
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.oneof(recordArb, jsonValue), { maxLength: 20 }), fc.record({ articles: fc.oneof(fc.array(recordArb, { maxLength: 10 }), jsonValue) }), jsonValue), (doc) => {
        const text = JSON.stringify(doc) ?? '';
        checkResult(text, parseImport(text, 0), seen);
      }),
      { numRuns: 300 },
    );
    expect(seen.articles).toBeGreaterThan(0);
    expect(seen.errors).toBeGreaterThan(0);
  });

  it('never throws on arbitrary text (lone surrogates, quotation marks, runs)', () => {
    const seen: Seen = { articles: 0, errors: 0 };
    fc.assert(
      fc.property(adversarialText, (text) => {
        checkResult(text, parseImport(text, 0), seen);
      }),
      { numRuns: 300 },
    );
    // Arbitrary text is seldom a record, so what was checked is the errors' lines and messages.
    expect(seen.errors).toBeGreaterThan(0);
  });

  // A file whose first non-blank character is "[" is read as one JSON array, so there the rule is
  // all-or-nothing by design; everywhere else a good line survives any neighbours.
  it('a good JSON Lines line is imported whatever surrounds it (file not starting with "[")', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 10 }), fc.array(lineArb, { maxLength: 10 }), (before, after) => {
        const good = JSON.stringify({ id: 'the-good-one', text: 'A body that is certainly fine.' });
        const clean = (ls: string[]) => ls.filter((l) => !l.includes('the-good-one'));
        const text = [...clean(before), good, ...clean(after)].join('\n');
        fc.pre(!text.trimStart().startsWith('['));
        const r = parseImport(text, 0);
        checkResult(text, r, { articles: 0, errors: 0 });
        expect(r.articles.map((a) => a.id)).toContain('the-good-one');
      }),
      { numRuns: 200 },
    );
  });
});
