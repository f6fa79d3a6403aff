/**
 * Stated dates (utils/text/dates.ts) on real news: the speed per lead (title + first 3 sentences) and
 * per 5,000-character article, and, on gva.jsonl (local US shooting reports, ISO publication dates),
 * how many leads state a day and how far before the publication day it falls (the event is 0–3 days
 * before it in most reports). `npm run bench -- dates`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { statedDates } from '../../utils/text/dates';
import { sentences } from '../../utils/text/segment';

const here = path.dirname(fileURLToPath(import.meta.url));
const DIR = path.resolve(here, '../../../shared/datasets/clusters');
const DAY_MS = 86_400_000;

interface Doc { lead: string; body: string; pub: number | null }

function load(file: string): Doc[] {
  return readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const a = JSON.parse(l) as { title?: string; text?: string; date?: string | null };
      const text = a.text ?? '';
      const lead = [a.title ?? '', ...sentences(text).slice(0, 3).map((s) => text.slice(s.start, s.end))].join('\n');
      const pub = a.date && /^\d{4}-\d\d-\d\d/.test(a.date) ? Math.floor(Date.parse(a.date.slice(0, 10)) / DAY_MS) : null;
      return { lead, body: text.slice(0, 5000), pub };
    });
}

/** Median microseconds per text over a few rounds, after a warm-up pass. */
function micros(texts: string[], pubs: (number | null)[]): number {
  for (let i = 0; i < texts.length; i++) statedDates(texts[i]!, pubs[i]!);
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < texts.length; i++) statedDates(texts[i]!, pubs[i]!);
    times.push(Number(process.hrtime.bigint() - t0) / 1e3 / texts.length);
  }
  return times.sort((a, b) => a - b)[2]!;
}

function bucket(before: number): string {
  if (before < 0) return 'after';
  if (before <= 3) return String(before);
  if (before <= 7) return '4-7';
  return before <= 31 ? '8-31' : '>31';
}

export async function main(): Promise<void> {
  const out: string[] = [];
  for (const file of ['gva.jsonl', 'basil-dev.jsonl', 'ecbplus.jsonl']) {
    if (!existsSync(path.join(DIR, file))) {
      out.push(`${file}: not found in ${DIR}`);
      continue;
    }
    const docs = load(file);
    let withDate = 0;
    let n = 0;
    let explicit = 0;
    const hist = new Map<string, number>();
    for (const d of docs) {
      const ds = statedDates(d.lead, d.pub);
      if (ds.length) withDate++;
      for (const s of ds) {
        n++;
        if (s.explicit) explicit++;
        const k = d.pub === null ? 'no pub. date' : bucket(d.pub - s.day);
        hist.set(k, (hist.get(k) ?? 0) + 1);
      }
    }
    const order = ['0', '1', '2', '3', '4-7', '8-31', '>31', 'after', 'no pub. date'];
    const dist = order.filter((k) => hist.has(k)).map((k) => `${k}: ${((100 * hist.get(k)!) / n).toFixed(1)}%`);
    const long = docs.filter((d) => d.body.length >= 4000);
    const avg = (xs: string[]): number => Math.round(xs.reduce((a, x) => a + x.length, 0) / Math.max(1, xs.length));
    out.push(
      `${file}: ${docs.length} articles, ${docs.filter((d) => d.pub !== null).length} with an ISO publication date`,
      `  leads stating a day  ${((100 * withDate) / docs.length).toFixed(1)}% (${n} dates, ${explicit} explicit)`,
      `  days before publication  ${dist.join(', ')}`,
      `  speed  ${micros(docs.map((d) => d.lead), docs.map((d) => d.pub)).toFixed(0)} µs per lead (${avg(docs.map((d) => d.lead))} chars), ` +
        `${micros(long.map((d) => d.body), long.map((d) => d.pub)).toFixed(0)} µs per article of ≥4,000 of its first 5,000 chars (n=${long.length})`,
    );
  }
  process.stdout.write(out.join('\n') + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
