/**
 * Quote extraction and attribution measured against PolNeAR (polnear-dev.jsonl by default;
 * `--train` to develop on the training split, `--split A|B` for one half of it (develop on one half,
 * accept a rule only if the other half agrees), `--errors N` to print misses, `--classes` to count
 * speaker errors by kind). "span exact" is the share of found quotes whose speaker span is the
 * annotated one word for word. A naive regex
 * baseline runs on the same file for comparison. Gold quotes are read here only, never by utils/.
 * Kinds: see goldKind (the file's types miss '' marks; both tables are printed).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Quote } from '../../utils/types';
import { extractQuotes, speakerKey } from '../../utils/quotes/index';
import { fnv1a } from '../../utils/text/hash';
import { offsetMapper } from './code-points';
import { newResolutionTally, resolutionLines, scoreResolution } from './quotes-resolution';

const here = path.dirname(fileURLToPath(import.meta.url));
const DATA = path.resolve(here, '../../../shared/datasets/quotes');

interface Gold {
  type: 'direct' | 'mixed' | 'indirect';
  speaker: string | null;
  spans: [number, number][];
  speaker_spans: [number, number][];
  cue: string | null;
  cue_spans?: [number, number][];
}
interface Row {
  id: string;
  text: string;
  quotes: Gold[];
}

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => a0 < b1 && b0 < a1;

const PRONOUN = /^(he|she|they|it|we|i|you|who)$/iu;

/** The baseline: text between double quotes; speaker = nearest capitalised name around "said". */
function baseline(text: string): Quote[] {
  const out: Quote[] = [];
  const re = /"([^"\n]+)"|“([^”\n]+)”/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = m[1] ?? m[2] ?? '';
    const start = m.index + 1;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const name = /\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)*/u;
    let sp: { t: string; s: number } | null = null;
    const a1 = new RegExp(`said\\s+(${name.source})`, 'u').exec(after) ?? new RegExp(`(${name.source})\\s+said`, 'u').exec(after);
    if (a1) sp = { t: a1[1]!, s: m.index + m[0].length + a1.index + a1[0].indexOf(a1[1]!) };
    else {
      const b1 = new RegExp(`(${name.source})\\s+said[^"“]*$`, 'u').exec(before);
      if (b1) sp = { t: b1[1]!, s: Math.max(0, m.index - 80) + b1.index };
    }
    out.push({ quote: inner, start, end: start + inner.length, kind: 'direct', cue: null, cueStart: null, cueEnd: null, speaker: sp?.t ?? null, speakerMention: sp?.t ?? null, speakerStart: sp?.s ?? null, speakerEnd: sp ? sp.s + sp.t.length : null });
  }
  return out;
}

/** Which half of the training split an article falls in: FNV-1a of its id, even → A, odd → B. */
export function splitOf(id: string): 'A' | 'B' {
  return fnv1a(id) % 2 === 0 ? 'A' : 'B';
}

/** A coarse class of a speaker error, to see which rules to work on. */
function errorClass(gold: string | null, got: string | null): string {
  const g = (gold ?? '').trim();
  const gk = !g ? 'none' : PRONOUN.test(g) ? 'pronoun' : /^\p{Lu}/u.test(g) && !/^(The|A|An|One|Another|His|Her)\b/u.test(g) ? 'name' : 'description';
  const pk = !got ? 'none' : PRONOUN.test(got.trim()) ? 'pronoun' : /^\p{Lu}/u.test(got) && !/^(The|A|An|One|Another|His|Her)\b/u.test(got) ? 'name' : 'description';
  return `gold ${gk} / got ${pk}`;
}

type Kind = Gold['type'];
const KINDS: Kind[] = ['direct', 'mixed', 'indirect'];

/** Counts for one kind (or all kinds): predictions claimed, right, gold found, sources and speakers right. */
interface Counts {
  pred: number;
  predRight: number;
  gold: number;
  found: number;
  /** Found gold attributions that annotate a source span, and those whose predicted source overlaps it. */
  withSource: number;
  sourceRight: number;
  /** Found attributions whose speaker is right: the source span overlaps, or the resolved name is the annotated one. */
  speakerRight: number;
  /** Found gold with an annotated cue, and those whose predicted cue overlaps it. */
  withCue: number;
  cueRight: number;
  /** Found gold whose predicted kind is the annotated kind. */
  kindRight: number;
}

const zero = (): Counts => ({ pred: 0, predRight: 0, gold: 0, found: 0, withSource: 0, sourceRight: 0, speakerRight: 0, withCue: 0, cueRight: 0, kindRight: 0 });

interface Tally {
  byKind: Record<Kind | 'all', Counts>;
  classes: Map<string, number>;
  /** Direct quotes whose speaker span is exactly the annotated one (trailing comma or space aside). */
  spkExact: number;
  errors: string[];
}

const newTally = (): Tally => ({ byKind: { direct: zero(), mixed: zero(), indirect: zero(), all: zero() }, classes: new Map(), spkExact: 0, errors: [] });

/**
 * The dataset derives `type` from quotation marks but does not read two apostrophes ('' … '', the
 * New York Times' marks) as marks: 1,200 training attributions in them are typed indirect. With
 * `rederive`, an attribution whose content holds '' is typed again by the dataset's own rule:
 * direct when every content span is enclosed by the marks, mixed when only part of it is.
 */
function goldKind(text: string, g: Gold, rederive: boolean): Kind {
  if (!rederive || g.type !== 'indirect') return g.type;
  const parts = g.spans.map(([a, b]) => text.slice(a, b).trim().replace(/[.,;:]+$/u, ''));
  if (!parts.some((x) => x.includes("''"))) return g.type;
  // A span may start or end on the second apostrophe of the pair.
  return parts.every((x) => /^'/u.test(x) && /'$/u.test(x)) ? 'direct' : 'mixed';
}

/**
 * Score one article. Recall: a gold attribution is found when a prediction overlaps one of its
 * content spans. Precision, per kind: a prediction claimed as kind K is right only when it overlaps
 * an annotated attribution of kind K; over all kinds, when it overlaps any annotated attribution
 * (we claim all three). Source, speaker, cue and kind are judged on the prediction overlapping the
 * gold most.
 */
function score(row: Row, pred: Quote[], t: Tally, keepErrors: boolean, rederive: boolean): void {
  const text = row.text;
  const map = offsetMapper(text);
  const conv = (x: number): number => (map ? map(x) : x);
  const gold = row.quotes.map((g) => ({
    ...g,
    type: goldKind(text, g, rederive),
    spans: g.spans.map(([a, b]) => [conv(a), conv(b)] as [number, number]),
    speaker_spans: g.speaker_spans.map(([a, b]) => [conv(a), conv(b)] as [number, number]),
    cue_spans: (g.cue_spans ?? []).map(([a, b]) => [conv(a), conv(b)] as [number, number]),
  }));
  const hit = (p: Quote, g: (typeof gold)[number]): boolean => g.spans.some(([a, b]) => overlaps(p.start, p.end, a, b));
  for (const p of pred) {
    const kind = p.kind ?? 'direct';
    const all = t.byKind.all;
    const own = t.byKind[kind];
    all.pred++;
    own.pred++;
    if (gold.some((g) => hit(p, g))) all.predRight++;
    else if (keepErrors) t.errors.push(`FP ${kind} ${row.id} ${JSON.stringify(text.slice(Math.max(0, p.start - 60), p.end + 40))}`);
    if (gold.some((g) => g.type === kind && hit(p, g))) own.predRight++;
  }
  for (const g of gold) {
    const own = t.byKind[g.type];
    const all = t.byKind.all;
    own.gold++;
    all.gold++;
    const hits = pred.filter((p) => hit(p, g));
    if (!hits.length) {
      if (keepErrors) t.errors.push(`FN ${g.type} ${row.id} cue=${JSON.stringify(g.cue)} ${JSON.stringify(text.slice(Math.max(0, g.spans[0]![0] - 80), g.spans[0]![1] + 40))}`);
      continue;
    }
    own.found++;
    all.found++;
    // The prediction that corresponds to this gold attribution: the one overlapping it most.
    const ov = (x: Quote): number => g.spans.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, x.end) - Math.max(a, x.start)), 0);
    const p = hits.reduce((best, x) => (ov(x) > ov(best) ? x : best), hits[0]!);
    if ((p.kind ?? 'direct') === g.type) {
      own.kindRight++;
      all.kindRight++;
    }
    const spanOk = p.speakerStart !== null && p.speakerEnd !== null && g.speaker_spans.some(([a, b]) => overlaps(p.speakerStart!, p.speakerEnd!, a, b));
    if (g.speaker_spans.length) {
      own.withSource++;
      all.withSource++;
      if (spanOk) {
        own.sourceRight++;
        all.sourceRight++;
      }
    }
    if (g.cue_spans.length) {
      own.withCue++;
      all.withCue++;
      if (p.cueStart !== null && p.cueEnd !== null && g.cue_spans.some(([a, b]) => overlaps(p.cueStart!, p.cueEnd!, a, b))) {
        own.cueRight++;
        all.cueRight++;
      }
    }
    const nameOk = !!p.speaker && !!g.speaker && !PRONOUN.test(g.speaker.trim()) && speakerKey(p.speaker) !== '' && speakerKey(p.speaker) === speakerKey(g.speaker);
    if (spanOk || nameOk) {
      own.speakerRight++;
      all.speakerRight++;
    }
    if (g.type !== 'direct') continue;
    if (spanOk && g.speaker_spans.some(([a, b]) => p.speakerStart === a && p.speakerEnd === a + text.slice(a, b).replace(/[\s,]+$/u, '').length)) t.spkExact++;
    else {
      const c = errorClass(g.speaker, p.speakerMention);
      t.classes.set(c, (t.classes.get(c) ?? 0) + 1);
    }
    if (!(spanOk || nameOk) && keepErrors) {
      const s0 = g.speaker_spans[0]?.[0] ?? g.spans[0]![0];
      if (!g.speaker_spans.length) t.errors.push('(no gold speaker span)');
      t.errors.push(`SPK ${row.id} gold=${JSON.stringify(g.speaker)} got=${JSON.stringify(p.speakerMention)}→${JSON.stringify(p.speaker)} ${JSON.stringify(text.slice(Math.max(0, Math.min(s0, g.spans[0]![0]) - 40), Math.max(g.spans[0]![1], s0) + 60))}`);
    }
  }
}

const ratio = (a: number, b: number): number => (b ? a / b : 0);
const f3 = (x: number): string => x.toFixed(3).padStart(7);

/** One line of figures for one kind. */
function figures(name: string, c: Counts): string {
  const P = ratio(c.predRight, c.pred);
  const R = ratio(c.found, c.gold);
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  return `${name.padEnd(20)} ${f3(P)} ${f3(R)} ${f3(F)} ${f3(ratio(c.sourceRight, c.withSource))} ${f3(ratio(c.speakerRight, c.found))} ${f3(ratio(c.cueRight, c.withCue))} ${f3(ratio(c.kindRight, c.found))}   (pred ${c.pred}, gold ${c.gold}, found ${c.found})`;
}

function table(system: string, t: Tally): string[] {
  return [...KINDS, 'all' as const].map((k) => figures(`${system} ${k}`, t.byKind[k]));
}

/** Print precision / recall / F1 / speaker accuracy for Crossread and the regex baseline. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const si = argv.indexOf('--split');
  const split = si >= 0 ? (argv[si + 1] ?? '').toUpperCase() : null;
  if (split !== null && split !== 'A' && split !== 'B') throw new Error('--split takes A or B');
  // A split is a half of the training file: develop on one, check on the other.
  const file = path.join(DATA, argv.includes('--train') || split ? 'polnear-train.jsonl' : 'polnear-dev.jsonl');
  const ei = argv.indexOf('--errors');
  const nErrors = ei >= 0 ? Number(argv[ei + 1] ?? 50) : 0;
  if (nErrors && !argv.includes('--train') && !split) throw new Error('--errors reads misses: only on the training file (--train or --split), never on the held-out dev file');
  const ours = newTally();
  const base = newTally();
  const asGiven = newTally();
  const resolution = newResolutionTally();
  let articles = 0;
  let nonBmp = 0;
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Row;
    if (split && splitOf(row.id) !== split) continue;
    articles++;
    if (/[\u{10000}-\u{10FFFF}]/u.test(row.text)) nonBmp++;
    const found = extractQuotes(row.text);
    score(row, found, ours, nErrors > 0, true);
    score(row, found, asGiven, false, false);
    scoreResolution(row, found, resolution);
    score(row, baseline(row.text), base, false, true);
  }
  const out: string[] = [];
  out.push(`quotes eval on ${path.relative(process.cwd(), file)}${split ? ` half ${split}` : ''}: ${articles} articles (${nonBmp} with non-BMP characters; offsets converted from code points)`);
  out.push(`${'system kind'.padEnd(20)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)} ${'source'.padStart(7)} ${'speaker'.padStart(7)} ${'cue'.padStart(7)} ${'kind'.padStart(7)}`);
  out.push(...table('crossread', ours), ...table('regex', base));
  out.push("kinds as the file gives them ('' … '' typed indirect):", ...table('crossread', asGiven));
  out.push(`crossread direct speaker span exact ${ratio(ours.spkExact, ours.byKind.direct.found).toFixed(3)}`);
  out.push(...resolutionLines(resolution));
  if (argv.includes('--classes')) {
    for (const [c, n] of [...ours.classes].sort((a, b) => b[1] - a[1])) out.push(`  speaker errors ${c.padEnd(32)} ${n}`);
  }
  if (nErrors) {
    const errs = ours.errors;
    for (let i = 0; i < Math.min(nErrors, errs.length); i++) out.push(errs[Math.floor((i * errs.length) / Math.min(nErrors, errs.length))]!);
  }
  process.stdout.write(out.join('\n') + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
