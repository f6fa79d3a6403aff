import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../scripts/cli/match';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);

function io(): { io: { stdin: PassThrough; stdout: PassThrough; stderr: PassThrough }; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (c: Buffer) => (o += c.toString()));
  stderr.on('data', (c: Buffer) => (e += c.toString()));
  return { io: { stdin: new PassThrough(), stdout, stderr }, out: () => o, err: () => e };
}

describe('cli match', () => {
  const dir = mkdtempSync(join(tmpdir(), 'match-cli-'));
  const corpus = join(dir, 'corpus.jsonl');
  const lines = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => JSON.stringify({ id: `s${i}`, story: 'label-never-read', title: null, date: null, text: readFileSync(new URL(f, SEEDS), 'utf8') }));
  writeFileSync(corpus, [...lines, '{"id": broken', JSON.stringify({ id: 'copy', title: null, date: null, text: JSON.parse(lines[0]!).text })].join('\n'));

  it('matches every corpus article against the others, reports bad lines and exits 1', async () => {
    const t = io();
    const code = await run(['--corpus', corpus, '--top', '5'], t.io);
    expect(code).toBe(1);
    expect(t.err()).toMatch(/corpus\.jsonl:5: invalid JSON/);
    const rows = t.out().trim().split('\n').map((l) => JSON.parse(l) as { id: string; related: { id: string; tier: string; score: number; duplicate?: boolean }[] });
    expect(rows.map((r) => r.id)).toEqual(['s0', 's1', 's2', 's3', 'copy']);
    const s0 = rows[0]!;
    expect(s0.related[0]).toMatchObject({ id: 'copy', tier: 'same-story', duplicate: true });
    expect(s0.related.map((r) => r.id).sort()).toEqual(['copy', 's1', 's2', 's3']);
    for (const r of rows) for (const m of r.related) expect(['same-story', 'related']).toContain(m.tier);
  });

  it('answers queries from a file and rejects bad arguments', async () => {
    const q = join(dir, 'q.jsonl');
    writeFileSync(q, `${JSON.stringify({ id: 'q', title: 'Bakery wins sourdough prize', text: 'A bakery in Lyon won a sourdough prize.' })}\n`);
    const t = io();
    expect(await run(['--corpus', corpus, '--queries', q], t.io)).toBe(1);
    expect(JSON.parse(t.out().trim())).toEqual({ id: 'q', related: [] });
    const u = io();
    expect(await run(['--top', 'x'], u.io)).toBe(2);
    expect(u.err()).toMatch(/--top/);
  });
});
