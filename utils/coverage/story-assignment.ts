/**
 * Which story a stored (or about to be stored) article belongs to, read against the live match
 * index and the stored stories, with the reader's corrections applied (stories.ts decides, this
 * gathers what it decides on). The write side's part of stories: the corpus writes call it
 * between the other writes, so two batches never choose their stories from the same state.
 */
import { articlesWithoutStory, featuresOf, getArticle, getArticles, putStories, storiesOf, storySizes } from '../db/corpus';
import { allCorrections, correctionsOf, type Correction } from '../db/corrections';
import { FEATURES_VERSION, type ArticleFeatures } from '../match/types';
import type { Match } from '../types';
import { apartFrom, correctCandidates, togetherWith } from './corrections';
import { cooperative } from './idle';
import { prepareEntry } from './ingest';
import type { LiveCorpus } from './live-corpus';
import { resolveStories, storyCandidates, storyCandidateSteps, storyStatements } from './stories';

/** Articles given a story per transaction when stories are assigned after an upgrade. */
const STORY_BATCH = 500;

/** Stored features of the current format, else those recomputed from the stored article's text. */
async function currentFeatures(live: LiveCorpus, ids: string[], articles?: Map<string, Parameters<typeof prepareEntry>[0]>): Promise<ArticleFeatures[]> {
  const stored = (await featuresOf(live.db, ids)) as (ArticleFeatures | undefined)[];
  const out: ArticleFeatures[] = [];
  for (const [i, id] of ids.entries()) {
    const f = stored[i];
    out.push(f && f.v === FEATURES_VERSION ? f : (prepareEntry(articles?.get(id) ?? (await getArticle(live.db, id))!).features as ArticleFeatures));
  }
  return out;
}

/**
 * Each article's story: its candidates from the index (or, for a batch of one, `known`: the
 * candidates already read from the index as it is now, by an analysis of the article made before
 * its write), the stored stories of those, then in batch order.
 */
export async function storiesFor(live: LiveCorpus, features: ArticleFeatures[], batchIndexed: boolean, known: ReadonlyMap<string, Match[]> = new Map()): Promise<Map<string, string>> {
  // The reader's corrections overrule the matcher here too, so a re-import or a restart keeps them.
  const corrections = await allCorrections(live.db);
  // Known candidates stand in for a batch of one only: in a longer batch each article also meets the earlier ones.
  const given = features.length === 1 ? known.get(features[0]!.id) : undefined;
  const found = new Map<string, Match[]>(given ? [[features[0]!.id, given]] : []);
  const breathe = cooperative();
  for await (const [id, matches] of given ? [] : storyCandidateSteps(features, live.index, batchIndexed)) {
    found.set(id, matches);
    await breathe();
  }
  const candidates = correctCandidates(found, corrections);
  const apart = apartFrom(corrections);
  const together = togetherWith(corrections);
  const ids = [...candidates.values()].flat().map((m) => m.id).concat(features.flatMap((f) => [...(apart.get(f.id) ?? []), ...(together.get(f.id) ?? [])]));
  const stories = await storiesOf(live.db, [...new Set(ids)]);
  const sizes = await storySizes(live.db, [...new Set(stories.values())]);
  return resolveStories(features.map((f) => f.id), candidates, stories, apart, (story) => sizes.get(story) ?? 0, together);
}

/**
 * Stories for articles stored without one (a corpus written before stories existed, or the
 * bundled articles, stored before the index could match them), oldest first, in batches.
 */
export async function assignMissingStories(live: LiveCorpus): Promise<void> {
  const missing = await articlesWithoutStory(live.db);
  if (!missing.length) return;
  const articles = await getArticles(live.db, missing);
  articles.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
  // Features of an older format were recomputed into the index at start-up; recompute them here too.
  const features = await currentFeatures(live, articles.map((a) => a.id), new Map(articles.map((a) => [a.id, a])));
  const stories = await storiesFor(live, features, true);
  const rows = [...stories].map(([articleId, storyId]) => ({ articleId, storyId }));
  for (let i = 0; i < rows.length; i += STORY_BATCH) await putStories(live.db, rows.slice(i, i + STORY_BATCH), storyStatements);
}

/**
 * One stored article's story candidates, best first, with the stored corrections (and `extra`,
 * less the one keyed `without`) applied; their stories, and the stories it must stay apart from.
 */
export async function storyCandidatesOf(live: LiveCorpus, id: string, extra: Correction[], without?: string): Promise<{ candidates: Match[]; storyOf: Map<string, string>; avoid: Set<string> }> {
  const [features] = await currentFeatures(live, [id]);
  const corrections = [...(await correctionsOf(live.db, id)).filter((c) => c.key !== without), ...extra];
  const candidates = correctCandidates(await storyCandidates([features!], live.index, true), corrections).get(id) ?? [];
  const apart = apartFrom(corrections).get(id) ?? [];
  const storyOf = await storiesOf(live.db, [...candidates.map((c) => c.id), ...apart]);
  return { candidates, storyOf, avoid: new Set(apart.flatMap((x) => storyOf.get(x) ?? [])) };
}
