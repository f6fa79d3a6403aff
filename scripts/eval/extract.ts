/**
 * Extraction eval on Mozilla Readability's test pages (../shared/datasets/pages/readability):
 * body text F1 against the accepted output (word 4-gram shingles as multisets, as the article
 * extraction benchmarks score it, averaged per page), metadata accuracy against
 * expected-metadata.json, and detection accuracy against its `readerable`. Ours and Readability
 * alone are printed side by side.
 *
 * Split, fixed on 2026-12-01 before the precision work of #13: a case directory `c` is in the TEST
 * split when `fnv1a('extract-split:' + c) % 3 === 0` (39 of the 130 pages); the rest is the
 * development split. Rules are developed and tuned, and per-page errors read, on the development
 * split only; the test split is the headline figure and its pages are never listed one by one.
 * Earlier sessions developed the extractor on all 130 pages, so the split is clean only for work
 * from 2026-12-01 on.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle, cleanByline } from '../../utils/article/extract';
import { detectArticle } from '../../utils/article/detect';
import { toIsoDate } from '../../utils/article/dates';
import { fnv1a } from '../../utils/text/hash';
import { main as detectionEval } from './detection';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(root, '../shared/datasets/pages/readability');
/** The address Readability's own test harness gives these pages. */
const PAGE_URL = 'http://fakehost/test/page.html';

const quiet = new VirtualConsole();
const open: JSDOM[] = [];
/** Parse with jsdom; windows are closed after each page, or memory grows by gigabytes. */
function parse(html: string): Document {
  const dom = new JSDOM(html, { url: PAGE_URL, virtualConsole: quiet });
  open.push(dom);
  return dom.window.document;
}

function shingles(text: string, n = 4): Map<string, number> {
  // Words of alphabetic scripts; each Han or kana character is a token of its own (no spaces there).
  const toks = text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const out = new Map<string, number>();
  if (toks.length === 0) return out;
  const grams = toks.length < n ? [toks.join(' ')] : toks.slice(0, toks.length - n + 1).map((_, i) => toks.slice(i, i + n).join(' '));
  for (const g of grams) out.set(g, (out.get(g) ?? 0) + 1);
  return out;
}

/** Precision, recall and F1 of predicted against expected text on 4-gram shingle multisets. */
export function shingleF1(predicted: string, expected: string): { p: number; r: number; f1: number } {
  const a = shingles(predicted);
  const b = shingles(expected);
  let common = 0;
  let na = 0;
  let nb = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [k, v] of a) common += Math.min(v, b.get(k) ?? 0);
  if (na === 0 && nb === 0) return { p: 1, r: 1, f1: 1 };
  const p = na ? common / na : 0;
  const r = nb ? common / nb : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const norm = (s: string | null | undefined): string =>
  (s ?? '').normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
const normDate = (s: string | null | undefined): string => (toIsoDate(s ?? null) ?? norm(s)).slice(0, 10);

/** The fixed test split (see the doc comment): never tuned on, never listed page by page. */
export function isTestCase(c: string): boolean {
  return fnv1a(`extract-split:${c}`) % 3 === 0;
}

/** Text scores summed over the pages of one split. */
interface TextSum {
  n: number;
  ours: { p: number; r: number; f1: number };
  alone: { p: number; r: number; f1: number };
  oursNoCap: number;
  aloneNoCap: number;
}
const textSum = (): TextSum => ({ n: 0, ours: { p: 0, r: 0, f1: 0 }, alone: { p: 0, r: 0, f1: 0 }, oursNoCap: 0, aloneNoCap: 0 });

interface Expected {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  readerable: boolean;
}

/** Run the eval and print the table. */
export async function main(): Promise<void> {
  if (!existsSync(dataDir)) {
    console.log(`extract eval: ${dataDir} not found, skipped`);
    return;
  }
  const cases = readdirSync(dataDir).filter((d) => existsSync(join(dataDir, d, 'source.html'))).sort();
  const sums = { test: textSum(), dev: textSum() };
  const gold = { date: [0, 0], aDate: [0, 0], byline: [0, 0], extraDates: 0, extraBylines: 0 };
  const acc = { title: [0, 0], byline: [0, 0], date: [0, 0], site: [0, 0], aTitle: [0, 0], aByline: [0, 0], aDate: [0, 0], aSite: [0, 0] };
  let det = 0;
  let detPos = 0;
  let detPosOk = 0;
  let detNeg = 0;
  let detNegOk = 0;
  let detMs = 0;
  const misses: string[] = [];
  const metaMisses: string[] = [];
  const lowF1: string[] = [];
  let testMisses = 0;
  let testMetaMisses = 0;
  for (const c of cases) {
    const test = isTestCase(c);
    const sum = test ? sums.test : sums.dev;
    sum.n++;
    const html = readFileSync(join(dataDir, c, 'source.html'), 'utf8');
    const expectedDoc = parse(readFileSync(join(dataDir, c, 'expected.html'), 'utf8'));
    const expectedText = expectedDoc.body?.textContent ?? '';
    // The same reference without photo captions, which our extractor leaves out on purpose.
    for (const fc of Array.from(expectedDoc.querySelectorAll('figcaption'))) fc.remove();
    const expectedNoCaptions = expectedDoc.body?.textContent ?? '';
    const meta = JSON.parse(readFileSync(join(dataDir, c, 'expected-metadata.json'), 'utf8')) as Expected;

    const doc = parse(html);
    const t0 = performance.now();
    const d = detectArticle(doc, PAGE_URL);
    detMs += performance.now() - t0;
    const ours = extractArticle(doc, PAGE_URL);
    const alone = new Readability(doc.cloneNode(true) as Document).parse();

    if (d.isArticle === meta.readerable) det++;
    else if (test) testMisses++;
    else misses.push(`${c} (readerable=${meta.readerable}: ${d.reasons.join('; ')})`);
    if (meta.readerable) { detPos++; if (d.isArticle) detPosOk++; } else { detNeg++; if (!d.isArticle) detNegOk++; }

    const o = shingleF1(ours.paragraphs.join('\n\n'), expectedText);
    const a = shingleF1(alone?.textContent ?? '', expectedText);
    for (const k of ['p', 'r', 'f1'] as const) { sum.ours[k] += o[k]; sum.alone[k] += a[k]; }
    sum.oursNoCap += shingleF1(ours.paragraphs.join('\n\n'), expectedNoCaptions).f1;
    sum.aloneNoCap += shingleF1(alone?.textContent ?? '', expectedNoCaptions).f1;
    if (meta.publishedTime) {
      gold.date[1]! += 1;
      if (normDate(ours.published) === normDate(meta.publishedTime)) gold.date[0]! += 1;
      if (normDate(alone?.publishedTime) === normDate(meta.publishedTime)) gold.aDate[0]! += 1;
    } else if (ours.published) gold.extraDates++;
    if (meta.byline) {
      gold.byline[1]! += 1;
      if (norm(ours.byline) === norm(cleanByline(meta.byline))) gold.byline[0]! += 1;
    } else if (ours.byline) gold.extraBylines++;
    for (const dom of open.splice(0)) dom.window.close();
    if (o.f1 < 0.9 && !test) lowF1.push(`${c} ours ${o.f1.toFixed(3)} (P ${o.p.toFixed(2)} R ${o.r.toFixed(2)}) alone ${a.f1.toFixed(3)}`);

    const tally = (slot: number[], ok: boolean, what?: string): void => {
      slot[0]! += ok ? 1 : 0;
      slot[1]! += 1;
      if (!ok && what && test) testMetaMisses++;
      else if (!ok && what) metaMisses.push(`${c} ${what}`);
    };
    tally(acc.title, norm(ours.title) === norm(meta.title), `title ${JSON.stringify(ours.title)} vs ${JSON.stringify(meta.title)}`);
    tally(acc.aTitle, norm(alone?.title) === norm(meta.title));
    tally(acc.byline, norm(ours.byline) === norm(cleanByline(meta.byline)), `byline ${JSON.stringify(ours.byline)} vs ${JSON.stringify(meta.byline)}`);
    // Scored the same way for both: "By" and generic credits taken off ours, Readability's and the gold
    // (which is Readability's own output, so Readability alone matches it by construction).
    tally(acc.aByline, norm(cleanByline(alone?.byline)) === norm(cleanByline(meta.byline)));
    tally(acc.site, norm(ours.siteName) === norm(meta.siteName), `site ${JSON.stringify(ours.siteName)} vs ${JSON.stringify(meta.siteName)}`);
    tally(acc.aSite, norm(alone?.siteName) === norm(meta.siteName));
    tally(acc.date, normDate(ours.published) === normDate(meta.publishedTime), `date ${JSON.stringify(ours.published)} vs ${JSON.stringify(meta.publishedTime)}`);
    tally(acc.aDate, normDate(alone?.publishedTime) === normDate(meta.publishedTime));
  }
  const n = cases.length;
  const pct = (x: number[]): string => `${((100 * x[0]!) / x[1]!).toFixed(1)}% (${x[0]}/${x[1]})`;
  console.log(`Extraction eval — ${n} pages of ${dataDir}`);
  console.log('');
  for (const [name, sum] of [['TEST split (headline)', sums.test], ['development split', sums.dev]] as const) {
    const f = (x: number): string => (x / sum.n).toFixed(4);
    console.log(`${name}, ${sum.n} pages   ours                 Readability alone`);
    console.log(`text F1 (4-gram shingles)  ${f(sum.ours.f1).padEnd(20)} ${f(sum.alone.f1)}`);
    console.log(`text precision             ${f(sum.ours.p).padEnd(20)} ${f(sum.alone.p)}`);
    console.log(`text recall                ${f(sum.ours.r).padEnd(20)} ${f(sum.alone.r)}`);
    console.log(`text F1, captions left out ${f(sum.oursNoCap).padEnd(20)} ${f(sum.aloneNoCap)}`);
    console.log('');
  }
  console.log(`metadata, all ${n} pages     ours                 Readability alone`);
  console.log(`title accuracy             ${pct(acc.title).padEnd(20)} ${pct(acc.aTitle)}`);
  console.log(`byline accuracy            ${pct(acc.byline).padEnd(20)} ${pct(acc.aByline)}`);
  console.log(`site name accuracy         ${pct(acc.site).padEnd(20)} ${pct(acc.aSite)}`);
  console.log(`published date accuracy    ${pct(acc.date).padEnd(20)} ${pct(acc.aDate)}`);
  console.log(`date, on pages with a gold date   ours ${pct(gold.date)}, alone ${pct([gold.aDate[0]!, gold.date[1]!])}; ` +
    `ours found a date on ${gold.extraDates} pages where the gold has none`);
  console.log(`byline, on pages with a gold byline ours ${pct(gold.byline)} ("By" taken off the gold too); ` +
    `ours found a byline on ${gold.extraBylines} pages where the gold has none`);
  console.log('');
  console.log(`detection accuracy vs readerable: ${((100 * det) / n).toFixed(1)}% (${det}/${n}); ` +
    `readerable pages detected ${detPosOk}/${detPos}; non-readerable rejected ${detNegOk}/${detNeg}; ` +
    `mean detect time ${(detMs / n).toFixed(2)} ms (jsdom)`);
  console.log(`(disagreements on the test split are counted, not listed: detection ${testMisses}, metadata ${testMetaMisses})`);
  if (misses.length) console.log(`detection disagreements, development split:\n  ${misses.join('\n  ')}`);
  if (metaMisses.length) console.log(`metadata disagreements, development split:\n  ${metaMisses.join('\n  ')}`);
  if (lowF1.length) console.log(`development pages with our F1 < 0.9:\n  ${lowF1.join('\n  ')}`);
  console.log('');
  detectionEval();
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
