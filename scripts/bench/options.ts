/**
 * `npm run bench -- options`: imports through the options page, in real Chromium, the way a reader
 * does it (the file field), 10k generated articles into the bundled corpus and 10k more into
 * that: the time from picking the file to the page showing the new count, and the options page's
 * own long tasks meanwhile (what makes it stall: drawing the corpus table, re-drawing it per
 * progress notice). Then the page opened afresh on the 20k corpus: time to its first table row,
 * and the background's answer to the table's list message (the first page, a later page, an outlet
 * filter, a search; a build whose message takes no query answers the whole list to each).
 * BENCH_EXTENSION_DIR points at another build (a baseline's .output/chrome-mv3) to compare.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { uiClient } from '../demo/background-client';
import { launchWithExtension } from '../demo/browser';
import { generate, type Doc } from './corpus-gen';

const BATCH = Number(process.env['BENCH_OPTIONS_BATCH'] ?? 10_000);
const BATCHES = Number(process.env['BENCH_OPTIONS_BATCHES'] ?? 2);
const BUNDLED = 4;

/** Counts the page's long tasks (> 50 ms) from now on: how many, the longest, their sum. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
  });
}
async function longTasks(page: Page): Promise<{ count: number; max: number; sum: number }> {
  const xs = await page.evaluate(() => (window as unknown as { __long: number[] }).__long.splice(0));
  return { count: xs.length, max: Math.round(Math.max(0, ...xs)), sum: Math.round(xs.reduce((a, b) => a + b, 0)) };
}

const countText = (n: number) => `${n.toLocaleString('en')} articles and`;

function file(dir: string, docs: Doc[], i: number): string {
  const path = join(dir, `batch-${i}.jsonl`);
  writeFileSync(path, docs.map((d) => JSON.stringify({ id: d.id, title: d.title, source: d.source, date: d.date, text: d.text })).join('\n'));
  return path;
}

export async function main(): Promise<void> {
  const docs = generate(BATCH * BATCHES);
  const dir = mkdtempSync(join(tmpdir(), 'crossread-options-bench-'));
  const ext = await launchWithExtension({ extensionDir: process.env['BENCH_EXTENSION_DIR'] || undefined, lang: 'en-US' });
  try {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.getByText(countText(BUNDLED)).waitFor({ timeout: 60_000 });
    console.log(`options page import (${process.env['BENCH_EXTENSION_DIR'] ?? 'this build'})`);
    console.log('batch            into     import → count shown   page long tasks (count, longest, sum)');
    for (let b = 0; b < BATCHES; b++) {
      const path = file(dir, docs.slice(b * BATCH, (b + 1) * BATCH), b);
      await watchLongTasks(page);
      const t0 = Date.now();
      await page.locator('input[type=file]').setInputFiles(path);
      await page.getByText(countText(BUNDLED + (b + 1) * BATCH)).waitFor({ timeout: 30 * 60_000 });
      const ms = Date.now() - t0;
      const lt = await longTasks(page);
      console.log(`${String(BATCH).padEnd(8)} ${String(BUNDLED + b * BATCH).padStart(12)} ${(ms / 1000).toFixed(1).padStart(14)} s   ${String(lt.count).padStart(8)} ${String(lt.max).padStart(8)} ms ${String(lt.sum).padStart(8)} ms`);
    }
    // The page opened on the full corpus: navigation to the first row of the table.
    const t0 = Date.now();
    await page.reload();
    await page.locator('table.articles tbody tr').first().waitFor({ timeout: 5 * 60_000 });
    console.log(`options page opened on ${BUNDLED + BATCHES * BATCH} articles → first table row: ${Date.now() - t0} ms; rows drawn: ${await page.locator('table.articles tbody tr').count()}`);
    // The list message as the background answers it (round trip from the options page, median of 5).
    const client = uiClient(page);
    const first = await client.ask('uiListArticles', null);
    const next = first.ok && 'next' in first.value ? first.value.next : null;
    const outlet = docs[0]!.source;
    const word = docs[0]!.title.split(/\s+/).find((w) => /^\p{L}{5,}$/u.test(w)) ?? 'the';
    const queries: [string, Parameters<typeof client.ask<'uiListArticles'>>[1]][] = [
      ['first page', null],
      ['a later page', { after: next }],
      [`outlet ${outlet}`, { filter: { outlet } }],
      [`search "${word}"`, { filter: { search: word } }],
      ['first page + menus', { facets: true }],
    ];
    for (const [name, q] of queries) {
      const ms: number[] = [];
      let size = 0;
      for (let i = 0; i < 5; i++) {
        const t = Date.now();
        const r = await client.ask('uiListArticles', q);
        ms.push(Date.now() - t);
        if (!r.ok) throw new Error(`uiListArticles ${name}: ${r.error}`);
        size = JSON.stringify(r.value).length;
      }
      console.log(`uiListArticles ${name.padEnd(28)} ${String(ms.sort((a, b) => a - b)[2]).padStart(6)} ms (median of 5), answer ${(size / 1024).toFixed(0)} KB`);
    }
  } finally {
    await ext.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
