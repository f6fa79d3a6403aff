/**
 * The decision thresholds. Scores are probabilities of "same story" (./score.ts), so the
 * thresholds read as such; README.md records how they were chosen on development data.
 */
import type { Tier } from '../types';

/** At or above: the same story. */
export const SAME_STORY = 0.5;
/** At or above (and below SAME_STORY): related coverage, the same topic. Below: not returned. */
export const RELATED = 0.1;
/** Shingle overlap (MinHash Jaccard) at or above which two articles are one text republished. */
export const DUPLICATE_JACCARD = 0.5;

/** The tier for a score and shingle overlap, or null when the pair is not even related. */
export function tierOf(score: number, dup: number): Tier | null {
  if (dup >= DUPLICATE_JACCARD) return 'duplicate';
  if (score >= SAME_STORY) return 'same-story';
  if (score >= RELATED) return 'related';
  return null;
}

/** A duplicate's score: at least the same-story range, rising with the overlap. */
export function duplicateScore(score: number, dup: number): number {
  return Math.max(score, 0.9 + 0.1 * dup);
}
