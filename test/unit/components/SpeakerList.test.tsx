// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SpeakerList } from '../../../components/SpeakerList';
import { formatWhen } from '../../../utils/coverage/format';
import type { QuoteCarrier, SpeakerView } from '../../../utils/coverage/types';

const carrier = (c: Partial<QuoteCarrier> & Pick<QuoteCarrier, 'source' | 'quote'>): QuoteCarrier => ({
  articleId: c.source ?? 'x', kind: 'direct', published: null, first: false, onThisPage: false, diff: null, change: null, ...c,
});

/** A statement Reuters paraphrased first and The Times later printed as a quote; AP paraphrased it too. */
const STOLTENBERG: SpeakerView = {
  speaker: 'Jens Stoltenberg',
  pronoun: 'him',
  statements: [
    {
      id: 's1',
      text: 'the allies would discuss efforts to continue supporting Ukraine',
      kind: 'indirect',
      carriers: [
        carrier({ source: 'Reuters', quote: 'the allies would discuss efforts to continue supporting Ukraine', kind: 'indirect', published: '2022-03-10T14:02:00Z', first: true }),
        carrier({
          source: 'The Times',
          quote: 'We will discuss efforts to continue supporting Ukraine',
          published: '2022-03-10T16:30:00Z',
          onThisPage: true,
          change: 'paraphrase-quoted',
          diff: [{ op: 'del', text: 'the allies would' }, { op: 'add', text: 'We will' }, { op: 'same', text: 'discuss efforts to continue supporting Ukraine' }],
        }),
        carrier({ source: 'AP', quote: 'allies would discuss efforts to continue supporting Ukraine', kind: 'mixed', change: 'cut', diff: [{ op: 'del', text: 'the' }, { op: 'same', text: 'allies would discuss efforts to continue supporting Ukraine' }] }),
      ],
    },
    { id: 's2', text: 'We are determined to <b>continue</b>', kind: 'direct', carriers: [carrier({ source: null, quote: 'We are determined to <b>continue</b>' })] },
  ],
};

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.textContent = '';
});

describe('SpeakerList', () => {
  it('marks paraphrase and keeps quotation marks for quotes only; first carrier, summary and labelled diffs', () => {
    const el = root();
    render(<SpeakerList speakers={[STOLTENBERG]} />, el);
    const [reported, quoted] = [...el.querySelectorAll('li.statement')];
    expect(reported!.classList.contains('statement-paraphrase')).toBe(true);
    expect(reported!.querySelector('blockquote')!.textContent).toBe('the allies would discuss efforts to continue supporting Ukraine');
    expect(reported!.querySelector('.statement-meta .chip-paraphrase')!.textContent).toBe('paraphrase');
    expect(reported!.querySelector('.first')!.textContent).toBe(`first: Reuters, ${formatWhen('2022-03-10T14:02:00Z', { locale: 'en-GB' })}`); // the translator's locale (English: en-GB), the reader's zone
    expect(reported!.querySelector('.statement-summary')!.textContent).toBe('The Times quotes him; AP quotes him in part; Reuters paraphrases.');
    const rows = [...reported!.querySelectorAll('ul.variants > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual([
      'The Times: paraphrase printed as a quote “the allies would We will discuss efforts to continue supporting Ukraine ”',
      'AP: paraphrase, partly quoted cut the allies would discuss efforts to continue supporting Ukraine',
    ]);
    expect(quoted!.querySelector('blockquote')!.textContent).toBe('“We are determined to <b>continue</b>”');
    expect(quoted!.querySelector('.statement-meta')).toBeNull();
    expect(quoted!.querySelector('b')).toBeNull(); // page text rendered as text
    expect(quoted!.querySelector('.statement-summary')).toBeNull(); // one outlet, one way: its chip says it
  });
});
