/**
 * `npm run corpus`: turn ../shared/seeds/*.txt into assets/corpus.json, the corpus the extension
 * ships. Deterministic, so a rebuild with unchanged seeds leaves the committed file unchanged.
 */

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpusArticles, corpusJson } from '../utils/corpus/build';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = resolve(root, '../shared/seeds');
const outFile = resolve(root, 'assets/corpus.json');

/** Build the corpus file; returns the exit code. */
export function main(): number {
  if (!existsSync(seedDir)) {
    if (existsSync(outFile)) {
      console.log(`corpus: ${seedDir} not found; keeping the committed ${outFile}`);
      return 0;
    }
    console.error(`corpus: ${seedDir} not found and no ${outFile} to keep`);
    return 1;
  }
  const articles = buildCorpusArticles(seedDir);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, corpusJson(articles));
  console.log(`corpus: ${articles.length} articles → ${outFile}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
