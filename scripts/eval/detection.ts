/**
 * Page-kind detection eval on ../shared/datasets/pages/detection: real pages labelled article /
 * non-article by looking at them (not by any detector's ingredient), each with its kind.
 *
 * The test split was fixed on 2026-12-01, before any detector work on this set, and never changes:
 * a page is in the test split when fnv1a("detection-split:" + site) % 5 < 2 (by site, so that pages
 * of one site — which share a template — never sit on both sides). That is 36 articles and 60
 * non-articles of 96 pages; the other 137 (45 / 92) are for development. Rules are developed and
 * their errors read on the development split only; the test split's figures are the headline and
 * its pages are never listed one by one.
 *
 * Each page is judged twice: at its own address (the label's canonical/og URL) and with no address
 * worth reading (a file:// URL, as `cli extract FILE` without --url gives), so the figures say how
 * much rests on the URL. Beside ours, in the same run: Readability's isProbablyReaderable alone.
 */

import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { detectArticle } from '../../utils/article/detect';
import { fnv1a } from '../../utils/text/hash';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(root, '../shared/datasets/pages/detection');

/** One labelled page of the set. */
export interface DetectionCase {
  id: string;
  label: 'article' | 'non-article';
  kind: string;
  site: string;
  url: string | null;
}

/** The fixed split: by site, about 40 % test. Written once; do not tune it. */
export function inTestSplit(site: string): boolean {
  return fnv1a(`detection-split:${site}`) % 5 < 2;
}

/** The labelled pages, or null when the dataset is not beside the repository. */
export function readDetectionCases(): DetectionCase[] | null {
  const file = join(dataDir, 'labels.jsonl');
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DetectionCase);
}

/** The saved page's HTML (stored byte for byte; decoded as UTF-8 like the CLI does). */
export function readDetectionPage(id: string): string {
  return readFileSync(join(dataDir, 'pages', `${id}.html`), 'utf8');
}

interface Tally {
  articles: number;
  articlesFound: number;
  others: number;
  othersRejected: number;
  byKind: Map<string, [number, number]>;
}

const emptyTally = (): Tally => ({ articles: 0, articlesFound: 0, others: 0, othersRejected: 0, byKind: new Map() });

function count(t: Tally, c: DetectionCase, saysArticle: boolean): void {
  const right = saysArticle === (c.label === 'article');
  if (c.label === 'article') {
    t.articles++;
    if (saysArticle) t.articlesFound++;
  } else {
    t.others++;
    if (!saysArticle) t.othersRejected++;
  }
  const k = t.byKind.get(c.kind) ?? [0, 0];
  k[0] += right ? 1 : 0;
  k[1] += 1;
  t.byKind.set(c.kind, k);
}

const pct = (a: number, b: number): string => `${b ? ((100 * a) / b).toFixed(1) : '–'}% (${a}/${b})`;

/** Run the eval and print the table. */
export function main(): void {
  const cases = readDetectionCases();
  if (!cases) {
    console.log(`detection eval: ${dataDir} not found, skipped`);
    return;
  }
  const quiet = new VirtualConsole();
  const tallies = {
    test: { url: emptyTally(), file: emptyTally(), readability: emptyTally() },
    dev: { url: emptyTally(), file: emptyTally(), readability: emptyTally() },
  };
  const devMisses: string[] = [];
  for (const c of cases) {
    const split = inTestSplit(c.site) ? 'test' : 'dev';
    const html = readDetectionPage(c.id);
    const fileUrl = pathToFileURL(join(dataDir, 'pages', `${c.id}.html`)).href;
    // Parsed once: detection reads the address it is given, not the document's.
    const doc = new JSDOM(html, { url: fileUrl, virtualConsole: quiet }).window.document;
    const d = detectArticle(doc, c.url ?? fileUrl);
    const f = detectArticle(doc, fileUrl);
    const r = isProbablyReaderable(doc);
    doc.defaultView?.close();
    count(tallies[split].url, c, d.isArticle);
    count(tallies[split].file, c, f.isArticle);
    count(tallies[split].readability, c, r);
    if (split === 'dev' && d.isArticle !== (c.label === 'article')) {
      devMisses.push(`${c.id} (${c.label}/${c.kind}) said ${d.isArticle ? 'article' : 'not'}: ${d.reasons.join('; ')}`);
    }
  }
  console.log(`Detection eval — ${cases.length} labelled pages of ${dataDir}`);
  console.log('split by site, fixed: test = fnv1a("detection-split:" + site) % 5 < 2');
  for (const split of ['test', 'dev'] as const) {
    const t = tallies[split];
    console.log('');
    console.log(`${split === 'test' ? 'TEST split (headline)' : 'development split (in-sample: the rules were developed on it)'}: ${t.url.articles} articles, ${t.url.others} non-articles`);
    console.log('                           ours, page URL        ours, no URL          Readability isProbablyReaderable');
    console.log(`articles detected          ${pct(t.url.articlesFound, t.url.articles).padEnd(21)} ${pct(t.file.articlesFound, t.file.articles).padEnd(21)} ${pct(t.readability.articlesFound, t.readability.articles)}`);
    console.log(`non-articles rejected      ${pct(t.url.othersRejected, t.url.others).padEnd(21)} ${pct(t.file.othersRejected, t.file.others).padEnd(21)} ${pct(t.readability.othersRejected, t.readability.others)}`);
    const kinds = [...t.url.byKind.keys()].sort();
    console.log(`right, by kind (ours, page URL): ${kinds.map((k) => `${k} ${t.url.byKind.get(k)![0]}/${t.url.byKind.get(k)![1]}`).join(', ')}`);
  }
  if (devMisses.length) console.log(`\ndevelopment-split pages judged wrongly (page URL):\n  ${devMisses.join('\n  ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
