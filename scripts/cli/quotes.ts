/**
 * `cli quotes [FILE]`: attributions (direct quotes and reported speech, each with its kind, cue and
 * speaker) for JSON Lines articles {"id","text",...} read from FILE or stdin, one output line per
 * input line. Only `id` and `text` are read: a `quotes` field in the input is a gold label and is
 * ignored. A malformed line is reported on stderr and skipped; the exit code is 1 if any line was
 * malformed.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { write, type CliIo } from './io';
import { extractQuotes } from '../../utils/quotes/index';
import type { Quote } from '../../utils/types';

/**
 * One output quote: exactly the contract's fields, in this order, whatever else a Quote grows, so
 * a consumer of the JSON Lines sees a field appear only when the README's contract says so.
 */
function contractFields(q: Quote) {
  return {
    quote: q.quote, start: q.start, end: q.end, kind: q.kind, cue: q.cue, cueStart: q.cueStart, cueEnd: q.cueEnd,
    speaker: q.speaker, speakerMention: q.speakerMention, speakerStart: q.speakerStart, speakerEnd: q.speakerEnd,
  };
}

/** Run the command; resolves to the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const files = argv.filter((a) => !a.startsWith('-'));
  if (argv.some((a) => a === '--help' || a === '-h')) {
    io.stderr.write('usage: cli quotes [FILE]   JSON Lines {"id","text"} in, {"id","quotes":[…]} out\n');
    return 0;
  }
  if (files.length > 1) {
    io.stderr.write('quotes: at most one FILE\n');
    return 2;
  }
  let input: NodeJS.ReadableStream;
  if (files[0]) {
    const stream = createReadStream(files[0], 'utf8');
    const opened = await new Promise<Error | null>((resolve) => {
      stream.once('open', () => resolve(null));
      stream.once('error', (e) => resolve(e));
    });
    if (opened) {
      io.stderr.write(`quotes: ${files[0]}: ${opened.message}\n`);
      return 2;
    }
    input = stream;
  } else input = io.stdin;
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (e) {
      bad++;
      io.stderr.write(`line ${n}: invalid JSON (${e instanceof Error ? e.message : String(e)})\n`);
      continue;
    }
    if (!row || typeof row !== 'object' || Array.isArray(row)) {
      bad++;
      io.stderr.write(`line ${n}: expected a JSON object\n`);
      continue;
    }
    const { id, text } = row as { id?: unknown; text?: unknown };
    if (typeof text !== 'string') {
      bad++;
      io.stderr.write(`line ${n}: "text" must be a string\n`);
      continue;
    }
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
      bad++;
      io.stderr.write(`line ${n}: "id" must be a string\n`);
      continue;
    }
    const quotes = extractQuotes(text).map(contractFields);
    await write(io.stdout, JSON.stringify({ id: id === undefined ? null : String(id), quotes }) + '\n');
  }
  return bad ? 1 : 0;
}
