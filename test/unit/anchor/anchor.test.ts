import { describe, expect, it } from 'vitest';
import { anchor } from '../../../utils/anchor/anchor';
import { describeRange, type Selectors } from '../../../utils/anchor/selectors';

const ARTICLE = [
  'The harbour council of Velmora voted on Tuesday to rebuild the old lighthouse on Gull Point.',
  'Mayor Ilse Brandvik said the repairs would cost about 4.2 million crowns and take two summers.',
  '"We owe this to the fishing families who still steer by that light," she told reporters.',
  'Opponents argued that the money should go to the flooded ferry terminal instead.',
  'The vote passed seven to four after a debate that lasted well past midnight.',
].join('\n');

/** Describes the first occurrence of `phrase` in `text`. */
function select(text: string, phrase: string, context = 32): Selectors {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`test setup: ${phrase} not found`);
  return describeRange(text, start, start + phrase.length, context);
}

function slice(text: string, r: { start: number; end: number } | null): string | null {
  return r ? text.slice(r.start, r.end) : null;
}

describe('anchor', () => {
  it('returns the stored position on an unchanged page', () => {
    const sel = select(ARTICLE, 'the repairs would cost about 4.2 million crowns');
    expect(anchor(ARTICLE, sel)).toEqual({ start: sel.position.start, end: sel.position.end, exact: true });
  });

  it('finds the quote when text was inserted before it (stale position)', () => {
    const sel = select(ARTICLE, 'take two summers');
    const edited = `Updated 14:05. Correction appended below.\n${ARTICLE}`;
    const r = anchor(edited, sel);
    expect(r?.exact).toBe(true);
    expect(r?.start).toBe(edited.indexOf('take two summers'));
    expect(slice(edited, r)).toBe('take two summers');
  });

  it('picks, among repeated occurrences, the one whose prefix/suffix agree', () => {
    const text = [
      'In the morning the ferry left on time, the captain said.',
      'At noon the wind rose over the strait.',
      'In the evening the ferry left on time, the harbour master said.',
    ].join('\n');
    const second = text.lastIndexOf('the ferry left on time');
    const sel = describeRange(text, second, second + 'the ferry left on time'.length);
    // Move both sentences: the stored position now points elsewhere.
    const edited = `Live updates.\n${text.replace('At noon', 'Around noon, it seems,')}`;
    const r = anchor(edited, sel);
    expect(r).toEqual({ start: edited.lastIndexOf('the ferry left on time'), end: edited.lastIndexOf('the ferry left on time') + 22, exact: true });
  });

  it('breaks a tie of equal context by nearness to the old position', () => {
    const unit = 'Storm warning. ';
    const text = unit.repeat(10);
    const sel = describeRange(text, 6 * unit.length, 6 * unit.length + 14, 0);
    const edited = `x${text}`;
    expect(anchor(edited, sel)).toEqual({ start: 6 * unit.length + 1, end: 6 * unit.length + 15, exact: true });
  });

  it('finds a highlight whose wording was edited, as an inexact match', () => {
    const sel = select(ARTICLE, 'the repairs would cost about 4.2 million crowns and take two summers');
    const edited = ARTICLE.replace('4.2 million crowns and take two', '4.5 million crowns and take three');
    const r = anchor(edited, sel);
    expect(r?.exact).toBe(false);
    expect(slice(edited, r)).toBe('the repairs would cost about 4.5 million crowns and take three summers');
  });

  it('survives a typo fix inside the highlight together with text inserted before it', () => {
    const text = ARTICLE.replace('fishing families', 'fishnig families');
    const sel = select(text, 'We owe this to the fishnig families who still steer by that light');
    const edited = `Breaking: ${ARTICLE}`;
    const r = anchor(edited, sel);
    expect(r?.exact).toBe(false);
    expect(slice(edited, r)).toBe('We owe this to the fishing families who still steer by that light');
  });

  it('finds a highlight whose whitespace and line breaks changed', () => {
    const phrase = 'Opponents argued that the money should go to the flooded ferry terminal';
    const sel = select(ARTICLE, phrase);
    const edited = ARTICLE.replace(phrase, 'Opponents argued that\nthe money  should go to the\n    flooded\u00a0ferry terminal');
    const r = anchor(edited, sel);
    expect(r?.exact).toBe(false);
    expect(slice(edited, r)?.replace(/\s+/g, ' ')).toBe(phrase);
  });

  it('finds a highlight with both a reflowed line and a changed word', () => {
    const phrase = 'The vote passed seven to four after a debate that lasted well past midnight.';
    const sel = select(ARTICLE, phrase);
    const edited = ARTICLE.replace(phrase, 'The vote passed eight to three\n      after a debate that lasted well past midnight.');
    const r = anchor(edited, sel);
    expect(r?.exact).toBe(false);
    expect(slice(edited, r)?.replace(/\s+/g, ' ')).toBe('The vote passed eight to three after a debate that lasted well past midnight.');
  });

  it('reports a highlight removed from the page as orphaned (null)', () => {
    const phrase = '"We owe this to the fishing families who still steer by that light," she told reporters.';
    const sel = select(ARTICLE, phrase);
    const edited = ARTICLE.replace(`${phrase}\n`, '');
    expect(anchor(edited, sel)).toBeNull();
  });

  it('orphans a highlight rewritten beyond the error budget', () => {
    const sel = select(ARTICLE, 'voted on Tuesday to rebuild the old lighthouse');
    const edited = ARTICLE.replace('voted on Tuesday to rebuild the old lighthouse', 'agreed last week to tear down the old pier');
    expect(anchor(edited, sel)).toBeNull();
  });

  it('does not match a short changed word to an unrelated look-alike elsewhere', () => {
    const sel = select(ARTICLE, 'crowns');
    const edited = ARTICLE.replace('4.2 million crowns', '4.2 million euros') + '\nThe clowns at the fair were not asked.';
    expect(anchor(edited, sel)).toBeNull();
  });

  it('anchors an empty quote at its old position clamped into the text', () => {
    const sel = describeRange(ARTICLE, 10, 10);
    expect(anchor(ARTICLE, sel)).toEqual({ start: 10, end: 10, exact: true });
    expect(anchor('short', sel)).toEqual({ start: 5, end: 5, exact: true });
  });

  it('ignores a stored position that lies outside the text', () => {
    const sel = select(ARTICLE, 'Gull Point');
    const bogus: Selectors = { ...sel, position: { type: 'TextPositionSelector', start: 1e9, end: 1e9 + 10 } };
    expect(slice(ARTICLE, anchor(ARTICLE, bogus))).toBe('Gull Point');
    expect(anchor('', sel)).toBeNull();
  });

  it('returns on a 1 MB text: exact, fuzzy near the old place, and orphaned', () => {
    const filler = 'Lorem harbour ipsum ferry dolor lighthouse sit council amet crowns. ';
    let text = '';
    let i = 0;
    while (text.length < 1_000_000) text += `${filler}(${i++}) `;
    const phrase = 'Mayor Ilse Brandvik said the repairs would cost about 4.2 million crowns';
    const at = 600_000;
    const big = `${text.slice(0, at)} ${phrase} ${text.slice(at)}`;
    const sel = select(big, phrase);

    const shifted = `${'Inserted paragraph. '.repeat(50)}${big}`;
    expect(slice(shifted, anchor(shifted, sel))).toBe(phrase);

    const edited = shifted.replace('4.2 million crowns', '4.7 million crowns');
    const fuzzy = anchor(edited, sel);
    expect(fuzzy?.exact).toBe(false);
    expect(slice(edited, fuzzy)).toBe(phrase.replace('4.2', '4.7'));

    const removed = shifted.replace(phrase, '');
    expect(anchor(removed, sel)).toBeNull();

    const common = select(big, 'ferry dolor');
    expect(anchor(`x${big}`, common)?.exact).toBe(true);
  });

  it('finds an edited highlight far from its old position when the page grew a lot', () => {
    const phrase = 'the repairs would cost about 4.2 million crowns and take two summers';
    const sel = select(ARTICLE, phrase);
    const edited = `${'Reader comments load above the story. '.repeat(3000)}${ARTICLE.replace('two summers', 'three summers')}`;
    const r = anchor(edited, sel);
    expect(r?.exact).toBe(false);
    expect(slice(edited, r)).toBe(phrase.replace('two', 'three'));
  });
});

describe('anchor with look-alikes', () => {
  it('prefers the edited highlight in place over a closer copy of its words elsewhere', () => {
    const phrase = 'the committee would publish its findings before the spring recess';
    const other = 'An earlier draft said the committee would publish its findings before the summer recess, aides recalled.';
    const story = `Reporters at the Velmora town hall heard that ${phrase}, according to two members.`;
    const text = `${other}\n${'Unrelated filler about ferries and gulls. '.repeat(10)}\n${story}`;
    const sel = select(text, phrase);
    // The highlight's own words change more than the copy's do.
    const edited = text.replace(phrase, 'the committee would publish its final report before the spring recess');
    const r = anchor(edited, sel);
    expect(r?.exact).toBe(false);
    expect(slice(edited, r)).toBe('the committee would publish its final report before the spring recess');
  });
});
