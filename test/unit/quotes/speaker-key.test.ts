import { describe, expect, it } from 'vitest';
import { speakerKey } from '../../../utils/quotes/speaker-key';
import { nameWordKey } from '../../../utils/text/name-key';
import { fold } from '../../../utils/text/normalize';

describe('speakerKey', () => {
  it('folds titles and first names of one person', () => {
    const k = speakerKey('Biden');
    expect(speakerKey('Mr. Biden')).toBe(k);
    expect(speakerKey('President Joe Biden')).toBe(k);
    expect(speakerKey('Joseph R. Biden Jr.')).toBe(k);
  });
  it('folds transliteration variants', () => {
    const k = speakerKey('Zelensky');
    expect(speakerKey('Zelenskyy')).toBe(k);
    expect(speakerKey('Zelenskiy')).toBe(k);
    expect(speakerKey('Volodymyr Zelenskyy')).toBe(k);
    expect(speakerKey('Ukrainian President Volodymyr Zelensky')).toBe(k);
  });
  it('keeps different surnames apart', () => {
    expect(speakerKey('Jen Psaki')).not.toBe(speakerKey('Joe Biden'));
    expect(speakerKey('Stoltenberg')).not.toBe(speakerKey('Zelensky'));
  });
  it('is the matcher\'s key of the surname: one person in matching and in quotes', () => {
    for (const name of ['Zelenskyy', 'Zelenskiy', 'Selenskyj', 'Müller', 'Mueller', 'Schröder', 'Erdoğan', 'Łukasz Kowalski']) {
      const surname = name.split(' ').at(-1)!;
      expect(speakerKey(name)).toBe(nameWordKey(fold(surname)));
    }
    expect(speakerKey('Volodymyr Zelenskyy')).toBe('zelensky');
    expect(speakerKey('Mr. Mueller')).toBe(speakerKey('Robert Müller'));
  });
  it('keeps apart surnames that only a coarser fold would join', () => {
    expect(speakerKey('Sadiq Khan')).not.toBe(speakerKey('Han'));
    expect(speakerKey('James Baker')).not.toBe(speakerKey('Dan Backer'));
    expect(speakerKey('Muhammad Ali')).not.toBe(speakerKey('a Trump ally'));
  });
  it('keys a source that is no name as written, letters only', () => {
    expect(speakerKey('the lawyers')).toBe('lawyers');
    expect(speakerKey('a senior administration official')).toBe(speakerKey('the senior administration official'));
    expect(speakerKey('the U.S. officials')).toBe(speakerKey('U.S. officials'));
  });
});
