/**
 * `match [--corpus FILE] [--queries FILE] [--top N]`: same-story matching from the command line.
 * Articles are JSON Lines in the clusters format ({"id","title","date","text",...}; a `story`
 * field, being a label, is never read). Without --corpus the bundled corpus (assets/corpus.json)
 * is used; without --queries every corpus article is matched against the others. One output line
 * per query: {"id","related":[{"id","score","tier"}]} best first, tier "same-story" or "related"
 * (a near-duplicate is reported as "same-story" with "duplicate": true).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { featurize, type ArticleFeatures } from '../../utils/match/features';
import { MatchIndex } from '../../utils/match/index';

/** Default matches per query: a reader looks at a handful; same-story clusters are rarely larger. */
export const DEFAULT_TOP = 10;

interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const BUNDLED = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'corpus.json');

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** One JSON Lines record as features, or an error message. */
function toFeatures(line: string): ArticleFeatures | string {
  let r: unknown;
  try {
    r = JSON.parse(line);
  } catch (e) {
    return `invalid JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  if (!r || typeof r !== 'object') return 'not a JSON object';
  const o = r as Record<string, unknown>;
  const id = str(o.id);
  const text = str(o.text);
  if (!id) return 'missing "id"';
  if (text === null) return 'missing "text"';
  return featurize({ id, title: str(o.title), text, published: str(o.date) ?? str(o.published), lang: str(o.lang) });
}

async function readJsonl(stream: NodeJS.ReadableStream, name: string, io: Io, each: (f: ArticleFeatures) => void): Promise<number> {
  let bad = 0;
  let n = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    const f = toFeatures(line);
    if (typeof f === 'string') {
      bad++;
      io.stderr.write(`match: ${name}:${n}: ${f}; line skipped\n`);
    } else each(f);
  }
  return bad;
}

function parseArgs(argv: string[]): { corpus?: string; queries?: string; top: number } | string {
  const out: { corpus?: string; queries?: string; top: number } = { top: DEFAULT_TOP };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = argv[i + 1];
    if (a === '--corpus' || a === '--queries' || a === '--top') {
      if (v === undefined) return `${a} needs a value`;
      i++;
      if (a === '--top') {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) return `--top must be a positive integer, got "${v}"`;
        out.top = n;
      } else if (a === '--corpus') out.corpus = v;
      else out.queries = v;
    } else return `unknown argument "${a}" (usage: match [--corpus FILE] [--queries FILE] [--top N])`;
  }
  return out;
}

/** CLI entry: exit 0 on success, 1 if any input line was malformed (after processing the rest), 2 on usage errors. */
export async function run(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr.write(`match: ${args}\n`);
    return 2;
  }
  const index = new MatchIndex();
  const corpus: ArticleFeatures[] = [];
  let bad = 0;
  if (args.corpus) {
    if (!existsSync(args.corpus)) {
      io.stderr.write(`match: corpus file not found: ${args.corpus}\n`);
      return 2;
    }
    bad += await readJsonl(createReadStream(args.corpus), args.corpus, io, (f) => corpus.push(f));
  } else {
    if (!existsSync(BUNDLED)) {
      io.stderr.write(`match: no --corpus given and the bundled corpus ${BUNDLED} is missing (run \`npm run corpus\`)\n`);
      return 2;
    }
    let parsed: { articles?: { id: string; title: string | null; published: string | null; text: string; lang?: string | null }[] };
    try {
      parsed = JSON.parse(readFileSync(BUNDLED, 'utf8')) as typeof parsed;
    } catch (e) {
      io.stderr.write(`match: cannot read ${BUNDLED}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
    for (const a of parsed.articles ?? []) corpus.push(featurize(a));
  }
  for (const f of corpus) index.add(f);
  const answer = (f: ArticleFeatures): void => {
    const related = index.query(f, { top: args.top }).map((m) =>
      m.tier === 'duplicate'
        ? { id: m.id, score: round(m.score), tier: 'same-story', duplicate: true }
        : { id: m.id, score: round(m.score), tier: m.tier },
    );
    io.stdout.write(`${JSON.stringify({ id: f.id, related })}\n`);
  };
  if (args.queries) {
    const stream = args.queries === '-' ? io.stdin : existsSync(args.queries) ? createReadStream(args.queries) : null;
    if (!stream) {
      io.stderr.write(`match: queries file not found: ${args.queries}\n`);
      return 2;
    }
    bad += await readJsonl(stream, args.queries === '-' ? 'stdin' : args.queries, io, answer);
  } else {
    for (const f of corpus) answer(f);
  }
  if (corpus.length === 0) io.stderr.write('match: the corpus is empty\n');
  return bad > 0 ? 1 : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
