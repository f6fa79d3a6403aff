/**
 * What a page's address says about it. Weak evidence on its own (a saved page has none, and sites
 * name their stories in every way), so it only ever adds to the structure the page shows.
 */
import type { PageKind } from './detect';
import type { DetectPhrase } from '../i18n/phrase';

const LIST_PATH = /\/(?:search|tags?|topics?|category|categories|section|sections|author|authors|archive|archives|page\/\d+|latest|index)(?:\/|$|\.)/iu;
const SEARCH_QUERY = /[?&](?:q|query|search|s|keywords?|term)=/iu;
const DATED_PATH = /\/(?:19|20)\d{2}[/-](?:0?[1-9]|1[0-2])(?:[/-](?:0?[1-9]|[12]\d|3[01]))?(?:\/|$)/u;

/** What a page's address says: a home, search or section page (negative), a dated or headline-like story path (positive). */
export function urlSignals(url: string): { score: number; reason: DetectPhrase | null; kind?: PageKind } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { score: 0, reason: null };
  }
  const path = u.pathname.replace(/\/index\.(?:html?|php|aspx?)$/iu, '/');
  if (path === '/' || path === '') return { score: -3, reason: { key: 'detect_why_home_address' }, kind: 'headlines' };
  if (SEARCH_QUERY.test(u.search) || /\/search(?:\/|$)/iu.test(path)) return { score: -3, reason: { key: 'detect_why_search_address' }, kind: 'search' };
  if (LIST_PATH.test(path)) return { score: -2, reason: { key: 'detect_why_section_address' }, kind: 'headlines' };
  if (DATED_PATH.test(path)) return { score: 1, reason: { key: 'detect_why_dated_address' } };
  const parts = path.split('/').filter(Boolean);
  // "/world/", "/es/", "/sport/football/": short word-only folders are section fronts, not stories.
  if (path.endsWith('/') && parts.length <= 2 && parts.every((p) => /^[\p{L}]{1,20}$/u.test(p))) {
    return { score: -2, reason: { key: 'detect_why_front_address' }, kind: 'headlines' };
  }
  const last = parts.pop() ?? '';
  if (last.replace(/\.\w+$/u, '').split(/[-_]/u).filter((w) => /\p{L}/u.test(w)).length >= 4) {
    return { score: 1, reason: { key: 'detect_why_headline_address' } };
  }
  return { score: 0, reason: null };
}

