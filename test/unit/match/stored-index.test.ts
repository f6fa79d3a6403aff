/**
 * The stored index answers as the in-memory MatchIndex answers over the same articles: the same
 * matches, scores, tiers, reasons and signals, after adds, removals and replacements in batches,
 * on real news (basil-dev and ECB+). And a query reads the store in part.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { featurize } from '../../../utils/match/features';
import { MatchIndex } from '../../../utils/match/index';
import { BLOCK_SIZE } from '../../../utils/match/stored-records';
import { StoredMatchIndex } from '../../../utils/match/stored-index';
import { addKeyRows, keyFrequencies, staleNormsRanges, storedNorms } from '../../../utils/match/stored-norms';
import { applyIndexBatch } from '../../../utils/match/stored-writes';
import type { ArticleFeatures } from '../../../utils/match/types';
import { MapMatchStore } from './map-match-store';

const here = dirname(fileURLToPath(import.meta.url));
const clusters = resolve(here, '../../../../shared/datasets/clusters');

function load(file: string, n: number): ArticleFeatures[] {
  const lines = readFileSync(resolve(clusters, file), 'utf8').split('\n').filter((l) => l.trim());
  return lines.slice(0, n).map((line) => {
    const r = JSON.parse(line) as { id: string; title: string | null; text: string; date: string | null };
    return featurize({ id: r.id, title: r.title ?? '', text: r.text, published: r.date });
  });
}

let features: ArticleFeatures[];

/** What the background refresh does (utils/coverage/norm-refresh.ts), over the map store: stale norms recomputed from every key's frequency. */
function refreshAll(store: MapMatchStore): number {
  const n = store.stateRow!.size;
  const freq = keyFrequencies(store.stateRow!.nextKeyId);
  addKeyRows(freq, store.keyRows.values());
  const { below, above } = staleNormsRanges(n);
  let refreshed = 0;
  for (const d of store.docRows.values())
    if (d.normsAt < below || d.normsAt > above) {
      store.putDoc({ ...d, norms: storedNorms(d, freq, n), normsAt: n });
      refreshed++;
    }
  return refreshed;
}
beforeAll(() => {
  features = [...load('basil-dev.jsonl', 150), ...load('ecbplus.jsonl', 350)];
}, 60_000);

describe('StoredMatchIndex', () => {
  it('answers every query as MatchIndex does after one batch (matches, scores, reasons and signals)', async () => {
    const store = new MapMatchStore();
    await applyIndexBatch(store, [], features);
    const stored = new StoredMatchIndex(() => store);
    const memory = new MatchIndex();
    for (const f of features) memory.add(f);
    expect(stored.size).toBe(0);
    await stored.load();
    expect(stored.size).toBe(features.length);
    let nonEmpty = 0;
    for (const f of features.slice(0, 200)) {
      const expected = memory.rank(f, { top: 50 });
      expect(await stored.rank(f, { top: 50 })).toEqual(expected);
      expect(await stored.query(f, { top: 20 })).toEqual(memory.query(f, { top: 20 }));
      if (expected.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(150);
  }, 60_000);

  it('answers as MatchIndex after removals and replacements in several batches (same history), once stale norms are refreshed', async () => {
    const store = new MapMatchStore();
    const memory = new MatchIndex();
    const first = features.slice(0, 300);
    const later = features.slice(300);
    await applyIndexBatch(store, [], first);
    for (const f of first) memory.add(f);
    const removed = first.filter((_, i) => i % 7 === 3).map((f) => f.id);
    await applyIndexBatch(store, removed, []);
    for (const id of removed) memory.remove(id);
    // A replacement: the same article again (a re-import), with the rest of the corpus.
    const replaced = first.filter((_, i) => i % 11 === 5);
    const batch = [...later, ...replaced];
    await applyIndexBatch(store, [], batch);
    for (const f of batch) memory.add(f);
    const stored = new StoredMatchIndex(() => store);
    await stored.load();
    expect(stored.size).toBe(memory.size);
    const queries = [...features.slice(0, 120), ...later.slice(0, 60)];
    // The first batch's norms were computed at 300 articles, the corpus is at ~460 now: until a refresh they differ.
    const differ = (await Promise.all(queries.map(async (f) => JSON.stringify(await stored.rank(f, { top: 50 })) !== JSON.stringify(memory.rank(f, { top: 50 }))))).filter(Boolean).length;
    expect(differ).toBeGreaterThan(0);
    expect(stored.staleNorms).toBeGreaterThan(0);
    refreshAll(store);
    stored.changed(store.stateRow!);
    for (const f of queries) expect(await stored.rank(f, { top: 50 })).toEqual(memory.rank(f, { top: 50 }));
  }, 60_000);

  it('keeps document frequencies and postings counts equal to what is stored (nothing leaks on removal)', async () => {
    const store = new MapMatchStore();
    await applyIndexBatch(store, [], features.slice(0, 100));
    await applyIndexBatch(store, features.slice(0, 100).map((f) => f.id), []);
    expect(store.docRows.size).toBe(0);
    expect(store.blockRows.size).toBe(0);
    expect([...store.keyRows.values()].every((r) => r.df === 0 && r.posted === 0 && r.last === null)).toBe(true);
    expect(store.stateRow?.size).toBe(0);
  });

  it('keeps postings in blocks of at most BLOCK_SIZE, each key reading as many numbers as it posts', async () => {
    const store = new MapMatchStore();
    // The same article under many ids: each of its keys posts far more than a block.
    const many = Array.from({ length: BLOCK_SIZE * 2 + 10 }, (_, i) => ({ ...features[0]!, id: `copy-${i}` }));
    for (let i = 0; i < many.length; i += 100) await applyIndexBatch(store, [], many.slice(i, i + 100));
    for (const b of store.blockRows.values()) expect(b.docs.length).toBeLessThanOrEqual(BLOCK_SIZE);
    const totals = new Map<number, number>();
    for (const b of store.blockRows.values()) totals.set(b.keyId, (totals.get(b.keyId) ?? 0) + b.docs.length);
    for (const r of store.keyRows.values()) expect(totals.get(r.id) ?? 0).toBe(r.posted);
    expect(Math.max(...[...store.keyRows.values()].map((r) => r.posted))).toBeGreaterThan(BLOCK_SIZE * 2);
  });

  it('reads the store in part: a query reads its own keys and at most 80 candidate records', async () => {
    const store = new MapMatchStore();
    await applyIndexBatch(store, [], features);
    const stored = new StoredMatchIndex(() => store);
    await stored.load();
    Object.assign(store.reads, { keys: 0, blocks: 0, docs: 0 });
    const f = features[10]!;
    expect((await stored.query(f)).length).toBeGreaterThan(0);
    const keys = new Set([...Object.keys(f.names), ...Object.keys(f.terms), ...f.nums, ...Object.keys(f.lead), ...(f.qty ?? []).flatMap((q) => [q, q])]).size;
    expect(store.reads.keys).toBeLessThanOrEqual(keys);
    expect(store.reads.docs).toBeLessThanOrEqual(80);
    expect(store.reads.blocks).toBeLessThanOrEqual(48);
    // The same query again reads nothing (the cache holds it) until a write says otherwise.
    const before = { ...store.reads };
    await stored.query(f);
    expect(store.reads).toEqual(before);
    stored.changed(store.stateRow ?? null);
    await stored.query(f);
    expect(store.reads.keys).toBeGreaterThan(before.keys);
  });
});
