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
  // Several timed rounds: the median is the figure, the best shows the cost without machine noise.
  const rounds = 5;
  const times: number[] = [];
  let quotes = 0;
  let chars = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const t of texts) {
      quotes += extractQuotes(t).length;
      chars += t.length;
    }
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(rounds / 2)]!;
  const best = times[0]!;
  const n = texts.length;
  const lines = [
    `quotes bench on ${path.relative(process.cwd(), FILE)} (${n} articles × ${rounds} rounds, one core)`,
    `articles/s   ${(n / median).toFixed(0)} median, ${(n / best).toFixed(0)} best round`,
    `MB/s         ${(chars / rounds / median / 1e6).toFixed(2)} median`,
    `ms/article   ${((median * 1000) / n).toFixed(3)} median`,
    `quotes/article ${(quotes / rounds / n).toFixed(1)}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
