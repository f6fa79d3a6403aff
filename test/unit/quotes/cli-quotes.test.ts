import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/cli/quotes';
import { extractQuotes } from '../../../utils/quotes';

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}
async function cli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const out = collect();
  const err = collect();
  const input = new PassThrough();
  input.end(stdin);
  const code = await run(argv, { stdin: input, stdout: out.stream, stderr: err.stream });
  return { code, out: out.text(), err: err.text() };
}

/** The contract's fields, in the order every output quote carries them (README, "Command-line tool"). */
const FIELDS = ['quote', 'start', 'end', 'kind', 'cue', 'cueStart', 'cueEnd', 'speaker', 'speakerMention', 'speakerStart', 'speakerEnd'];

type Row = { id: string | null; quotes: Record<string, unknown>[] };

// A wire-style report: two direct quotes credited once ("told reporters"), reported speech around them.
const TEXT = [
  'BRUSSELS — NATO leaders agreed on Thursday to double the number of battle groups on the alliance’s eastern flank, Secretary General Jens Stoltenberg said after the emergency summit.',
  '“We are determined to do all we can to support Ukraine,” Mr. Stoltenberg told reporters. “But we also have a responsibility to prevent this war from escalating beyond Ukraine.”',
  'President Biden said the allies would impose new sanctions on Russian elites, and warned that NATO would respond if Russia used chemical weapons.',
  'The Kremlin has called the sanctions “economic warfare,” Dmitri Peskov, a spokesman for President Vladimir V. Putin, said on Wednesday.',
].join('\n\n');

describe('cli quotes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quotes-cli-'));
  const file = join(dir, 'articles.jsonl');
  // The gold `quotes` field of an eval file is never read.
  writeFileSync(file, `${JSON.stringify({ id: 'nato-1', title: 'Allies agree', text: TEXT, quotes: [{ quote: 'gold' }] })}\n{"id": broken\n${JSON.stringify({ id: 7, text: 'No one spoke.' })}\n`);

  it('writes every attribution with exactly the contract fields: kind, cue and its offsets added, quote without its marks', async () => {
    const { code, out, err } = await cli([file]);
    expect(code).toBe(1);
    // The malformed line is named by its number (the parser's own words follow, and vary by Node version).
    expect(err).toMatch(/^line 2: invalid JSON \(.+\)\n$/u);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l) as Row);
    expect(rows.map((r) => r.id)).toEqual(['nato-1', '7']);
    expect(rows[1]!.quotes).toEqual([]);
    const quotes = rows[0]!.quotes;
    for (const q of quotes) expect(Object.keys(q)).toEqual(FIELDS);
    // The two direct quotes of Stoltenberg, as the reader would check them against the text.
    expect(quotes.filter((q) => q.kind === 'direct' && q.speaker === 'Jens Stoltenberg')).toEqual([
      {
        quote: 'We are determined to do all we can to support Ukraine',
        start: 184, end: 237, kind: 'direct', cue: 'told', cueStart: 256, cueEnd: 260,
        speaker: 'Jens Stoltenberg', speakerMention: 'Mr. Stoltenberg', speakerStart: 240, speakerEnd: 255,
      },
      {
        quote: 'But we also have a responsibility to prevent this war from escalating beyond Ukraine.',
        start: 273, end: 358, kind: 'direct', cue: 'told', cueStart: 256, cueEnd: 260,
        speaker: 'Jens Stoltenberg', speakerMention: 'Mr. Stoltenberg', speakerStart: 240, speakerEnd: 255,
      },
    ]);
    // The words quoted inside Peskov's report are carried: as a direct quote, or within a mixed one.
    const marked = TEXT.indexOf('economic warfare');
    expect(quotes.filter((q) => (q.start as number) <= marked && (q.end as number) >= marked + 16).map((q) => q.kind)).toEqual([expect.stringMatching(/^(direct|mixed)$/u)]);
    for (const q of quotes) {
      expect(['direct', 'mixed', 'indirect']).toContain(q.kind);
      // Content words only: no double quotation mark survives, inside or at the edges.
      expect(q.quote).not.toMatch(/[“”"«»„]/u);
      const s = q.start as number;
      const e = q.end as number;
      if (q.kind === 'direct') expect(TEXT.slice(s, e)).toBe(q.quote);
      // Offsets index into the text: the cue and the mention are the words there (or all null).
      if (q.cue === null) expect([q.cueStart, q.cueEnd]).toEqual([null, null]);
      else expect(TEXT.slice(q.cueStart as number, q.cueEnd as number)).toBe(q.cue);
      if (q.speakerMention !== null) expect(TEXT.slice(q.speakerStart as number, q.speakerEnd as number)).toBe(q.speakerMention);
    }
    // The CLI neither drops nor invents an attribution: it is the pipeline's output, field for field.
    expect(quotes).toEqual(extractQuotes(TEXT).map((q) => Object.fromEntries(FIELDS.map((f) => [f, q[f as keyof typeof q]]))));
  });

  it('reads stdin without a FILE, and refuses a second FILE', async () => {
    const { code, out } = await cli([], `${JSON.stringify({ id: 'x', text: '“We will build the bridge”, said Mayor Ana Ruiz.' })}\n`);
    expect(code).toBe(0);
    expect(JSON.parse(out) as Row).toEqual({
      id: 'x',
      quotes: [{ quote: 'We will build the bridge', start: 1, end: 25, kind: 'direct', cue: 'said', cueStart: 28, cueEnd: 32, speaker: 'Ana Ruiz', speakerMention: 'Mayor Ana Ruiz', speakerStart: 33, speakerEnd: 47 }],
    });
    const two = await cli([file, file]);
    expect(two.code).toBe(2);
    expect(two.err).toBe('quotes: at most one FILE\n');
  });
});
