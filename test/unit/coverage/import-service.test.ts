import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { importText } from '../../../utils/coverage/import-service';
import { DEFAULT_SETTINGS, mayCollect, normaliseSite, validateSettings } from '../../../utils/coverage/settings';
import { openCrossreadDb } from '../../../utils/db/schema';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
let n = 0;
const line = (o: unknown) => JSON.stringify(o);

describe('importText', () => {
  it('adds the good records, reports the bad ones, and the new articles are found by matching and search', async () => {
    const engine = await CoverageEngine.open(await openCrossreadDb(`imp-${++n}`), bundled);
    const text = [
      line({ id: 'x1', title: 'Stoltenberg warns Russia over chemical weapons', source: 'Example Wire', date: '2022-03-23', text: 'NATO Secretary General Jens Stoltenberg said on Wednesday that any use of chemical weapons by Russia would fundamentally change the nature of the conflict in Ukraine, as President Joe Biden prepared to meet NATO leaders in Brussels for an emergency summit.' }),
      'not json',
      line({ id: 'x2' }),
    ].join('\n');
    const phases = new Set<string>();
    const report = await importText(engine, text, (phase) => () => void phases.add(phase));
    expect(report).toMatchObject({ records: 3, added: 1, replaced: 0 });
    expect(report.rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(phases.has('reading') && phases.has('analysing')).toBe(true);
    expect(engine.size).toBe(5);
    expect((await engine.search('chemical weapons Stoltenberg')).some((h) => h.articleId === 'x1')).toBe(true);
    const again = await importText(engine, line({ id: 'x1', text: 'Replaced text about something else entirely.' }));
    expect(again).toMatchObject({ added: 0, replaced: 1 });
    expect(engine.size).toBe(5);
  });

  it('refuses a file over the size limit with a clear error', async () => {
    const engine = await CoverageEngine.open(await openCrossreadDb(`imp-${++n}`), bundled);
    await expect(importText(engine, 'x'.repeat(50_000_001))).rejects.toThrow(/too large/);
    expect(engine.size).toBe(4);
  });

  it('deletes, clears, restores and exports', async () => {
    const engine = await CoverageEngine.open(await openCrossreadDb(`imp-${++n}`), bundled);
    await engine.removeArticle('seed-000');
    expect(engine.size).toBe(3);
    expect((await engine.listArticles()).map((a) => a.id)).not.toContain('seed-000');
    await engine.clearCorpus();
    expect((await engine.corpusInfo()).articles).toBe(0);
    expect(await engine.search('Biden')).toEqual([]);
    await engine.restoreBundled(bundled);
    expect(engine.size).toBe(4);
    const exported = JSON.parse(await engine.exportCorpus()) as { articles: unknown[]; corrections: unknown[] };
    expect(exported.articles).toHaveLength(4);
    expect(exported.corrections).toEqual([]);
  });
});

describe('settings', () => {
  it('collects nothing until turned on, and never from excluded sites', () => {
    expect(mayCollect({ ...DEFAULT_SETTINGS, collectReading: false }, 'https://news.test/a')).toBe(false);
    const s = validateSettings({ collectReading: true, excludedSites: ['https://www.Private.test/x', 'bad site', 'example.org'] });
    expect(s.excludedSites).toEqual(['private.test', 'example.org']);
    expect(mayCollect(s, 'https://news.test/a')).toBe(true);
    expect(mayCollect(s, 'https://sub.private.test/a')).toBe(false);
    expect(normaliseSite('')).toBeNull();
    expect(() => validateSettings({ collectReading: 'yes', excludedSites: [] })).toThrow(/true or false/);
  });
});
