/**
 * Why a match matched and what speaks against it, in the reader's terms (the side panel shows
 * them): the shared names and terms as the query writes them, the event days both state, and every
 * contradiction with the values that disagree.
 */
import type { Contradiction, MatchReasons } from '../types';
import type { IndexedArticle } from './indexed-article';
import { clashingUnit, closestEvents, type SharedKeys } from './pair-signals';
import type { PreparedQuery } from './prepared-query';
import { EVENT_SAME_DAYS, type PairSignals } from './score';
import type { ArticleFeatures } from './types';
import { YEAR_PREFIX } from './vocabulary';
import { weekdaysOf } from './weekday-bits';

/** Shared names shown per match, and shared terms. */
const SHOWN_NAMES = 6;
const SHOWN_TERMS = 8;

/** Days since the epoch as an ISO date. */
function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The shared keys that contributed most, as the query writes them (`surfaceOf`), at most `limit`,
 * skipping one that another shown already contains as a word ("Biden" after "Joe Biden").
 */
function mostShared(shared: number[], keyOf: readonly string[], limit: number, surfaceOf: (key: string) => string | undefined): string[] {
  const byContribution: [string, number][] = [];
  for (let i = 0; i < shared.length; i += 2) byContribution.push([keyOf[shared[i]!]!, shared[i + 1]!]);
  byContribution.sort((a, b) => b[1] - a[1]);
  const out: string[] = [];
  const shownLower: string[] = [];
  for (const [key] of byContribution) {
    const surface = surfaceOf(key) ?? key;
    const lower = surface.toLowerCase();
    if (shownLower.some((x) => x === lower || x.endsWith(` ${lower}`) || x.startsWith(`${lower} `))) continue;
    shownLower.push(lower);
    out.push(surface);
    if (out.length >= limit) break;
  }
  return out;
}

/** The contradictions the signals found, with the values that disagree (for the reader to check). */
function contradictions(query: PreparedQuery, article: IndexedArticle, signals: PairSignals, events: [number, number] | null, keyOf: readonly string[]): Contradiction[] {
  const f: ArticleFeatures = query.features;
  const out: Contradiction[] = [];
  if (events && signals.eventGap !== null && signals.eventGap > EVENT_SAME_DAYS) out.push({ kind: 'event-days', query: (f.events ?? []).map(isoDay), match: Array.from(article.events, isoDay) });
  if (signals.yearClash) out.push({ kind: 'years', query: f.nums.filter((k) => k[0] === YEAR_PREFIX).map((k) => k.slice(1)), match: Array.from(article.yearIds, (id) => keyOf[id]!.slice(1)) });
  if (signals.dayClash) out.push({ kind: 'weekdays', query: (f.leadDays ?? []).map((k) => k.slice(1)), match: weekdaysOf(article.leadWeekdays) });
  const unitId = signals.qtyClash ? clashingUnit(query, article) : -1;
  if (unitId >= 0) {
    const unit = keyOf[unitId]!;
    // Shown as the text writes the unit ("people", not the stem "peopl").
    const show = (k: string): string => `${k.slice(k.indexOf('=') + 1)} ${f.surfaces[`t:${unit}`] ?? unit}`;
    const match: string[] = [];
    for (let i = 0; i < article.unitIds.length; i++) if (article.unitIds[i] === unitId) match.push(show(keyOf[article.qtyIds[i]!]!));
    out.push({ kind: 'quantity', query: (f.qty ?? []).filter((k) => k.startsWith(`${unit}=`)).map(show), match });
  }
  return out;
}

/** A match's reasons: what the pair shares (`shared`, from pairSignals) and what contradicts it. */
export function matchReasons(query: PreparedQuery, article: IndexedArticle, shared: SharedKeys, signals: PairSignals, keyOf: readonly string[]): MatchReasons {
  const f = query.features;
  const events = closestEvents(f.events ?? [], article.events);
  return {
    names: mostShared(shared.names, keyOf, SHOWN_NAMES, (k) => f.surfaces[k]),
    terms: mostShared(shared.terms, keyOf, SHOWN_TERMS, (k) => f.surfaces[`t:${k}`]),
    days: signals.days,
    eventDays: events ? [isoDay(events[0]), isoDay(events[1])] : null,
    contradictions: contradictions(query, article, signals, events, keyOf),
  };
}
