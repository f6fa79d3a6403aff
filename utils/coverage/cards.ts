/**
 * Small pure helpers that turn stored articles into what lists show: a card with a snippet that
 * shows why it is there, and dates people can read.
 */
import type { Article, Match } from '../types';
import { sentences } from '../text/segment';
import type { ArticleCard, MatchCard } from './types';

const SNIPPET_MAX = 240;

/** Cuts text at a word boundary with an ellipsis. */
export function truncate(text: string, max = SNIPPET_MAX): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).trimEnd()}…`;
}

/**
 * The sentence of the article that carries most of the shared names and terms, so the snippet
 * shows the reader the overlap instead of a generic lead.
 */
export function bestSnippet(text: string, lang: string | null, hints: string[]): string {
  const lowered = hints.map((h) => h.toLowerCase()).filter((h) => h.length > 1);
  const lead = text.slice(0, 4000);
  if (lowered.length === 0) return truncate(lead);
  let best = '';
  let bestHits = 0;
  for (const s of sentences(lead, lang ?? 'en').slice(0, 40)) {
    const low = s.text.toLowerCase();
    const hits = lowered.reduce((n, h) => n + (low.includes(h) ? 1 : 0), 0);
    if (hits > bestHits) {
      best = s.text;
      bestHits = hits;
    }
  }
  return truncate(best || lead);
}

export function articleCard(a: Article, hints: string[] = []): ArticleCard {
  return {
    id: a.id,
    title: a.title,
    source: a.source,
    published: a.published,
    url: a.url,
    snippet: bestSnippet(a.text, a.lang, hints),
  };
}

export function matchCard(a: Article, m: Match): MatchCard {
  return { ...articleCard(a, [...m.reasons.names, ...m.reasons.terms]), score: m.score, tier: m.tier, reasons: m.reasons };
}
