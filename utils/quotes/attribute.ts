/**
 * Attribution: the words that say who spoke a quoted span. Looks right after the closing mark
 * ("…,” Ms. Psaki said / said Ms. Psaki / he told reporters / according to X), then back to the
 * start of the sentence ("Johnson said Putin “…”", "X: “…”"). Works on short token windows around
 * each quote, so the cost is linear in the article.
 */
import { post, creditLine } from './attribute-post';
import { pre, verbJustBefore } from './attribute-pre';
import { creditAfter, creditBeforeQuote, voxCredits } from './attribute-vox';
import type { QuoteSpan } from './quote-marks';
import type { Mention } from './mention';

export type { Mention } from './mention';
export { sentenceEnd, sentenceStart } from './sentence-bounds';

/**
 * The attributing mention for each quote span (null when none is written next to it).
 * `spans` must be sorted; the previous span bounds the backward search so a split quote's second
 * half finds the attribution between the two halves.
 */
export function attributeSpans(text: string, spans: QuoteSpan[]): (Mention | null)[] {
  const out: (Mention | null)[] = [];
  for (let k = 0; k < spans.length; k++) {
    const q = spans[k]!;
    const next = spans[k + 1];
    const ceil = next && next.para === q.para ? next.openAt : q.paraEnd;
    const prev = spans[k - 1];
    const floor = prev && prev.para === q.para ? prev.closeEnd : q.paraStart;
    const found = verbJustBefore(text, q, floor) ? pre(text, q, floor) ?? post(text, q, ceil) : post(text, q, ceil) ?? pre(text, q, floor);
    // Vox-pop credits ("— Maria Lopez, 34, Phoenix", a name line above) when no speech verb attributes it.
    out.push(found ?? creditAfter(text, q) ?? creditLine(text, q) ?? creditBeforeQuote(text, q));
  }
  return voxCredits(text, spans, out);
}

