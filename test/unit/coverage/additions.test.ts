import { describe, expect, it } from 'vitest';
import { whatOthersAdd } from '../../../utils/coverage/additions';

describe('whatOthersAdd', () => {
  const page = 'President Joe Biden met NATO leaders in Brussels on Thursday. Jens Stoltenberg opened the summit of 30 allies.';
  it('picks the sentences with names and figures the page does not have, with their outlet', () => {
    const others = [
      {
        id: 'b',
        source: 'Other Outlet',
        text:
          'Biden met NATO leaders in Brussels on Thursday for the summit. ' +
          'Four new battlegroups of between 1,000 and 1,500 troops will go to Bulgaria, Hungary, Romania and Slovakia. ' +
          'Lithuanian President Gitanas Nauseda said no one could feel safe now.',
      },
    ];
    const adds = whatOthersAdd(page, others);
    expect(adds.map((a) => a.sentence)).toEqual([
      'Four new battlegroups of between 1,000 and 1,500 troops will go to Bulgaria, Hungary, Romania and Slovakia.',
      'Lithuanian President Gitanas Nauseda said no one could feel safe now.',
    ]);
    expect(adds[0]!.facts).toEqual(expect.arrayContaining(['Bulgaria', 'Slovakia', '1,000', '1,500']));
    expect(adds[0]!.source).toBe('Other Outlet');
    expect(adds.some((a) => a.sentence.startsWith('Biden met'))).toBe(false);
  });
  it('adds nothing when the others repeat the page', () => {
    expect(whatOthersAdd(page, [{ id: 'c', source: null, text: page }])).toEqual([]);
  });
});
