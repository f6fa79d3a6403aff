import { describe, expect, it } from 'vitest';
import { cleanParagraphs, cleanText } from '../../../utils/article/clean';

const BODY = 'The alliance met on Thursday to discuss new support for Ukraine, officials said.';
const body2 = 'Leaders agreed to strengthen the eastern flank and to send more equipment, he said.';

/** Each chrome line alone between two body paragraphs must be removed, the body kept. */
function dropped(line: string): string[] {
  return cleanParagraphs([BODY, line, body2]);
}

describe('cleanParagraphs', () => {
  it.each([
    '34 minutes ago',
    'Updated 2 hours ago',
    'an hour ago',
    'Posted: 3 days ago',
    'Logging in, please wait...',
    '0 archived comments',
    '12 comments',
    'View comments',
    'fbpx',
    '5.9k Share this',
    '1,204 shares',
    'Share on Facebook',
    'Submit a Comment',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'Comments are closed.',
    'Support our non-profit journalism',
    'Sign up for our daily newsletter to get the news in your inbox',
    'Subscribe now',
    'Continue reading on the app',
    'Expand article',
    'Read more',
    'Read More: Biden heads to Brussels for summit',
    'Related Articles',
    'Related: Leaders gather for emergency talks',
    'U.S. flag, Russian Flag, and NATO flag | Image by SB2010 studio',
    'Photo: Jane Doe for the Courier',
    'Image by Jane Doe',
    'President Biden speaks in Brussels on Thursday. (Getty Images)',
    'Leaders pose for a family photo. (AP Photo/Jane Doe)',
    'Advertisement',
    'Story continues below advertisement',
  ])('drops %j', (line) => {
    expect(dropped(line)).toEqual([BODY, body2]);
  });

  it('keeps wire credits and source lines out of the body as metadata', () => {
    const r = cleanText([BODY, body2, 'With Post wires', 'Source: NYPOST']);
    expect(r.paragraphs).toEqual([BODY, body2]);
    expect(r.credits).toEqual(['With Post wires']);
    expect(r.source).toBe('New York Post');
  });

  it('keeps an unknown outlet handle as written instead of guessing', () => {
    expect(cleanText([BODY, 'Source: RIVERSIDE COURIER']).source).toBe('RIVERSIDE COURIER');
  });

  it('takes a "By" line as the byline, but not a generic staff credit', () => {
    expect(cleanText(['By Jane Doe and John Roe', BODY]).byline).toBe('Jane Doe and John Roe');
    const staff = cleanText(['By Staff', BODY]);
    expect(staff.byline).toBeNull();
    expect(staff.paragraphs).toEqual([BODY]);
  });

  it('reads a stated publication date with its year, and nothing from a relative stamp', () => {
    expect(cleanText(['Published March 24, 2022', BODY]).published).toBe('2022-03-24');
    expect(cleanText(['Updated: 2022-03-24T10:15:00-04:00', BODY]).published).toBe('2022-03-24T10:15:00-04:00');
    expect(cleanText(['34 minutes ago', BODY]).published).toBeNull();
  });

  it('drops a lone section label before the body but keeps a subheading inside it', () => {
    expect(cleanParagraphs(['NATO', BODY, 'The summit', body2])).toEqual([BODY, 'The summit', body2]);
  });

  it('keeps a headline-length line at the top', () => {
    const head = 'President Biden attends Emergency NATO Summit';
    expect(cleanParagraphs([head, BODY])).toEqual([head, BODY]);
  });

  it('does not drop body sentences that merely mention the words of a rule', () => {
    const keep = [
      'Comments from officials suggested the talks would continue for weeks, according to people familiar with them.',
      'The photo agency said it had shared more than a million images with newspapers around the world this year.',
      '“Read more history,” she told the students, “and you will understand why this alliance was built.”',
    ];
    expect(cleanParagraphs([BODY, ...keep])).toEqual([BODY, ...keep]);
  });

  it('normalises white space and drops empty paragraphs', () => {
    expect(cleanParagraphs(['  “It’s a compromise,”\u00a0 Zelenskyy said.  ', '', '   '])).toEqual(['“It’s a compromise,” Zelenskyy said.']);
  });

  it('keeps short lines of a page that has no prose at all', () => {
    expect(cleanParagraphs(['Test'])).toEqual(['Test']);
  });
});

describe('source lines', () => {
  it('takes a known handle, a web address or a newspaper name as the outlet', () => {
    expect(cleanText([BODY, 'Source: nytimes.com']).source).toBe('The New York Times');
    expect(cleanText([BODY, 'Source: riverside-courier.com']).source).toBe('riverside-courier.com');
    expect(cleanText([BODY, 'Source: The Riverside Courier']).source).toBe('The Riverside Courier');
  });
  it('keeps a data credit under a chart as a credit, not as the outlet', () => {
    const r = cleanText([BODY, 'Source: NATO.']);
    expect(r.source).toBeNull();
    expect(r.credits).toEqual(['Source: NATO.']);
    expect(r.paragraphs).toEqual([BODY]);
  });
});
