/**
 * Who said what across the coverage: statements (the same words carried by several outlets,
 * grouped when the story's articles were stored) arranged by speaker, with each outlet's wording
 * diffed against the one shown, so the side panel can show who said what and how each outlet
 * worded it.
 */
import { canonicalSpeakers, groupQuotes, wordDiff } from '../quotes';
import type { StoredStatement } from '../db/schema';
import type { Quote } from '../types';
import type { SpeakerView, StatementView } from './types';

/** A quote with where it was carried. `articleId` is "" for the page being read when it is not in the corpus. */
export interface CarriedQuote {
  articleId: string;
  source: string | null;
  quote: Quote;
  onThisPage: boolean;
}

export const UNATTRIBUTED = 'Unattributed';

/** One statement before display: its members and the speaker its grouping settled on. */
interface Grouped {
  id: string;
  speaker: string | null;
  members: CarriedQuote[];
}

/** Speaker → statements → carriers, most widely carried first. */
function arrange(groups: Grouped[]): SpeakerView[] {
  const canon = canonicalSpeakers(groups.flatMap((g) => [g.speaker, ...g.members.map((m) => m.quote.speaker)]).filter((s): s is string => !!s));
  const bySpeaker = new Map<string, StatementView[]>();
  for (const g of groups) {
    const raw = g.speaker ?? g.members.find((m) => m.quote.speaker)?.quote.speaker ?? null;
    const speaker = raw ? (canon.get(raw) ?? raw) : UNATTRIBUTED;
    const carriers = g.members.map((m) => ({
      articleId: m.articleId,
      source: m.source,
      quote: m.quote.quote,
      onThisPage: m.onThisPage,
      diff: null as StatementView['carriers'][number]['diff'],
    }));
    const own = carriers.find((c) => c.onThisPage);
    const longest = carriers.reduce((a, b) => (b.quote.length > a.quote.length ? b : a), carriers[0]!);
    const text = (own ?? longest).quote;
    for (const c of carriers) {
      const diff = c.quote === text ? null : wordDiff(text, c.quote);
      c.diff = diff && diff.some((d) => d.op !== 'same') ? diff : null;
    }
    const list = bySpeaker.get(speaker) ?? [];
    list.push({ id: g.id, text, carriers });
    bySpeaker.set(speaker, list);
  }
  const views = [...bySpeaker.entries()].map(([speaker, statements]) => ({
    speaker,
    statements: statements.sort((a, b) => b.carriers.length - a.carriers.length || a.id.localeCompare(b.id)),
  }));
  const weight = (v: SpeakerView) => v.statements.reduce((n, s) => n + s.carriers.length, 0);
  return views.sort((a, b) => {
    if (a.speaker === UNATTRIBUTED) return 1;
    if (b.speaker === UNATTRIBUTED) return -1;
    return weight(b) - weight(a) || a.speaker.localeCompare(b.speaker);
  });
}

/**
 * The side panel's "who said what" from the stored statements of the coverage's stories: only
 * the outlets in `shown` (the page's own article and its same-story coverage) are kept. Loose
 * quotes (those of a page that is not in the corpus, or of an article whose story is not stored
 * yet) join the statement they repeat, or stand alone.
 */
export function speakerViewsFromStatements(statements: StoredStatement[], shown: Set<string>, ownId: string | null, loose: CarriedQuote[] = []): SpeakerView[] {
  const groups: Grouped[] = [];
  for (const s of statements) {
    const members = s.members
      .filter((m) => shown.has(m.articleId))
      .sort((a, b) => (a.quoteKey < b.quoteKey ? -1 : 1))
      .map((m) => ({ articleId: m.articleId, source: m.source, quote: m.quote, onThisPage: m.articleId === ownId }));
    if (members.length) groups.push({ id: s.id, speaker: s.speaker, members });
  }
  if (loose.length) {
    const onPage = new Map(loose.map((i) => [i.quote, i.onThisPage]));
    // Each stored statement takes part through one representative, so a page quote joins at most one.
    const reps = groups.map((g, i) => ({ articleId: `\u0000${i}`, source: null, quote: { ...g.members[0]!.quote, speaker: g.speaker ?? g.members[0]!.quote.speaker } }));
    const joined = groupQuotes([...reps, ...loose.map(({ articleId, source, quote }) => ({ articleId, source, quote }))]);
    for (const j of joined) {
      const page = j.members.filter((m) => !m.articleId.startsWith('\u0000'));
      if (!page.length) continue;
      const rep = j.members.find((m) => m.articleId.startsWith('\u0000'));
      const carried = page.map((m) => ({ ...m, onThisPage: onPage.get(m.quote) ?? false }));
      if (rep) groups[Number(rep.articleId.slice(1))]!.members.unshift(...carried);
      else groups.push({ id: j.id, speaker: j.speaker, members: carried });
    }
  }
  return arrange(groups);
}
