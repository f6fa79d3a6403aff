/**
 * Building the bundled corpus from a folder of scraped seed texts. Kept apart from the script so the
 * corpus build can grow (quotes, matcher features) while reading seeds stays in one place.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article } from '../types';
import { parseScrapedText } from './scraped';

/**
 * "000_0bb4eac14f98afa7.txt" → "seed-000": ids must be stable across builds (stored reads and
 * matches refer to them), and the running number is the stable part of a seed's name.
 */
export function seedId(file: string): string {
  const base = basename(file).replace(/\.txt$/u, '');
  const num = /^(\d+)/u.exec(base);
  return `seed-${num ? num[1] : base}`;
}

/** Every *.txt seed in seedDir, in file-name order, as an Article. */
export function buildCorpusArticles(seedDir: string): Article[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseScrapedText(readFileSync(join(seedDir, f), 'utf8'), seedId(f)));
}

/** The bundled corpus file's shape; `version` changes when Article's shape does. */
export interface CorpusFile {
  version: 1;
  articles: Article[];
}

/** Serialise deterministically (key order follows Article's construction; two-space indent). */
export function corpusJson(articles: Article[]): string {
  const file: CorpusFile = { version: 1, articles };
  return `${JSON.stringify(file, null, 2)}\n`;
}
