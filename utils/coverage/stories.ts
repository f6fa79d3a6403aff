/**
 * Stories: the corpus grouped once, as articles arrive, so quotes can be stored and grouped per
 * story instead of regrouped on every page view. An article joins the story of its closest
 * earlier article that the matcher calls the same story (or a duplicate of it); otherwise it opens
 * a story of its own. Stories never merge or split afterwards, except when the reader corrects a
 * pair (utils/coverage/corrections.ts): a story is a stable key, and the per-page decision (the
 * badge, the coverage list) stays the matcher's own, with the reader's corrections applied.
 */
import { groupQuotes, speakerKey } from '../quotes';
import { MatchIndex } from '../match/index';
import type { ArticleFeatures } from '../match/types';
import type { StoredQuote, StoredStatement } from '../db/schema';
import type { Match, Quote } from '../types';

/** How many of the closest articles are tried before an article opens its own story. */
const CANDIDATES = 5;

/** The story an article opens when it matches no earlier one. */
export function ownStory(articleId: string): string {
  return `s:${articleId}`;
}

/**
 * The same-story (or duplicate) candidates of each article of a batch, best first: from the
 * corpus index and from the batch's earlier articles, so a batch of one story forms one story
 * (`batchIndexed`: the batch is in the index already).
 */
export function storyCandidates(batch: ArticleFeatures[], index: MatchIndex, batchIndexed = false): Map<string, Match[]> {
  // Articles already in the index (stories assigned after an upgrade) find each other there.
  const scratch = batch.length > 1 && !batchIndexed ? new MatchIndex() : null;
  const out = new Map<string, Match[]>();
  for (const f of batch) {
    const found = index.query(f, { top: CANDIDATES, exclude: [f.id] });
    if (scratch) found.push(...scratch.query(f, { top: CANDIDATES, exclude: [f.id] }));
    out.set(
      f.id,
      found.filter((m) => m.tier !== 'related').sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)),
    );
    scratch?.add(f);
  }
  return out;
}

/**
 * Story ids for a batch, in batch order: the story of the best candidate whose story is known
 * (stored, or given earlier in this batch), else a story of its own. `apart` lists, per article,
 * the articles the reader said are not the same story: a story holding one of them is skipped.
 */
export function resolveStories(order: string[], candidates: Map<string, Match[]>, known: Map<string, string>, apart: Map<string, string[]> = new Map()): Map<string, string> {
  const out = new Map<string, string>();
  const storyOf = (id: string) => out.get(id) ?? known.get(id);
  for (const id of order) {
    const avoid = new Set((apart.get(id) ?? []).map(storyOf));
    let story: string | undefined;
    for (const c of candidates.get(id) ?? []) {
      story = storyOf(c.id);
      if (story && !avoid.has(story)) break;
      story = undefined;
    }
    out.set(id, story ?? ownStory(id));
  }
  return out;
}

function plainQuote(q: StoredQuote): Quote {
  return { quote: q.quote, start: q.start, end: q.end, speaker: q.speaker, speakerMention: q.speakerMention, speakerStart: q.speakerStart, speakerEnd: q.speakerEnd };
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
