import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstNamesTable } from '../../../scripts/gen-first-names';
import { firstNameGender } from '../../../utils/quotes/first-name-gender';

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
