import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/cli/feed';

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}
async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = collect();
  const err = collect();
  const code = await run(argv, { stdin: new PassThrough(), stdout: out.stream, stderr: err.stream });
  return { code, out: out.text(), err: err.text() };
}

describe('cli feed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'feed-'));
  const rss = join(dir, 'a.xml');
  // Latin-1 bytes, no declaration, a relative link: what a saved feed really looks like.
  writeFileSync(
    rss,
    Buffer.from('<rss><channel><title>Not\xedcias</title><item><title>Ol\xe1 &amp; adeus</title><link>/n/1</link><pubDate>Seg, 24 Set 2018 19:42:40 -0300</pubDate><description>&lt;p&gt;Texto &lt;b&gt;um&lt;/b&gt;.&lt;/p&gt;</description></item></channel></rss>', 'latin1'),
  );
  const subs = join(dir, 'subs.opml');
  writeFileSync(subs, '<opml version="2.0"><body><outline text="X" xmlUrl="https://x.test/rss" htmlUrl="https://x.test/"/></body></opml>');
  const html = join(dir, 'page.html');
  writeFileSync(html, '<!doctype html><html><body>hi</body></html>');

  it('writes one line per item and per subscription with exactly the documented keys; a bad file is named on stderr', async () => {
    const { code, out, err } = await cli([rss, html, subs, join(dir, 'missing.xml'), '--url', 'https://news.test/feed']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0]!)).toEqual(['file', 'feed', 'id', 'title', 'url', 'date', 'author', 'lang', 'text']);
    expect(lines[0]).toEqual({
      file: rss, feed: 'Notícias', id: 'https://news.test/n/1', title: 'Olá & adeus', url: 'https://news.test/n/1',
      date: '2018-09-24T19:42:40-03:00', author: null, lang: null, text: 'Texto um.',
    });
    expect(lines[1]).toEqual({ file: subs, opml: true, title: 'X', xmlUrl: 'https://x.test/rss', htmlUrl: 'https://x.test/' });
    const errs = err.trim().split('\n');
    expect(errs).toHaveLength(2);
    expect(errs[0]).toBe(`feed: ${html}: not a feed: this is an HTML page`);
    expect(errs[1]).toContain('missing.xml');
  });

  it('exits 1 when no file could be read, 2 for usage errors', async () => {
    expect((await cli([html])).code).toBe(1);
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/usage/);
    expect((await cli([rss, '--url'])).code).toBe(2);
    expect((await cli([rss, '--bogus'])).code).toBe(2);
  });
});
