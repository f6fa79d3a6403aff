/**
 * One statement as the side panel shows it: every carrier with its kind and publication time, the
 * one that carried it first marked, and every other version diffed from the one shown with what
 * the difference is (cut, reworded, a paraphrase printed as a quote…).
 */
import { wordDiff } from '../quotes';
import { before, firstIndex, publishedSpan } from './first-carrier';
import { outletName } from './format';
import type { CarriedQuote } from './speakers';
import type { QuoteCarrier, StatementView } from './types';
import { wordingChange } from './wording-change';

/** One statement before display: its members and the speaker its grouping settled on. */
export interface Grouped {
  id: string;
  speaker: string | null;
  members: CarriedQuote[];
}

/** The version a statement is shown in: the earliest, else the page's own, else the longest direct quote, else the longest. */
function baseOf(carriers: QuoteCarrier[], first: number | null): number {
  if (first !== null) return first;
  const own = carriers.findIndex((c) => c.onThisPage);
  if (own >= 0) return own;
  let best = 0;
  for (let i = 1; i < carriers.length; i++) {
    const [c, b] = [carriers[i]!, carriers[best]!];
    const direct = Number(c.kind === 'direct') - Number(b.kind === 'direct');
    if (direct > 0 || (direct === 0 && c.quote.length > b.quote.length)) best = i;
  }
  return best;
}

/** One statement for display: its carriers with kinds and times, the first marked, each diffed from the shown version. */
export function statementView(g: Grouped, published: ReadonlyMap<string, string | null>): StatementView {
  const carriers: QuoteCarrier[] = g.members.map((m) => ({
    articleId: m.articleId,
    source: m.source,
    quote: m.quote.quote,
    kind: m.quote.kind,
    published: published.get(m.articleId) ?? null,
    first: false,
    onThisPage: m.onThisPage,
    diff: null,
    change: null,
  }));
  const spans = carriers.map((c) => publishedSpan(c.published));
  const first = firstIndex(spans, carriers.map((c) => outletName(c.source)));
  const base = baseOf(carriers, first);
  const { quote: text, kind } = carriers[base]!;
  if (first !== null) carriers[first]!.first = true;
  carriers.forEach((c, i) => {
    if (i === base) return;
    const diff = c.quote === text ? null : wordDiff(text, c.quote);
    c.diff = diff && diff.some((d) => d.op !== 'same') ? diff : null;
    c.change = wordingChange(kind, c.kind, c.diff, first !== null && before(spans[base]!, spans[i]!));
  });
  // The shown version first, then the others as they were published (unknown times last), then by outlet.
  const order = carriers.map((_, i) => i).sort((a, b) => {
    if (a === base || b === base) return a === base ? -1 : 1;
    const [sa, sb] = [spans[a], spans[b]];
    if (!sa !== !sb) return sa ? -1 : 1;
    return (sa && sb ? sa[0] - sb[0] : 0) || outletName(carriers[a]!.source).localeCompare(outletName(carriers[b]!.source), 'en') || a - b;
  });
  return { id: g.id, text, kind, carriers: order.map((i) => carriers[i]!) };
}

