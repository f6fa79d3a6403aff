/**
 * Stories: the corpus grouped once, as articles arrive, so quotes can be stored and grouped per
 * story instead of regrouped on every page view. An article joins the story it matches best *as a
 * whole* (average linkage: the sum of its same-story scores with the story's members over the
 * story's size must reach SAME_STORY), so one close match to one member of a big story is not
 * enough and five stories of one topic do not chain into one; otherwise it opens a story of its
 * own. Stories never merge or split afterwards, except when the reader corrects a
 * pair (utils/coverage/corrections.ts): a story is a stable key, and the per-page decision (the
 * badge, the coverage list) stays the matcher's own, with the reader's corrections applied.
 */
import { groupQuotes, speakerKey } from '../quotes';
import { MatchIndex, type QueryOptions } from '../match/index';
import type { ArticleFeatures } from '../match/types';
import type { StoredQuote, StoredStatement } from '../db/schema';
import type { Match, Quote } from '../types';
import { SAME_STORY } from '../match/tiers';

/**
 * How many of the closest articles are tried before an article opens its own story; a story
 * larger than this is judged on as many of its members (the closest ones).
 */
export const CANDIDATES = 20;

/** The story an article opens when it matches no earlier one. */
export function ownStory(articleId: string): string {
  return `s:${articleId}`;
}

/** Candidates best first, ties by id: the order the match index answers in. */
export function bestFirst(a: Match, b: Match): number {
  return b.score - a.score || (a.id < b.id ? -1 : 1);
}

/**
 * The candidates of each article of a batch (same story, duplicate or related), best first: from the
 * corpus index and from the batch's earlier articles, so a batch of one story forms one story
 * (`batchIndexed`: the batch is in the index already).
 */
export async function storyCandidates(batch: ArticleFeatures[], index: MatchQueries, batchIndexed = false): Promise<Map<string, Match[]>> {
  const out = new Map<string, Match[]>();
  for await (const [id, matches] of storyCandidateSteps(batch, index, batchIndexed)) out.set(id, matches);
  return out;
}

/** What story candidates are read from: the stored index (the engine) or an in-memory one (tests, the CLI). */
export interface MatchQueries {
  query(f: ArticleFeatures, opts: QueryOptions): Promise<Match[]> | Match[];
}

/**
 * storyCandidates one article at a time, so a caller with a long batch (a feed, an import) can let
 * the event loop run between articles.
 */
export async function* storyCandidateSteps(batch: ArticleFeatures[], index: MatchQueries, batchIndexed = false): AsyncGenerator<[string, Match[]]> {
  // Articles already in the index (stories assigned after an upgrade) find each other there.
  const scratch = batch.length > 1 && !batchIndexed ? new MatchIndex() : null;
  for (const f of batch) {
    const found = await index.query(f, { top: CANDIDATES, exclude: [f.id] });
    if (scratch) found.push(...scratch.query(f, { top: CANDIDATES, exclude: [f.id] }));
    // Related ones too: a story is judged on all its members' scores (average linkage).
    yield [f.id, found.sort(bestFirst)];
    scratch?.add(f);
  }
}

/**
 * Story ids for a batch, in batch order: the story with the best average link (the article's
 * same-story scores with its members, summed, over its size — capped at CANDIDATES), when that
 * reaches SAME_STORY; else a story of its own. Stories are the stored ones (`known`, with
 * `sizeOf` their stored sizes) and those given earlier in this batch. `apart` lists, per article,
 * the articles the reader said are not the same story: a story holding one of them is skipped.
 * `together` lists the articles the reader said are the same story: the first of those with a
 * story (not to be avoided) decides, before any average.
 */
export function resolveStories(
  order: string[],
  candidates: Map<string, Match[]>,
  known: Map<string, string>,
  apart: Map<string, string[]> = new Map(),
  sizeOf: (storyId: string) => number = () => 1,
  together: Map<string, string[]> = new Map(),
): Map<string, string> {
  const out = new Map<string, string>();
  const added = new Map<string, number>();
  const storyOf = (id: string) => out.get(id) ?? known.get(id);
  for (const id of order) {
    const avoid = new Set((apart.get(id) ?? []).map(storyOf));
    const chosen = (together.get(id) ?? []).map(storyOf).find((s) => s !== undefined && !avoid.has(s));
    if (chosen) {
      out.set(id, chosen);
      if (!known.has(id)) added.set(chosen, (added.get(chosen) ?? 0) + 1);
      continue;
    }
    // Each candidate once (a batch article can come from the index and from the batch's scratch index).
    const best1 = new Map<string, number>();
    for (const c of candidates.get(id) ?? []) if (c.id !== id) best1.set(c.id, Math.max(best1.get(c.id) ?? 0, Math.min(1, c.score)));
    const sum = new Map<string, number>();
    for (const [other, score] of best1) {
      const story = storyOf(other);
      if (story && !avoid.has(story)) sum.set(story, (sum.get(story) ?? 0) + score);
    }
    // An article already stored in a story is not one of the members it is compared with.
    const own = known.get(id);
    let best: string | undefined;
    let bestLink = 0;
    for (const [story, total] of sum) {
      const size = Math.min(CANDIDATES, Math.max(1, sizeOf(story) + (added.get(story) ?? 0) - (story === own ? 1 : 0)));
      const link = total / size;
      if (link > bestLink || (link === bestLink && best !== undefined && story < best)) [best, bestLink] = [story, link];
    }
    const story = best !== undefined && bestLink >= SAME_STORY ? best : ownStory(id);
    out.set(id, story);
    if (!known.has(id)) added.set(story, (added.get(story) ?? 0) + 1);
  }
  return out;
}

/** A stored quote without its storage keys (every stored quote has its kind and cue since schema version 6). */
function plainQuote(q: StoredQuote): Quote {
  return {
    quote: q.quote, start: q.start, end: q.end, kind: q.kind, cue: q.cue, cueStart: q.cueStart, cueEnd: q.cueEnd,
    speaker: q.speaker, speakerMention: q.speakerMention, speakerStart: q.speakerStart, speakerEnd: q.speakerEnd,
  };
}

/**
 * A story's statements from all its stored quotes: the same words carried by several outlets are
 * one statement, with every outlet's wording kept for the side panel's differences.
 */
export function storyStatements(storyId: string, quotes: StoredQuote[]): StoredStatement[] {
  const sorted = [...quotes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const groups = groupQuotes(sorted.map((q) => ({ articleId: q.articleId, source: q.source ?? null, quote: q })));
  const seen = new Map<string, number>();
  return groups.map((g) => {
    const n = seen.get(g.id) ?? 0;
    seen.set(g.id, n + 1);
    return {
      id: `${storyId}|${g.id}${n ? `-${n}` : ''}`,
      storyId,
      speakerKey: g.speaker ? speakerKey(g.speaker) : '',
      speaker: g.speaker,
      text: g.quote,
      members: g.members.map((m) => ({ quoteKey: (m.quote as StoredQuote).key, articleId: m.articleId, source: m.source, quote: plainQuote(m.quote as StoredQuote) })),
      outlets: g.outlets,
    };
  });
}
