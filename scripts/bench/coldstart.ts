/**
 * Cold start in real Chromium: the reader's corpus grown to 1k and 10k articles (imported through
 * the extension's own import path), then the time from opening a news page to the background's
 * answer, with the service worker warm and after it was stopped (Chrome stops idle workers after
 * 30 s, so the cold case is the common one). The worker restores its match index from the snapshot
 * saved in IndexedDB.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../demo/browser';
import { uiClient } from '../demo/background-client';
import { startDemoServer } from '../demo/server';

const CLUSTERS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'datasets', 'clusters');

/** n articles from the clusters files, copies varied (sentence order, a place name) so none is a duplicate. */
function corpusLines(n: number): string {
  const base = ['basil-dev.jsonl', 'ecbplus.jsonl'].flatMap((f) =>
    readFileSync(join(CLUSTERS, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { title: string | null; source: string | null; text: string }),
  );
  const places = ['Westmere', 'Eastwick', 'Northam', 'Sutton', 'Ravensby', 'Holm', 'Carrow', 'Lindel', 'Marrow', 'Tessel'];
  return Array.from({ length: n }, (_, i) => {
    const a = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    let sentences = a.text.split(/(?<=[.!?])\s+/);
    if (round % 2 === 1) sentences = sentences.reverse();
    const text = round === 0 ? a.text : `${sentences.join(' ')} Reported from ${places[round % places.length]} ${round}.`;
    return JSON.stringify({ id: `bench-${i}`, title: a.title, source: a.source, text });
  }).join('\n');
}

/** Time from navigation to the background holding this tab's result. */
async function pageToResult(ext: ExtensionBrowser, page: Page, url: string): Promise<number> {
  const probe = ext.context.pages()[0]!;
  const start = Date.now();
  await page.goto(url);
  // One round trip per poll: the tab showing `url` is found and asked about in the same call, and only its state comes back.
  const client = uiClient(probe);
  for (;;) {
    const view = await client.peekForTab('uiTabView', url, {}, ['state']).catch(() => null);
    if (view?.ok && view.value['state'] === 'ready') return Date.now() - start;
    if (Date.now() - start > 120_000) throw new Error(`no result for ${url}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function main(): Promise<void> {
  const sizes = (process.env['BENCH_COLD_SIZES'] ?? '1000,10000').split(',').map(Number);
  console.log('size    import (all or nothing)   page → result, warm worker   page → result, after the worker was stopped');
  for (const n of sizes) {
    const server = await startDemoServer();
    const ext = await launchWithExtension();
    try {
      const probe = ext.context.pages()[0] ?? (await ext.context.newPage());
      await probe.goto(`chrome-extension://${ext.extensionId}/options.html`);
      const text = corpusLines(n);
      const t0 = Date.now();
      const report = await uiClient(probe).ask('uiImport', { text, fileName: 'bench.jsonl' });
      const importMs = Date.now() - t0;
      if (!report.ok) throw new Error(`import failed: ${report.error}`);
      await new Promise((r) => setTimeout(r, 4000)); // the index snapshot is saved 2 s after the last change
      const page = await ext.context.newPage();
      await pageToResult(ext, page, `${server.origin}/news/seed-000.html`);
      const warm = await pageToResult(ext, page, `${server.origin}/news/seed-001.html`);
      const cdp = await ext.context.newCDPSession(probe);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 500));
      const cold = await pageToResult(ext, page, `${server.origin}/news/seed-002.html`);
      console.log(`${String(n + 4).padEnd(7)} ${(importMs / 1000).toFixed(1).padStart(8)} s (${report.value.added} added)   ${String(warm).padStart(10)} ms                 ${String(cold).padStart(10)} ms`);
    } finally {
      await ext.close();
      await server.close();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
