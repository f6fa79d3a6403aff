/**
 * A write that follows its story queries takes the key rows those queries read (KnownKeys) and
 * stores exactly what a write reading every row itself stores; rows read under another state of
 * the index are never taken.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { featurize } from '../../../utils/match/features';
import { StoredMatchIndex } from '../../../utils/match/stored-index';
import { applyIndexBatch, type KnownKeys } from '../../../utils/match/stored-writes';
import type { ArticleFeatures } from '../../../utils/match/types';
import { MapMatchStore } from './map-match-store';

const here = dirname(fileURLToPath(import.meta.url));
const clusters = resolve(here, '../../../../shared/datasets/clusters');

let features: ArticleFeatures[];
beforeAll(() => {
  const lines = readFileSync(resolve(clusters, 'basil-dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  features = lines.slice(0, 160).map((line) => {
    const r = JSON.parse(line) as { id: string; title: string | null; text: string; date: string | null };
    return featurize({ id: r.id, title: r.title ?? '', text: r.text, published: r.date });
  });
}, 60_000);

/** Everything a store holds, comparable. */
function contents(store: MapMatchStore) {
  return { state: store.stateRow, keys: [...store.keyRows].sort(), blocks: [...store.blockRows].sort(), docs: [...store.docRows].sort((a, b) => a[0] - b[0]) };
}

async function twoStores(): Promise<[MapMatchStore, MapMatchStore]> {
  const a = new MapMatchStore();
  const b = new MapMatchStore();
  await applyIndexBatch(a, [], features.slice(0, 120));
  await applyIndexBatch(b, [], features.slice(0, 120));
  return [a, b];
}

describe('applyIndexBatch with the key rows its story queries read', () => {
  it('stores what a write reading every row stores, reading fewer rows', async () => {
    const [plain, withKnown] = await twoStores();
    const batch = features.slice(120);
    // The story queries of the batch, as storiesFor makes them before the write.
    const index = new StoredMatchIndex(() => withKnown);
    for (const f of batch) await index.query(f, { top: 20, exclude: [f.id] });
    const before = [plain.reads.keys, withKnown.reads.keys];
    await applyIndexBatch(plain, [], batch);
    await applyIndexBatch(withKnown, [], batch, index.knownKeys());
    expect(contents(withKnown)).toEqual(contents(plain));
    // A replacement too (rows by id are read, the added keys' rows known).
    const again = batch.slice(0, 5).map((f, i) => ({ ...features[i]!, id: f.id }));
    const after = new StoredMatchIndex(() => withKnown);
    for (const f of again) await after.query(f, { top: 20, exclude: [f.id] });
    await applyIndexBatch(plain, [], again);
    await applyIndexBatch(withKnown, [], again, after.knownKeys());
    expect(contents(withKnown)).toEqual(contents(plain));
    expect(withKnown.reads.keys - before[1]!).toBeLessThan(plain.reads.keys - before[0]!);
  });

  it('takes no row read under another state of the index', async () => {
    const [plain, other] = await twoStores();
    const batch = features.slice(120, 130);
    const oldState = { ...other.stateRow!, size: other.stateRow!.size - 1 };
    const bogus: KnownKeys = { state: oldState, row: (key) => ({ key, id: 0, df: 999, posted: 999, last: null }) };
    await applyIndexBatch(plain, [], batch);
    await applyIndexBatch(other, [], batch, bogus);
    expect(contents(other)).toEqual(contents(plain));
    // The same rows under the write's own state would be taken (so the check is what kept them out).
    const [, third] = await twoStores();
    await applyIndexBatch(third, [], batch, { ...bogus, state: third.stateRow! });
    expect(contents(third)).not.toEqual(contents(plain));
  });
});
