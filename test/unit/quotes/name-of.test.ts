import { describe, expect, it } from 'vitest';
import { quotations } from './quotations';
import { looksLikePerson, nameOf } from '../../../utils/quotes/name-of';

describe('looksLikePerson', () => {
  it('groups of people are not a person', () => {
    expect(looksLikePerson('Muslim Americans')).toBe(false);
    expect(looksLikePerson('Armenians')).toBe(false);
    expect(looksLikePerson('Democrats')).toBe(false);
  });
  it('surnames ending in -s still are', () => {
    expect(looksLikePerson('Leon Evans')).toBe(true);
    expect(looksLikePerson('Julia Adams')).toBe(true);
  });
  it('a pronoun is not resolved to a group', () => {
    const text = 'Ann Ross came to the rally with several Muslim Americans. “We are here to stay,” he said.';
    expect(quotations(text)[0]!.speaker).toBeNull();
  });
});

describe('nameOf with a party tag', () => {
  it('drops the parenthesis', () => {
    expect(nameOf('Rep. Jim Ford (D-Ohio)')).toBe('Jim Ford');
  });
});

describe('nameOf', () => {
  it('strips titles, roles and appositives', () => {
    expect(nameOf('NATO Secretary General Jens Stoltenberg')).toBe('Jens Stoltenberg');
    expect(nameOf('the White House press secretary, Jen Psaki')).toBe('Jen Psaki');
    expect(nameOf('Lithuanian President Gitanas Nauseda')).toBe('Gitanas Nauseda');
    expect(nameOf('Ms. Psaki')).toBe('Psaki');
    expect(nameOf('the senior administration official')).toBeNull();
  });
});
