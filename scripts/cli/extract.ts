/**
 * `crossread extract FILE... [--url URL]`: the page extractor in Node, for checking what the
 * extension would read from a saved page, and what the detector took the page for (its kind, summary and
 * reasons, as the side panel shows them). One JSON line per file; a file that cannot be read or
 * parsed is reported on stderr by name and the others still run (exit 1 at the end).
 */

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../../utils/article/detect';
import { extractArticle } from '../../utils/article/extract';
import { write, type CliIo } from './io';


const USAGE = 'usage: extract FILE.html|FILE.html.gz... [--url URL]\n';

/** Run the command; resolves to the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const files: string[] = [];
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') {
      url = argv[++i] ?? null;
      if (!url) {
        io.stderr.write(`extract: --url needs a value\n${USAGE}`);
        return 2;
      }
    } else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '-h' || a === '--help') {
      io.stdout.write(USAGE);
      return 0;
    } else files.push(a);
  }
  if (files.length === 0) {
    io.stderr.write(USAGE);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const buf = await readFile(file);
      const html = (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
      const pageUrl = url ?? pathToFileURL(resolve(file)).href;
      const doc = new JSDOM(html, { url: pageUrl, virtualConsole: new VirtualConsole() }).window.document;
      const detection = detectArticle(doc, pageUrl);
      const a = extractArticle(doc, pageUrl);
      const line = {
        file,
        isArticle: detection.isArticle,
        title: a.title,
        byline: a.byline,
        siteName: a.siteName,
        published: a.published,
        lang: a.lang,
        text: a.paragraphs.join('\n\n'),
        // What the detector took the page for, in its words: why the extension would (not) read it.
        pageKind: detection.kind,
        summary: detection.summary,
        reasons: detection.reasons,
      };
      await write(io.stdout, `${JSON.stringify(line)}\n`);
    } catch (err) {
      failed++;
      io.stderr.write(`extract: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  return failed ? 1 : 0;
}
