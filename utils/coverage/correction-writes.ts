/**
 * The write side's corrections: the reader's verdict on a pair stored with what it does to the
 * stories, in one write (utils/db/corpus.ts correctStories), between the other writes. What a
 * verdict does is decided in corrections.ts (pure); this reads what it decides on.
 */
import { correctStories, getArticle, getArticles, membersOfStory, storiesOf } from '../db/corpus';
import { correctionRow, correctionsOf, pairKey, type Correction } from '../db/corrections';
import type { StoredStory } from '../db/schema';
import type { ImportError } from '../corpus/import';
import { english, type I18n } from '../i18n/translate';
import { mergeMoves, splitMove, type Verdict } from './corrections';
import type { LiveCorpus } from './live-corpus';
import { storyCandidatesOf } from './story-assignment';
import { ownStory, storyStatements } from './stories';

/**
 * The reader's verdict on a pair: `a` the article being read, `b` the match they corrected;
 * `null` undoes it. "same" on two stories merges the smaller into the larger; "different" on one
 * story moves `b` to the story of its best candidate not holding an article it is "different"
 * from, else to a story of its own; undoing "different" lets `b` rejoin its best candidate's story
 * the same way. Undoing "same" moves nothing back (stories never split on their own either).
 */
export async function correctMatch(live: LiveCorpus, a: string, b: string, verdict: Verdict | null, at = Date.now()): Promise<void> {
  // Stories move: not while a batch is choosing its stories.
  await live.oneWriteAtATime(() => correctNow(live, a, b, verdict, at));
}

async function correctNow(live: LiveCorpus, a: string, b: string, verdict: Verdict | null, at: number): Promise<void> {
  const db = live.db;
  if (a === b) throw new Error('An article is always the same story as itself.');
  if (!(await getArticle(db, b))) throw new Error(`No article "${b}" in your corpus.`);
  const stories = await storiesOf(db, [a, b]);
  const sa = stories.get(a);
  const sb = stories.get(b);
  const previous = (await correctionsOf(db, b)).find((c) => c.key === pairKey(a, b));
  let moves: StoredStory[] = [];
  if (verdict === 'same' && sa && sb && sa !== sb) {
    const [ma, mb] = await Promise.all([membersOfStory(db, sa), membersOfStory(db, sb)]);
    moves = mergeMoves({ storyId: sa, members: ma }, { storyId: sb, members: mb });
  } else if (verdict === 'different' && sb && sa === sb) {
    const { candidates, storyOf, avoid } = await storyCandidatesOf(live, b, [{ a, b, verdict, at }]);
    const own = ownStory(b);
    const fresh = own !== sb && (await membersOfStory(db, own)).length === 0 ? own : `${own}~${at.toString(36)}`;
    moves = [splitMove(b, avoid, candidates, storyOf, fresh)];
  } else if (verdict === null && previous?.verdict === 'different' && sb) {
    const { candidates, storyOf, avoid } = await storyCandidatesOf(live, b, [], pairKey(a, b));
    const back = splitMove(b, avoid, candidates, storyOf, sb);
    if (back.storyId !== sb) moves = [back];
  }
  const change = verdict ? { put: correctionRow({ a, b, verdict, at }) } : { remove: pairKey(a, b) };
  await correctStories(db, change, moves, storyStatements);
}

/**
 * Stores imported corrections whose two articles are in the corpus (after the import's articles
 * were stored), each with its effect on the stories, oldest first; the others are reported by
 * their position in the file's "corrections" list and not kept.
 */
export async function importCorrections(live: LiveCorpus, corrections: { index: number; correction: Correction }[], i18n: I18n = english): Promise<{ added: number; rejected: ImportError[] }> {
  const ids = [...new Set(corrections.flatMap(({ correction: c }) => [c.a, c.b]))];
  const known = new Set((await getArticles(live.db, ids)).map((a) => a.id));
  const rejected: ImportError[] = [];
  let added = 0;
  for (const { index, correction: c } of [...corrections].sort((x, y) => x.correction.at - y.correction.at)) {
    const missing = [c.a, c.b].filter((id) => !known.has(id));
    if (missing.length) {
      const articles = i18n.list(missing.map((id) => i18n.t('imp_article_ref', { id })));
      rejected.push({ line: index, message: i18n.plural('imp_not_found', missing.length, { articles }) });
      continue;
    }
    await correctMatch(live, c.a, c.b, c.verdict, c.at);
    added++;
  }
  return { added, rejected: rejected.sort((x, y) => x.line - y.line) };
}
