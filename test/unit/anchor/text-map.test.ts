import { describe, expect, it } from 'vitest';
import { buildTextMap, splitRange } from '../../../utils/anchor/text-map';

const parts = [
  { node: 'n0', text: 'Ferries to Osk ' },
  { node: 'n1', text: 'resume on Monday' },
  { node: 'n2', text: ', the port said.' },
];

describe('buildTextMap', () => {
  it('concatenates pieces and records where each node sits', () => {
    const map = buildTextMap(parts);
    expect(map.text).toBe('Ferries to Osk resume on Monday, the port said.');
    expect(map.nodes.map((n) => [n.node, n.start, n.end])).toEqual([['n0', 0, 15], ['n1', 15, 31], ['n2', 31, 47]]);
  });

  it('puts a separator between pieces that belongs to no node', () => {
    const map = buildTextMap([{ node: 'a', text: 'One.' }, { node: 'b', text: 'Two.' }], '\n');
    expect(map.text).toBe('One.\nTwo.');
    expect(map.nodes[1]).toMatchObject({ start: 5, end: 9 });
  });
});

describe('splitRange', () => {
  const map = buildTextMap(parts);

  it('splits a range across 3 nodes into per-node offsets', () => {
    const start = map.text.indexOf('Osk');
    const end = map.text.indexOf('port') + 4;
    const pieces = splitRange(map, start, end);
    expect(pieces).toEqual([
      { index: 0, start: 11, end: 15 },
      { index: 1, start: 0, end: 16 },
      { index: 2, start: 0, end: 10 },
    ]);
    expect(pieces.map((p) => parts[p.index]!.text.slice(p.start, p.end)).join('')).toBe(map.text.slice(start, end));
  });

  it('returns one piece for a range inside one node, skipping nodes touched only at an edge', () => {
    expect(splitRange(map, 15, 31)).toEqual([{ index: 1, start: 0, end: 16 }]);
  });

  it('skips gaps between nodes', () => {
    const gapped = buildTextMap([{ node: 'a', text: 'One.' }, { node: 'b', text: 'Two.' }], '\n');
    expect(splitRange(gapped, 2, 7)).toEqual([
      { index: 0, start: 2, end: 4 },
      { index: 1, start: 0, end: 2 },
    ]);
  });

  it('gives [] for an empty range and clamps out-of-range offsets', () => {
    expect(splitRange(map, 5, 5)).toEqual([]);
    expect(splitRange(map, -10, 3)).toEqual([{ index: 0, start: 0, end: 3 }]);
    expect(splitRange(map, 40, 999)).toEqual([{ index: 2, start: 9, end: 16 }]);
    expect(() => splitRange(map, 9, 2)).toThrow(RangeError);
  });

  it('handles an empty map', () => {
    expect(splitRange({ text: '', nodes: [] }, 0, 10)).toEqual([]);
  });
});
