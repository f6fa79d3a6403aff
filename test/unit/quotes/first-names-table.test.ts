import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstNamesTable } from '../../../scripts/gen-first-names';
import fc from 'fast-check';
import { firstNameGender, inSortedNames } from '../../../utils/quotes/first-name-gender';
import { FEMALE_NAMES, MALE_NAMES } from '../../../utils/quotes/first-names-table';

describe('first-name table', () => {
  it('is what the generator makes from the package (run scripts/gen-first-names.ts if not)', () => {
    expect(readFileSync(new URL('../../../utils/quotes/first-names-table.ts', import.meta.url), 'utf8')).toBe(firstNamesTable());
  });
  it('answers from the compact table', () => {
    expect(firstNameGender('Hillary')).toBe('f');
    expect(firstNameGender('Bernie')).toBe('m');
    expect(firstNameGender('Chris')).toBeNull();
    expect(firstNameGender('Zzqx')).toBeNull();
  });
});

describe('a name found in the sorted table by binary search', () => {
  const female = FEMALE_NAMES.split(',');
  const male = MALE_NAMES.split(',');
  const all = new Set([...female, ...male]);

  it('finds every name of both lists, the first and last of each included', () => {
    for (const n of female) expect(inSortedNames(FEMALE_NAMES, n), n).toBe(true);
    for (const n of male) expect(inSortedNames(MALE_NAMES, n), n).toBe(true);
    expect(inSortedNames(FEMALE_NAMES, male[0]!)).toBe(false);
  });

  it('finds nothing the list does not hold: prefixes, extensions, neighbours and random words', () => {
    const probes = [...female.slice(0, 2000), ...male.slice(-2000)].flatMap((n) => [n.slice(0, -1), `${n}a`, `${n}z`, `a${n}`, n.toUpperCase()]);
    for (const p of ['', ',', 'a,b', 'zzzzzz', '{', 'aaaaaa']) probes.push(p);
    for (const p of probes) expect(inSortedNames(FEMALE_NAMES, p) || inSortedNames(MALE_NAMES, p), p).toBe(all.has(p));
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (w) => (inSortedNames(FEMALE_NAMES, w) || inSortedNames(MALE_NAMES, w)) === all.has(w)), { seed: 17 });
  });

  it('works on tiny lists', () => {
    expect(inSortedNames('', 'a')).toBe(false);
    expect(inSortedNames('ann', 'ann')).toBe(true);
    expect(inSortedNames('ann,bob', 'bob')).toBe(true);
    expect(inSortedNames('ann,bob', 'amy')).toBe(false);
    expect(inSortedNames('ann,bob', 'bo')).toBe(false);
    expect(inSortedNames('ann,bob', 'carl')).toBe(false);
  });
});
