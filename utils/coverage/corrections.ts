/**
 * The reader's corrections of the matcher ("Not the same story" / "Same story"), applied after
 * every match computation so the matcher never overwrites them: to a page's coverage lists (and so
 * to the badge, which counts `sameStory`), and to the candidates a story is chosen from. Pure: the
 * engine reads the stored corrections and the articles, these functions decide.
 */
import type { Correction } from '../db/corrections';
import type { StoredStory } from '../db/schema';
import type { Match } from '../types';
import { idForUrl } from './ingest';
import type { MatchCard, Subject } from './types';

/** What the reader said about a pair of articles. */
export type Verdict = Correction['verdict'];

/** A page's coverage as the matcher sorted it: what corrections move between. */
export interface CoverageLists {
  sameStory: MatchCard[];
  duplicates: MatchCard[];
  related: MatchCard[];
}

/**
 * The article a correction names for the subject: its corpus id, else the id its URL gets if it is
 * ever collected (so a correction made before still applies then); a selection has none.
 */
export function subjectKey(subject: Subject): string | null {
  if (subject.corpusId) return subject.corpusId;
  return subject.kind !== 'selection' && subject.url ? idForUrl(subject.url) : null;
}

/** Each other article's verdict in the corrections that name `articleId` (the latest wins). */
export function verdictsFor(articleId: string, corrections: readonly Correction[]): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  for (const c of [...corrections].sort((x, y) => x.at - y.at)) {
    const other = c.a === articleId ? c.b : c.b === articleId ? c.a : null;
    if (other !== null && other !== articleId) out.set(other, c.verdict);
  }
  return out;
}

const byScore = (cards: MatchCard[]) => [...cards].sort((x, y) => y.score - x.score);

/**
 * The coverage lists with the reader's verdicts on the subject applied: "different" takes an
 * article out of the same story (and out of "also published by") into the related list, marked;
 * "same" puts it in the same-story list (a duplicate stays a duplicate), marked. `fetched` are
 * cards of articles the reader called the same story that the matcher did not return.
 * Idempotent and undoable: applying it to its own output with other corrections gives the same as
 * applying those to the matcher's lists (each card keeps the matcher's tier; a card listed only
 * because of a correction is dropped when that correction is gone).
 */
export function applyCorrections(lists: CoverageLists, subjectId: string | null, corrections: readonly Correction[], fetched: readonly MatchCard[] = []): CoverageLists {
  const verdicts = subjectId ? verdictsFor(subjectId, corrections) : new Map<string, Verdict>();
  const cards = new Map<string, MatchCard>();
  const plain = ({ correction: _c, ...card }: MatchCard): MatchCard => card;
  for (const c of [...lists.sameStory, ...lists.duplicates, ...lists.related]) {
    if (c.byCorrection && verdicts.get(c.id) !== 'same') continue;
    if (!cards.has(c.id)) cards.set(c.id, plain(c));
  }
  for (const c of fetched) if (!cards.has(c.id) && verdicts.get(c.id) === 'same') cards.set(c.id, { ...plain(c), byCorrection: true });
  const out: CoverageLists = { sameStory: [], duplicates: [], related: [] };
  for (const card of cards.values()) {
    if (card.id === subjectId) continue;
    const verdict = verdicts.get(card.id);
    const shown = verdict ? { ...card, correction: verdict } : card;
    if (verdict === 'different') out.related.push(shown);
    else if (card.tier === 'duplicate') out.duplicates.push(shown);
    else if (verdict === 'same' || card.tier === 'same-story') out.sameStory.push(shown);
    else out.related.push(shown);
  }
  return { sameStory: byScore(out.sameStory), duplicates: byScore(out.duplicates), related: byScore(out.related) };
}

/** Ids the reader called the same story as the subject that are not among the matcher's cards (to fetch by id). */
export function missingSame(lists: CoverageLists, subjectId: string | null, corrections: readonly Correction[]): string[] {
  if (!subjectId) return [];
  const have = new Set([...lists.sameStory, ...lists.duplicates, ...lists.related].map((c) => c.id));
  return [...verdictsFor(subjectId, corrections)].filter(([id, v]) => v === 'same' && !have.has(id) && id !== subjectId).map(([id]) => id);
}

/**
 * Story candidates with the reader's verdicts applied: an article called "different" is never a
 * candidate, one called "same" is the first, so a re-import or a restart never undoes a correction.
 */
export function correctCandidates(candidates: Map<string, Match[]>, corrections: readonly Correction[]): Map<string, Match[]> {
  if (corrections.length === 0) return candidates;
  const out = new Map<string, Match[]>();
  for (const [id, list] of candidates) {
    const verdicts = verdictsFor(id, corrections);
    const same = [...verdicts].filter(([, v]) => v === 'same').map(([other]): Match => ({ id: other, score: 1, tier: 'same-story', reasons: { names: [], terms: [], days: null } }));
    const kept = list.filter((m) => !verdicts.has(m.id));
    out.set(id, [...same, ...kept]);
  }
  return out;
}

/**
 * "Same story" on two articles of different stories: the smaller story joins the larger one (the
 * page article's story moves when they are the same size), so the two stories become one.
 */
export function mergeMoves(a: { storyId: string; members: string[] }, b: { storyId: string; members: string[] }): StoredStory[] {
  if (a.storyId === b.storyId) return [];
  const [from, to] = a.members.length <= b.members.length ? [a, b] : [b, a];
  return from.members.map((articleId) => ({ articleId, storyId: to.storyId }));
}

/** Per article, the articles the reader said are not the same story (a story holding one is never joined). */
export function apartFrom(corrections: readonly Correction[]): Map<string, string[]> {
  return pairedBy(corrections, 'different');
}

/** Per article, the articles the reader said are the same story (their story is joined before any the matcher proposes). */
export function togetherWith(corrections: readonly Correction[]): Map<string, string[]> {
  return pairedBy(corrections, 'same');
}

function pairedBy(corrections: readonly Correction[], verdict: Verdict): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (x: string, y: string) => out.set(x, [...(out.get(x) ?? []), y]);
  for (const c of corrections) {
    if (c.verdict !== verdict) continue;
    add(c.a, c.b);
    add(c.b, c.a);
  }
  return out;
}

/**
 * Where an article goes when a "different" verdict takes it out of its story (or, undone, lets it
 * back): the story of its best candidate (`candidates` corrected, best first) that is not in
 * `avoid` (the stories of the articles it is "different" from), else `fresh`, a story of its own.
 */
export function splitMove(articleId: string, avoid: ReadonlySet<string>, candidates: readonly Match[], storyOf: Map<string, string>, fresh: string): StoredStory {
  for (const c of candidates) {
    if (c.tier === 'related') continue;
    const s = storyOf.get(c.id);
    if (s && !avoid.has(s)) return { articleId, storyId: s };
  }
  return { articleId, storyId: fresh };
}
