/**
 * `cli feed FILE... [--url URL]`: the feed parser in Node, for checking what the extension would read
 * from a saved feed and for corpus work. One JSON line per item (an OPML file: one per subscription);
 * a file that cannot be read as a feed is named on stderr with the reason and the others still run.
 * Exit 0 when at least one file was read, 1 when none was, 2 for a usage error.
 */
import { readFile } from 'node:fs/promises';
import { parseFeed } from '../../utils/feeds/parse';
import { write, type CliIo } from './io';


const USAGE = 'usage: feed FILE... [--url URL]   RSS / RDF / Atom / JSON Feed / OPML files to JSON Lines\n';

/** Run the command; resolves to the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const files: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url' || a.startsWith('--url=')) {
      url = a === '--url' ? argv[++i] : a.slice(6);
      if (!url) {
        io.stderr.write(`feed: --url needs a value\n${USAGE}`);
        return 2;
      }
    } else if (a === '-h' || a === '--help') {
      io.stdout.write(USAGE);
      return 0;
    } else if (a.startsWith('--')) {
      io.stderr.write(`feed: unknown option ${a}\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    io.stderr.write(USAGE);
    return 2;
  }
  let read = 0;
  for (const file of files) {
    let parsed;
    try {
      parsed = parseFeed(await readFile(file), url ? { url } : {});
    } catch (err) {
      io.stderr.write(`feed: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
      continue;
    }
    read++;
    if (parsed.kind === 'opml') {
      for (const o of parsed.outlines) {
        await write(io.stdout, `${JSON.stringify({ file, opml: true, title: o.title, xmlUrl: o.xmlUrl, htmlUrl: o.htmlUrl })}\n`);
      }
      continue;
    }
    for (const it of parsed.items) {
      const line = { file, feed: parsed.title, id: it.id, title: it.title, url: it.url, date: it.date, author: it.author, lang: it.lang, text: it.text };
      await write(io.stdout, `${JSON.stringify(line)}\n`);
    }
  }
  return read ? 0 : 1;
}
