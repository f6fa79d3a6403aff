/**
 * Quote extraction speed: articles per second on one core over polnear-train.jsonl (goal ≥ 1,000),
 * after a warm-up pass so the JIT has settled.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { extractQuotes } from '../../utils/quotes/index';

const here = path.dirname(fileURLToPath(import.meta.url));
const FILE = path.resolve(here, '../../../shared/datasets/quotes/polnear-train.jsonl');

/** Print articles/second, characters/second and quotes found. */
export async function main(): Promise<void> {
  const texts = readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  for (const t of texts) extractQuotes(t); // warm-up
  const rounds = 3;
  let quotes = 0;
  let chars = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      quotes += extractQuotes(t).length;
      chars += t.length;
    }
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const n = texts.length * rounds;
  const lines = [
    `quotes bench on ${path.relative(process.cwd(), FILE)} (${texts.length} articles × ${rounds} rounds, one core)`,
    `articles/s   ${(n / secs).toFixed(0)}`,
    `MB/s         ${(chars / secs / 1e6).toFixed(2)}`,
    `ms/article   ${((secs * 1000) / n).toFixed(3)}`,
    `quotes/article ${(quotes / n).toFixed(1)}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
