import { describe, expect, it } from 'vitest';
import { messagePieces } from '../../../utils/i18n/slots';

describe('messagePieces', () => {
  it('cuts a message at the slots elements fill, in the language order', () => {
    expect(messagePieces('{outlet} adds:', ['outlet'])).toEqual([{ slot: 'outlet' }, ' adds:']);
    expect(messagePieces('Neu bei {outlet}:', ['outlet'])).toEqual(['Neu bei ', { slot: 'outlet' }, ':']);
    expect(messagePieces('« {text} »', ['text'])).toEqual(['« ', { slot: 'text' }, ' »']);
  });

  it('leaves other slots as text, so a later fill can use them', () => {
    expect(messagePieces('Keep {days} days, at most {max} ({note})', ['days', 'max'])).toEqual(['Keep ', { slot: 'days' }, ' days, at most ', { slot: 'max' }, ' ({note})']);
  });
});
