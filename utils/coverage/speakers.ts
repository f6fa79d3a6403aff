/**
 * Who said what across the coverage: statements (the same words carried by several outlets,
 * quoted or reported, grouped when the story's articles were stored) arranged by speaker, with
 * the outlet that carried each first and how every other version differs from the one shown, so
 * the side panel can show who said what, who had it first and how each outlet worded it.
 */
import { canonicalSpeakers, groupQuotes } from '../quotes';
import type { StoredStatement } from '../db/schema';
import type { Quote } from '../types';
import { pronounOf } from './statement-summary';
import { statementView, type Grouped } from './statement-view';
import { UNATTRIBUTED, type SpeakerView, type StatementView } from './types';

export { UNATTRIBUTED };

/** A quote with where it was carried. `articleId` is "" for the page being read when it is not in the corpus. */
export interface CarriedQuote {
  articleId: string;
  source: string | null;
  quote: Quote;
  onThisPage: boolean;
}

/** Speaker → statements → carriers, most widely carried first. */
function arrange(groups: Grouped[], published: ReadonlyMap<string, string | null>): SpeakerView[] {
  const canon = canonicalSpeakers(groups.flatMap((g) => [g.speaker, ...g.members.map((m) => m.quote.speaker)]).filter((s): s is string => !!s));
  const bySpeaker = new Map<string, { statements: StatementView[]; mentions: (string | null)[] }>();
  for (const g of groups) {
    const raw = g.speaker ?? g.members.find((m) => m.quote.speaker)?.quote.speaker ?? null;
    const speaker = raw ? (canon.get(raw) ?? raw) : UNATTRIBUTED;
    const entry = bySpeaker.get(speaker) ?? { statements: [], mentions: [] };
    entry.statements.push(statementView(g, published));
    entry.mentions.push(...g.members.map((m) => m.quote.speakerMention));
    bySpeaker.set(speaker, entry);
  }
  const views = [...bySpeaker.entries()].map(([speaker, { statements, mentions }]) => ({
    speaker,
    pronoun: speaker === UNATTRIBUTED ? null : pronounOf(mentions),
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
 * yet) join the statement they repeat, or stand alone. `published` gives each article's
 * publication time (articleId → ISO 8601; "" for a page not in the corpus), which decides who
 * carried a statement first; an article missing from it has no known time.
 */
export function speakerViewsFromStatements(
  statements: StoredStatement[],
  shown: Set<string>,
  ownId: string | null,
  loose: CarriedQuote[] = [],
  published: ReadonlyMap<string, string | null> = new Map(),
): SpeakerView[] {
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
    // A direct member when there is one: a page's quotation then meets it word pair by word pair.
    const reps = groups.map((g, i) => {
      const rep = g.members.find((m) => m.quote.kind === 'direct') ?? g.members[0]!;
      return { articleId: `\u0000${i}`, source: null, quote: { ...rep.quote, speaker: g.speaker ?? rep.quote.speaker } };
    });
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
  return arrange(groups, published);
}
