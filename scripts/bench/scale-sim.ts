/**
 * #17's 1M figure, simulated at the index level: the stored match index (utils/match/stored-*.ts)
 * over an in-memory store, filled with synthetic features, then queried cold and warm. What is
 * simulated, exactly:
 * - the documents: SIM_BASE generated articles (corpus-gen.ts) are featurized for real; document j
 *   is base j mod SIM_BASE, copy k = ⌊j / SIM_BASE⌋, with its name keys (and lead name keys) renamed
 *   to "<name>~<k mod 64>" (a bounded pool of new people and places, so names recur as in a year
 *   of news instead of every copy inventing its own), a quarter of its terms swapped for terms of
 *   other base articles, its day moved by up to 3,000 days and its MinHash signature scrambled (no
 *   near-duplicates). No text, quotes, stories, statements or search: features only.
 * - the store: plain maps (no IndexedDB, no transaction or disk latency), rows cloned in and out as
 *   structured cloning does; every row a query reads is counted, with its v8.serialize bytes.
 * - written by the index's own batch write (applyIndexBatch), 1,000 articles a batch.
 * Cold = a new StoredMatchIndex (empty caches) over the filled store, one query; warm = later queries.
 *   npx tsx --expose-gc scripts/bench/scale-sim.ts              SIM_SIZES=100000,1000000
 * Needs the stored index (commit 8465f95 or later).
 */
import { serialize } from 'node:v8';
import { featurize } from '../../utils/match/features';
import type { MatchStoreWrites } from '../../utils/match/stored-access';
import { StoredMatchIndex } from '../../utils/match/stored-index';
import type { StoredIndexState, StoredMatchBlock, StoredMatchDoc, StoredMatchKey } from '../../utils/match/stored-records';
import { applyIndexBatch } from '../../utils/match/stored-writes';
import type { ArticleFeatures } from '../../utils/match/types';
import { generate, pct, rng } from './corpus-gen';

const BATCH = 1000;
const QUERIES = 200;
const NAME_POOL = 64;

/** Reads counted by kind, with the bytes a structured clone of them takes. */
interface Reads {
  keys: number;
  blocks: number;
  postings: number;
  docs: number;
  bytes: number;
}

/** The stored index's store over maps, with per-key block lists kept sorted (a 1M-row store answers a block lookup by binary search). */
class SimStore implements MatchStoreWrites {
  private stateRow: StoredIndexState | undefined;
  private readonly keyRows = new Map<string, StoredMatchKey>();
  private readonly keyById = new Map<number, StoredMatchKey>();
  private readonly blockRows = new Map<number, StoredMatchBlock[]>();
  private readonly docRows = new Map<number, StoredMatchDoc>();
  private readonly docOfArticle = new Map<string, number>();
  counting = false;
  reads: Reads = { keys: 0, blocks: 0, postings: 0, docs: 0, bytes: 0 };

  private out<T>(v: T, kind: 'keys' | 'blocks' | 'docs', n = 1): T {
    if (this.counting && v !== undefined) {
      this.reads[kind] += n;
      this.reads.bytes += serialize(v).length;
    }
    return structuredClone(v);
  }
  async state() {
    return structuredClone(this.stateRow);
  }
  async keys(keys: readonly string[]) {
    return keys.map((k) => this.out(this.keyRows.get(k), 'keys'));
  }
  async keysById(ids: readonly number[]) {
    return ids.map((id) => this.out(this.keyById.get(id), 'keys'));
  }
  async blocks(keyId: number) {
    const list = this.blockRows.get(keyId) ?? [];
    if (this.counting) this.reads.postings += list.reduce((s, b) => s + b.docs.length, 0);
    return this.out(list, 'blocks', list.length);
  }
  private at(keyId: number, first: number): number {
    const list = this.blockRows.get(keyId) ?? [];
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.first <= first) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
  async block(keyId: number, first: number) {
    const list = this.blockRows.get(keyId) ?? [];
    const i = this.at(keyId, first);
    return this.out(i >= 0 && list[i]!.first === first ? list[i] : undefined, 'blocks');
  }
  async blockHolding(keyId: number, docNo: number) {
    const i = this.at(keyId, docNo);
    return this.out(i >= 0 ? this.blockRows.get(keyId)![i] : undefined, 'blocks');
  }
  async docs(docNos: readonly number[]) {
    return docNos.map((n) => this.out(this.docRows.get(n), 'docs'));
  }
  async docsOf(articleIds: readonly string[]) {
    return articleIds.map((id) => {
      const n = this.docOfArticle.get(id);
      return this.out(n === undefined ? undefined : this.docRows.get(n), 'docs');
    });
  }
  putState(state: StoredIndexState) {
    this.stateRow = structuredClone(state);
  }
  putKey(row: StoredMatchKey) {
    const r = structuredClone(row);
    this.keyRows.set(r.key, r);
    this.keyById.set(r.id, r);
  }
  putBlock(block: StoredMatchBlock) {
    const b = structuredClone(block);
    const list = this.blockRows.get(b.keyId) ?? [];
    this.blockRows.set(b.keyId, list);
    const i = this.at(b.keyId, b.first);
    if (i >= 0 && list[i]!.first === b.first) list[i] = b;
    else list.splice(i + 1, 0, b);
  }
  deleteBlock(keyId: number, first: number) {
    const list = this.blockRows.get(keyId) ?? [];
    const i = this.at(keyId, first);
    if (i >= 0 && list[i]!.first === first) list.splice(i, 1);
  }
  putDoc(doc: StoredMatchDoc) {
    const d = structuredClone(doc);
    this.docRows.set(d.docNo, d);
    this.docOfArticle.set(d.articleId, d.docNo);
  }
  deleteDoc(docNo: number) {
    const d = this.docRows.get(docNo);
    if (d) this.docOfArticle.delete(d.articleId);
    this.docRows.delete(docNo);
  }
  clear() {
    this.stateRow = undefined;
    this.keyRows.clear();
    this.keyById.clear();
    this.blockRows.clear();
    this.docRows.clear();
    this.docOfArticle.clear();
  }
  /** Rows and v8.serialize bytes of the whole store. */
  size(): { keys: number; blocks: number; docs: number; bytes: number } {
    let bytes = 0;
    let blocks = 0;
    for (const r of this.keyRows.values()) bytes += serialize(r).length;
    for (const list of this.blockRows.values())
      for (const b of list) {
        bytes += serialize(b).length;
        blocks++;
      }
    for (const d of this.docRows.values()) bytes += serialize(d).length;
    return { keys: this.keyRows.size, blocks, docs: this.docRows.size, bytes };
  }
}

/** Synthetic document j from the featurized base (see the header for what changes per copy). */
function synthetic(base: ArticleFeatures[], terms: string[], j: number): ArticleFeatures {
  const f = base[j % base.length]!;
  const k = Math.floor(j / base.length);
  if (k === 0) return f;
  const rand = rng(j * 2654435761 + 17);
  const tag = `~${k % NAME_POOL}`;
  const names: Record<string, number> = {};
  for (const [n, w] of Object.entries(f.names)) names[n + tag] = w;
  const termsOut: Record<string, number> = {};
  for (const [t, w] of Object.entries(f.terms)) termsOut[rand() < 0.25 ? terms[Math.floor(rand() * terms.length)]! : t] = w;
  const lead: Record<string, number> = {};
  for (const [key, w] of Object.entries(f.lead)) lead[key.startsWith('n:') ? key + tag : key] = w;
  const shift = Math.floor(rand() * 3000);
  const salt = Math.floor(rand() * 2 ** 32);
  return {
    ...f,
    id: `${f.id}#${k}`,
    day: f.day === null ? null : f.day + shift,
    events: f.events.map((d) => d + shift),
    names,
    terms: termsOut,
    lead,
    minhash: f.minhash.map((h) => (h ^ salt) >>> 0),
    surfaces: {},
  };
}

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** Prints the simulated figures for each size in SIM_SIZES. */
export async function main(): Promise<void> {
  const sizes = (process.env['SIM_SIZES'] ?? '100000,1000000').split(',').map(Number).filter((x) => x > 0);
  const baseN = Number(process.env['SIM_BASE'] ?? 5000);
  const docs = generate(baseN + QUERIES);
  const t0 = performance.now();
  const feats = docs.map((d) => featurize({ id: d.id, title: d.title, text: d.text, published: d.date }));
  console.log(`index-level simulation: ${baseN} base articles featurized (${((performance.now() - t0) / docs.length).toFixed(1)} ms each), ${QUERIES} query articles not in the corpus`);
  const base = feats.slice(0, baseN);
  const queries = feats.slice(baseN);
  const terms = [...new Set(base.flatMap((f) => Object.keys(f.terms)))];
  const store = new SimStore();
  let written = 0;
  const batchMs: number[] = [];
  for (const n of sizes) {
    while (written < n) {
      const batch = Array.from({ length: Math.min(BATCH, n - written) }, (_, i) => synthetic(base, terms, written + i));
      const t = performance.now();
      await applyIndexBatch(store, [], batch);
      batchMs.push(performance.now() - t);
      written += batch.length;
      if (written % 100_000 === 0) console.log(`  … ${written} written, last batch ${batchMs.at(-1)!.toFixed(0)} ms, heap ${heapMB().toFixed(0)} MB`);
    }
    const lastBatches = batchMs.slice(-10);
    const cold: number[] = [];
    const coldReads: Reads[] = [];
    const warm: number[] = [];
    let hits = 0;
    store.counting = true;
    for (let i = 0; i < 50; i++) {
      store.reads = { keys: 0, blocks: 0, postings: 0, docs: 0, bytes: 0 };
      const index = new StoredMatchIndex(() => store);
      const t = performance.now();
      await index.load();
      hits += (await index.query(queries[i]!)).length;
      cold.push(performance.now() - t);
      coldReads.push(store.reads);
    }
    const index = new StoredMatchIndex(() => store);
    await index.load();
    for (const q of queries) await index.query(q);
    for (const q of queries) {
      const t = performance.now();
      await index.query(q);
      warm.push(performance.now() - t);
    }
    store.counting = false;
    const s = store.size();
    const mid = (f: (r: Reads) => number) => pct(coldReads.map(f), 50).toFixed(0);
    console.log(
      [
        `size ${n} (simulated)`,
        `  cold query (new index, empty caches) p50 ${pct(cold, 50).toFixed(1)} ms   p95 ${pct(cold, 95).toFixed(1)} ms   (${(hits / 50).toFixed(1)} matches a query)`,
        `  rows read by a cold query, p50: ${mid((r) => r.keys)} key rows, ${mid((r) => r.blocks)} postings blocks (${mid((r) => r.postings)} postings), ${mid((r) => r.docs)} article records; ${(pct(coldReads.map((r) => r.bytes), 50) / 2 ** 20).toFixed(2)} MB p50, ${(pct(coldReads.map((r) => r.bytes), 95) / 2 ** 20).toFixed(2)} MB p95`,
        `  warm query (same ${QUERIES} queries again) p50 ${pct(warm, 50).toFixed(1)} ms   p95 ${pct(warm, 95).toFixed(1)} ms`,
        `  batch of ${BATCH} into the index at this size: ${pct(lastBatches, 50).toFixed(0)} ms (p50 of the last 10; first batch ${batchMs[0]!.toFixed(0)} ms)`,
        `  stored: ${s.keys} key rows, ${s.blocks} blocks, ${s.docs} article records, ${(s.bytes / 2 ** 20).toFixed(0)} MB (v8.serialize)`,
        `  process heap ${heapMB().toFixed(0)} MB (the whole store is in it: it stands in for the disk)`,
      ].join('\n'),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
