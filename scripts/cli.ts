/**
 * Crossread's command-line tool: the same core as the extension, run in Node.
 *   npm run --silent cli -- extract FILE... [--url URL]
 *   npm run --silent cli -- quotes [FILE]
 *   npm run --silent cli -- match [--corpus FILE] [--queries FILE] [--top N]
 *   npm run --silent cli -- feed FILE... [--url URL]
 * JSON Lines on stdout; errors on stderr with a non-zero exit.
 */
import process from 'node:process';
import type { CliIo } from './cli/io';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./cli/extract')).run,
  quotes: async () => (await import('./cli/quotes')).run,
  match: async () => (await import('./cli/match')).run,
  feed: async () => (await import('./cli/feed')).run,
};

const USAGE = `usage: cli <command> [options]
  extract FILE... [--url URL]                        article detection and extraction from .html / .html.gz
  quotes [FILE]                                      quotations and speakers for JSON Lines {"id","text"}
  match [--corpus FILE] [--queries FILE] [--top N]   same-story matching (JSON Lines, clusters format)
  feed FILE... [--url URL]                           feed items (RSS, RDF, Atom, JSON Feed) or OPML subscriptions
`;

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  if (!name || name === '--help' || name === '-h') {
    process.stderr.write(USAGE);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`cli: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  // A reader that stops reading (`| head`) closes the pipe: that ends the run quietly, not with a crash.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  return (await load())(rest, io);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`cli: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
