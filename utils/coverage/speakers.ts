/**
 * Groups the quotations of the page and its same-story coverage by speaker, then by statement,
 * so the side panel can show who said what and how each outlet worded it.
 */
import { canonicalSpeakers, groupQuotes, wordDiff } from '../quotes';
import type { Quote } from '../types';
import type { SpeakerView, StatementView } from './types';

/** A quote with where it was carried. `articleId` is null for the page being read when it is not in the corpus. */
export interface CarriedQuote {
  articleId: string;
  source: string | null;
  quote: Quote;
  onThisPage: boolean;
}

export const UNATTRIBUTED = 'Unattributed';

/** Speaker → statements → carriers, most widely carried first. */
export function speakerViews(items: CarriedQuote[]): SpeakerView[] {
  const canon = canonicalSpeakers(items.map((i) => i.quote.speaker).filter((s): s is string => !!s));
  const onPage = new Set(items.filter((i) => i.onThisPage).map((i) => i.quote));
  const normalised = items.map((i) => ({
    articleId: i.articleId,
    source: i.source,
    quote: { ...i.quote, speaker: i.quote.speaker ? (canon.get(i.quote.speaker) ?? i.quote.speaker) : null },
    original: i.quote,
  }));
  const byOriginal = new Map(normalised.map((n) => [n.quote, n.original]));
  const groups = groupQuotes(normalised.map(({ articleId, source, quote }) => ({ articleId, source, quote })));
  const bySpeaker = new Map<string, StatementView[]>();
  for (const g of groups) {
    const speaker = g.speaker ?? UNATTRIBUTED;
    const carriers = g.members.map((m) => ({
      articleId: m.articleId,
      source: m.source,
      quote: m.quote.quote,
      onThisPage: onPage.has(byOriginal.get(m.quote) ?? m.quote),
      diff: null as StatementView['carriers'][number]['diff'],
    }));
    const own = carriers.find((c) => c.onThisPage);
    const longest = carriers.reduce((a, b) => (b.quote.length > a.quote.length ? b : a), carriers[0]!);
    const text = (own ?? longest).quote;
    for (const c of carriers) {
      const diff = c.quote === text ? null : wordDiff(text, c.quote);
      c.diff = diff && diff.some((d) => d.op !== 'same') ? diff : null;
    }
    const statement: StatementView = { id: g.id, text, carriers };
    const list = bySpeaker.get(speaker) ?? [];
    list.push(statement);
    bySpeaker.set(speaker, list);
  }
  const views = [...bySpeaker.entries()].map(([speaker, statements]) => ({
    speaker,
    statements: statements.sort((a, b) => b.carriers.length - a.carriers.length),
  }));
  const weight = (v: SpeakerView) => v.statements.reduce((n, s) => n + s.carriers.length, 0);
  return views.sort((a, b) => {
    if (a.speaker === UNATTRIBUTED) return 1;
    if (b.speaker === UNATTRIBUTED) return -1;
    return weight(b) - weight(a) || a.speaker.localeCompare(b.speaker);
  });
}
