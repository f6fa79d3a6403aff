import { describe, expect, it } from 'vitest';
import { articleOf, generate, load, pct, topWords } from '../../../../scripts/bench/corpus-gen';

describe('the benches’ generated corpus', () => {
  const base = load();
  const docs = generate(base.length * 2 + 10, base);

  it('starts with the real articles, then copies with new ids: no two articles alike', () => {
    expect(docs.slice(0, base.length)).toEqual(base);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    expect(new Set(docs.map((d) => d.text)).size).toBe(docs.length);
    const copy = docs[base.length]!;
    expect(copy.id).toBe(`${base[0]!.id}#1`);
    expect(copy.text).not.toBe(base[0]!.text);
    expect(copy.source).toBe(base[0]!.source);
  });

  it('is the same on every run', () => {
    expect(generate(base.length + 50, base).slice(-50)).toEqual(docs.slice(base.length, base.length + 50));
  });

  it('makes an importable article and a full-text query of a document', () => {
    const a = articleOf(docs[base.length]!, 5);
    expect(a).toMatchObject({ id: docs[base.length]!.id, origin: 'import', lang: 'en', addedAt: 5, text: docs[base.length]!.text });
    expect(topWords({ title: 'Storm storm storm hits coast', text: 'The coast and the storm.' }, 2)).toBe('storm coast');
  });

  it('reads percentiles by nearest rank', () => {
    expect(pct([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(pct([5, 1, 4, 2, 3], 95)).toBe(5);
  });
});
