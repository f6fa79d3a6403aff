/**
 * Properties of the matcher (utils/match: featurize + MatchIndex add/query/remove) on random and
 * adversarial articles: no exceptions, features JSON-serialisable, scores always in [0, 1], ids
 * unique and never the query's own or an excluded id, removed articles never returned, and the
 * index size tracks adds and removes. Where the checks loop over matches, the test also insists
 * some runs returned any, so it cannot pass on empty answers.
 */
import fc from 'fast-check';
import '../../support/fast-check-seed';
import { describe, expect, it } from 'vitest';
import { featurize } from '../../../utils/match/features';
import { MatchIndex } from '../../../utils/match/index';
import { StoredMatchIndex } from '../../../utils/match/stored-index';
import { applyIndexBatch } from '../../../utils/match/stored-writes';
import { MapMatchStore } from '../match/map-match-store';
import type { Match } from '../../../utils/types';
import { adversarialText, anyText, newsLike } from './arbitraries';

const TIERS = new Set(['duplicate', 'same-story', 'related']);

const articleArb = fc.record({
  id: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('a', 'b', 'c', '\u0000query', '__proto__', 'constructor')),
  title: fc.option(adversarialText, { nil: null }),
  text: adversarialText,
  published: fc.option(fc.oneof(fc.constantFrom('2022-03-24', '2022-03-24T10:00:00+01:00', '0000-00-00', '9999-99-99', 'yesterday'), anyText), { nil: null }),
  // Valid and malformed language tags (malformed ones fall back; see lang.test.ts).
  lang: fc.option(fc.oneof(fc.constantFrom('en', 'fr', 'de', 'zh', 'ar', 'en-GB', 'pt_BR', '', 'xx-YY', 'und', 'en us', 'x', '*', 'en.utf8', 'root'), fc.string({ maxLength: 8 })), { nil: null }),
});

/** Holds matches to the invariants; answers how many it checked (a loop over none checks nothing). */
function checkMatches(ms: Match[], queryId: string, exclude: string[], known: Set<string>): number {
  const ids = ms.map((m) => m.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const m of ms) {
    expect(Number.isFinite(m.score)).toBe(true);
    expect(m.score).toBeGreaterThanOrEqual(0);
    expect(m.score).toBeLessThanOrEqual(1);
    expect(TIERS.has(m.tier)).toBe(true);
    expect(m.id).not.toBe(queryId);
    expect(exclude).not.toContain(m.id);
    expect(known.has(m.id)).toBe(true);
    expect(Array.isArray(m.reasons.names) && Array.isArray(m.reasons.terms)).toBe(true);
    expect(m.reasons.days === null || Number.isFinite(m.reasons.days)).toBe(true);
  }
  return ms.length;
}

describe('featurize: properties', () => {
  it('never throws on adversarial articles, and its features survive a JSON round trip (they are stored)', () => {
    fc.assert(
      fc.property(articleArb, (a) => {
        const f = featurize(a);
        expect(f.id).toBe(a.id);
        expect(JSON.parse(JSON.stringify(f))).toEqual(f);
        for (const w of [...Object.values(f.names), ...Object.values(f.terms)]) expect(Number.isFinite(w)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('MatchIndex: properties', () => {
  it('add/query/remove on random corpora: scores in [0, 1], ids unique, exclusions and removals honoured', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.array(articleArb, { minLength: 1, maxLength: 12 }),
        articleArb,
        fc.array(fc.nat(), { maxLength: 4 }),
        (corpus, query, removeAt) => {
          const index = new MatchIndex();
          const known = new Set<string>();
          for (const a of corpus) {
            index.add(featurize(a));
            known.add(a.id);
          }
          // Adding the same id twice replaces, never duplicates.
          expect(index.size).toBe(known.size);
          const removed = removeAt.map((i) => corpus[i % corpus.length]!.id);
          for (const id of removed) {
            index.remove(id);
            known.delete(id);
          }
          expect(index.size).toBe(known.size);
          const exclude = corpus.length > 1 ? [corpus[0]!.id] : [];
          const ms = index.query(featurize(query), { top: 50, exclude });
          checked += checkMatches(ms, query.id, exclude, known);
          for (const id of removed) expect(ms.map((m) => m.id)).not.toContain(id);
          // Every remaining article queried against the rest.
          for (const a of corpus) {
            if (!known.has(a.id)) continue;
            checked += checkMatches(index.query(featurize(a), { top: 50 }), a.id, [], known);
          }
        },
      ),
      { numRuns: 120 },
    );
    expect(checked).toBeGreaterThan(0);
  });

  it('an article queried against a copy of itself under another id: scores in [0, 1], only the copy returned', () => {
    fc.assert(
      fc.property(fc.array(newsLike, { minLength: 3, maxLength: 6 }), (parts) => {
        const text = parts.join('\n\n');
        const index = new MatchIndex();
        index.add(featurize({ id: 'copy', title: null, text, published: null }));
        const orig = featurize({ id: 'orig', title: null, text, published: null });
        // Only an article with a name or a term has something to be found by; news-like text nearly always has some.
        fc.pre(Object.keys(orig.names).length + Object.keys(orig.terms).length > 0);
        const ms = index.query(orig, { minScore: 0 });
        checkMatches(ms, 'orig', [], new Set(['copy']));
        expect(ms.map((m) => m.id)).toEqual(['copy']);
      }),
      { numRuns: 60 },
    );
  });

  it('answers through the stored index (its records structured-cloned, as IndexedDB keeps them) as in memory', async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(articleArb, { minLength: 1, maxLength: 6 }), articleArb, async (corpus, query) => {
        const index = new MatchIndex();
        const features = corpus.map((a) => featurize(a));
        for (const f of features) index.add(f);
        const store = new MapMatchStore();
        await applyIndexBatch(store, [], features);
        const stored = new StoredMatchIndex(() => store);
        expect((await store.state())?.size).toBe(index.size);
        const f = featurize(query);
        const answer = index.query(f, { top: 50 });
        expect(await stored.query(f, { top: 50 })).toEqual(answer);
        answered += answer.length;
      }),
      { numRuns: 60 },
    );
    // Some runs had matches to compare, not only two empty answers.
    expect(answered).toBeGreaterThan(0);
  });
});
