/**
 * Orders for the coverage list: by how closely each matches, newest first, or as a timeline of who
 * reported first. Undated articles always come last: their place in time is unknown.
 */
import type { MatchCard } from './types';

export type CoverageOrder = 'relevance' | 'newest' | 'timeline';

function time(c: MatchCard): number | null {
  if (!c.published) return null;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(c.published) ? `${c.published}T12:00:00Z` : c.published);
  return Number.isNaN(t) ? null : t;
}

export function sortCoverage(cards: MatchCard[], order: CoverageOrder): MatchCard[] {
  if (order === 'relevance') return [...cards].sort((a, b) => b.score - a.score);
  const dir = order === 'newest' ? -1 : 1;
  return [...cards].sort((a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (ta === null && tb === null) return b.score - a.score;
    if (ta === null) return 1;
    if (tb === null) return -1;
    return dir * (ta - tb) || b.score - a.score;
  });
}
