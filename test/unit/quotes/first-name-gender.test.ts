import { describe, expect, it } from 'vitest';
import { firstNameGender } from '../../../utils/quotes/first-name-gender';
import { quotations } from './quotations';

describe('firstNameGender', () => {
  it('knows common English first names', () => {
    expect(firstNameGender('Hillary')).toBe('f');
    expect(firstNameGender('donald')).toBe('m');
    expect(firstNameGender('Bernie')).toBe('m');
  });
  it('leaves initials, unknown and unisex names undecided', () => {
    expect(firstNameGender('J')).toBeNull();
    expect(firstNameGender('Xqzt')).toBeNull();
    expect(firstNameGender('Kim')).toBeNull();
  });
});

describe('pronouns follow the gender of the given name', () => {
  it('"she" skips a more recent man', () => {
    const text = 'Maria Lopez spoke after Senator Paul Ortiz on Friday. “We need more money for the schools,” she said.';
    expect(quotations(text)[0]!.speaker).toBe('Maria Lopez');
  });
  it('"he" skips a more recent woman', () => {
    const text = 'Daniel Brooks shook hands with Governor Emily Shaw at the rally. “This state deserves better roads,” he said.';
    expect(quotations(text)[0]!.speaker).toBe('Daniel Brooks');
  });
});
