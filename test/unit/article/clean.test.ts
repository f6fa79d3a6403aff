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
    'Photo: Jane Doe for the Courier',
    'Image by Jane Doe',
    'Advertisement',
    'Story continues below advertisement',
    'Chuck Burton/AP',
    'JIM WATSON/AFP/Getty Images',
    'ASSOCIATED PRESS',
    'Credit...Ed Murray/NJ Advance Media',
    'toggle caption',
    'Play Video',
    '0:00/0:45',
    'Loaded: 0%',
    '+22',
    'Tweet may have been deleted (opens in a new tab)',
    'Embed <iframe src="https://player.example/embed/1" width="100%"></iframe>',
    'ORIGINAL REPORTING ON EVERYTHING THAT MATTERS IN YOUR INBOX.',
    'By signing up, you agree to the Terms of Use and Privacy Policy & to receive electronic communications from us.',
    'Cet article est paru dans notre newsletter « La lettre éco ». Si vous êtes abonné, vous pouvez vous inscrire à cette lettre.',
    'Find us: Twitter / Facebook / Instagram / TikTok',
    'FOLLOW US ON SOCIAL MEDIA',
    'Devenez fan sur , suivez-nous sur',
    'On Twitter: Follow Wendy Koch and get more environment and energy coverage.',
    'We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program.',
    'Categoria: Futebol',
    'About the Author',
    'Sept. 19, 2016',
    'December 6, 2016 — 6:22 PM EST',
    'Publié le 29/10/2012',
    'Mis à jour le 29/10/2012 à 14h03',
    'Updated on September 19 at 3:15 p.m.',
    '저작권자 © 뉴스타운 무단전재 및 재배포 금지',
    'À lire aussi : Notre récit du discours de la maire',
    'Lire aussi Article réservé à nos abonnés Le FMI appelle les gouvernements à ne pas gâcher la reprise',
    '>> A lire aussi: Les supporters ont-ils raison de demander la démission du coach?',
  ])('drops %j', (line) => {
    expect(dropped(line)).toEqual([BODY, body2]);
  });

  it.each([
    ['President Biden speaks in Brussels on Thursday. (Getty Images)', 'President Biden speaks in Brussels on Thursday.'],
    ['Leaders pose for a family photo. (AP Photo/Jane Doe)', 'Leaders pose for a family photo.'],
    ['Facebook CEO Mark Zuckerberg, the man with the acquisition plan. Photo by James Martin/CNET', 'Facebook CEO Mark Zuckerberg, the man with the acquisition plan.'],
    ['As governor, Rockefeller was big on fallout shelters. (Harry Benson/Getty)', 'As governor, Rockefeller was big on fallout shelters.'],
    ['Dylann Roof is escorted from the police department on June 18, 2015. hide caption', 'Dylann Roof is escorted from the police department on June 18, 2015.'],
    ['Patrons dine at the bar on Monday, March 25, 2024. | Source: Morgan Ellis/The Standard', 'Patrons dine at the bar on Monday, March 25, 2024.'],
    ['1Password scannt auch QR-Codes. (Bild: Hersteller)', '1Password scannt auch QR-Codes.'],
  ])('keeps the caption %j without its credit', (line, want) => {
    expect(dropped(line)).toEqual([BODY, want, body2]);
  });

  it.each([
    'Neanderthals. Source: Wikimedia Commons',
    'U.S. flag, Russian Flag, and NATO flag | Image by SB2010 studio',
    'Glass cloche terrariums (Lucy Akins)',
  ])('drops the caption %j: without its credit it is a bare label', (line) => {
    expect(dropped(line)).toEqual([BODY, body2]);
  });

  it('drops a "Read more" label with the headlines under it, and stops at the next body paragraph', () => {
    const r = cleanParagraphs([BODY, 'Veja também', 'Gabriel Diniz registrou voo antes de acidente fatal', 'Quem é Jenifer? A fórmula de sucesso do hit do verão', body2]);
    expect(r).toEqual([BODY, body2]);
    expect(cleanParagraphs([BODY, 'Leia mais:', 'Neymar deixará seleção e irá depor no Rio', body2])).toEqual([BODY, body2]);
  });

  it('with link shares from the page, drops a run of linked headlines but not a linked phrase in prose', () => {
    const heads = ['* By-election candidates invited to pitch for your votes', '* Election 2020: council by-election set for February'];
    expect(cleanParagraphs([BODY, ...heads, body2])).toEqual([BODY, ...heads, body2]);
    expect(cleanText([BODY, ...heads, body2], { linked: [0, 1, 1, 0] }).paragraphs).toEqual([BODY, body2]);
    expect(cleanText([BODY, 'NATO summit', body2], { linked: [0, 1, 0] }).paragraphs).toEqual([BODY, 'NATO summit', body2]);
  });

  it('drops an author bio among the last paragraphs only', () => {
    const bio = 'Laura E. Adkins is the Forward’s contributing network editor. Contact her at adkins@forward.com.';
    expect(cleanParagraphs([BODY, body2, bio])).toEqual([BODY, body2]);
    expect(cleanParagraphs([BODY, 'Jennifer Rubin writes reported opinion from a center-right perspective for The Washington Post.'])).toEqual([BODY]);
    const early = [bio, BODY, body2, BODY + ' Again.', body2 + ' Again.'];
    expect(cleanParagraphs(early)).toEqual(early);
  });

  it('drops a short paragraph repeated inside a longer one (caption, pull quote, summary), keeps two long equal ones', () => {
    const long = 'The summit ended with a joint statement in which leaders pledged more air defence systems and new sanctions on Russian banks, officials said on Friday.';
    const pull = 'leaders pledged more air defence systems and new sanctions on Russian banks';
    expect(cleanParagraphs([BODY, long, pull, body2])).toEqual([BODY, long, body2]);
    const twice = [BODY, long, long];
    expect(cleanParagraphs(twice)).toEqual([BODY, long]);
    const longer = `${long} Ministers from the eastern flank said the decisions came late but were welcome, and that they expected the first deliveries before the winter set in across the region.`;
    expect(cleanParagraphs([BODY, longer, longer])).toEqual([BODY, longer, longer]);
  });

  it('with box hints, takes repeats only from captions, quotes and lists', () => {
    const long = 'The summit ended with a joint statement in which leaders pledged more air defence systems and new sanctions on Russian banks, officials said on Friday.';
    const part = 'Leaders pledged more air defence systems and new sanctions on Russian banks, officials said on Friday.';
    expect(cleanText([BODY, long, part], { boxed: [false, false, false] }).paragraphs).toEqual([BODY, long, part]);
    expect(cleanText([BODY, long, part], { boxed: [false, false, true] }).paragraphs).toEqual([BODY, long]);
  });

  it('keeps body sentences that mention the words of the new rules', () => {
    const keep = [
      'The newsletter, which she started in 2019, now has more subscribers than the local paper, she said.',
      'Follow-up talks are planned for May, when ministers will meet again in Vilnius to review progress.',
      'The plan was approved by 12 votes to 3 (with two abstentions) after a long debate on Tuesday.',
      'Smith, who is a reporter at heart, said the committee should publish every document it holds.',
      'Read more widely, the report suggests that the alliance has been preparing for this for years.',
    ];
    expect(cleanParagraphs([BODY, ...keep, body2])).toEqual([BODY, ...keep, body2]);
  });

  it('reads a byline in other languages and a dateline after the name', () => {
    expect(cleanText(['Por Rafael Brayan em 20:47 de 05/06/19', BODY]).byline).toBe('Rafael Brayan');
    expect(cleanText(['Un texte de Frédéric Zalac d’Enquête', BODY]).byline).toBe('Frédéric Zalac d’Enquête');
    const r = cleanText(['By Simon Sarris · Hundreds of paid subscribers', BODY]);
    expect(r.byline).toBe('Simon Sarris');
    expect(r.paragraphs).toEqual([BODY]);
  });

  it('keeps numbers and short dates in a table', () => {
    expect(cleanParagraphs([BODY, '63', 'April 2014', '4.2.3', body2])).toEqual([BODY, '63', 'April 2014', '4.2.3', body2]);
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
