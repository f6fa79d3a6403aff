import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/cli/extract';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, '../../fixtures/pages');

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('cli extract', () => {
  it('reads .html and .html.gz, one JSON line each; an unreadable file is named on stderr and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const article = `<html lang="en"><head><title>Council funds bridge</title><meta property="og:type" content="article"></head><body><article><h1>Council funds bridge</h1>${Array.from(
      { length: 6 },
      (_, i) => `<p>Paragraph ${i + 1}: the council met again on Tuesday and agreed, after a long debate, to fund the bridge repairs.</p>`,
    ).join('')}</article></body></html>`;
    writeFileSync(join(dir, 'a.html.gz'), gzipSync(article));
    const out = collect();
    const err = collect();
    const code = await run([join(dir, 'a.html.gz'), join(dir, 'missing.html'), resolve(fixtures, 'product.html'), '--url', 'https://news.example/2024/05/10/council-funds-bridge'], {
      stdin: new PassThrough(),
      stdout: out.stream,
      stderr: err.stream,
    });
    expect(code).toBe(1);
    expect(err.text()).toContain('missing.html');
    const lines = out.text().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0]!)).toEqual(['file', 'isArticle', 'title', 'byline', 'siteName', 'published', 'lang', 'text', 'pageKind', 'summary', 'reasons']);
    expect(lines[0]).toMatchObject({ isArticle: true, pageKind: 'article', title: 'Council funds bridge', lang: 'en' });
    expect(lines[0]!.summary).toEqual(expect.stringMatching(/\S/));
    expect(Array.isArray(lines[0]!.reasons)).toBe(true);
    expect(String(lines[0]!.text).split('\n\n')).toHaveLength(6);
    expect(lines[1]).toMatchObject({ isArticle: false, siteName: 'Summit Outfitters' });
    // A page that is no article says what it was taken for, and why.
    expect(lines[1]!.pageKind).not.toBe('article');
    expect(lines[1]!.summary).toEqual(expect.stringMatching(/\S/));
    expect((lines[1]!.reasons as unknown[]).length).toBeGreaterThan(0);
    expect((lines[1]!.reasons as unknown[]).every((r) => typeof r === 'string')).toBe(true);
    expect(readFileSync(resolve(fixtures, 'product.html'), 'utf8')).toContain('Trailhawk'); // fixture untouched
  });

  it('asks for files when given none', async () => {
    const err = collect();
    expect(await run([], { stdin: new PassThrough(), stdout: new PassThrough(), stderr: err.stream })).toBe(2);
    expect(err.text()).toMatch(/usage/);
  });
});
