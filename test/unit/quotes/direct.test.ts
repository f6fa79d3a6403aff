import { describe, expect, it } from 'vitest';
import { quotations } from './quotations';

const q = (text: string) => quotations(text).map((x) => x.quote);
const qs = (text: string) => quotations(text).map((x) => [x.quote, x.speaker] as const);

describe('scare quotes and titles', () => {
  it('drops a few words with no speaker and no speech verb', () => {
    expect(q('After a “family photo” on Thursday, leaders met.')).toEqual([]);
    expect(q('NATO has ruled out a “no-fly zone” over Ukraine.')).toEqual([]);
    expect(q('They do not want “World War III.”')).toEqual([]);
  });
  it('drops show and film titles', () => {
    expect(q('Speaking on ABC’s “This Week,” Carson admitted the error.')).toEqual([]);
    expect(q('The “Avatar” star posted a long message.')).toEqual([]);
  });
  it('keeps short partial quotes governed by a speech verb', () => {
    expect(qs('Biden told reporters there is a “real threat” of chemical weapons.')).toEqual([['real threat', 'Biden']]);
  });
  it('keeps a short quote framed by an attribution', () => {
    expect(qs('“Never,” Smith said.')).toEqual([['Never', 'Smith']]);
  });
});
