/**
 * The page's verdict as the background takes it from a content script. The content script runs in
 * the page's process, so a hostile or broken page can send anything in its place: the background
 * keeps only a verdict of the known shape and of bounded size before it stores it and the side
 * panel shows it (as text; nothing here is ever markup).
 */
import type { PageKind } from '../article/detect';
import type { Detection } from './types';
import type { DetectionPhrases } from '../article/verdict-words';
import { sanitizePhrase, type DetectPhrase } from '../i18n/phrase';

/** Every kind the detector can say. A `Record` so that a kind added to `PageKind` fails to compile here until it is listed. */
const KINDS: Record<PageKind, true> = {
  article: true,
  headlines: true,
  search: true,
  product: true,
  forum: true,
  docs: true,
  login: true,
  video: true,
  audio: true,
  social: true,
  reference: true,
  other: true,
};

/** Longest summary or reason kept: a phrase, not a page of text. */
export const MAX_PHRASE = 200;
/** Most reasons kept; the detector gives a handful, strongest first. */
export const MAX_REASONS = 12;

function phrase(v: unknown): string {
  if (typeof v !== 'string') return '';
  // Control characters say nothing to a reader; runs of white space are one space.
  const s = v.replace(/[\u0000-\u001f\u007f]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  return s.length > MAX_PHRASE ? `${s.slice(0, MAX_PHRASE - 1).trimEnd()}…` : s;
}

/**
 * The detection a content script sent, made safe to store and show: `isArticle` must be a boolean
 * (else `null`: the message is refused); `kind` one of the known kinds, else `other`, and agreeing
 * with the verdict (`article` exactly when `isArticle`); `confidence`
 * a number clamped to [0, 1] (0.5 when it is none); `summary` a string of at most {@link MAX_PHRASE}
 * characters; `reasons` at most {@link MAX_REASONS} non-empty strings of at most
 * {@link MAX_PHRASE} characters each; `phrases` (the same words as messages) only when they name
 * known messages. Pure: used by the `pageDetected` handler and unit tested.
 */
export function sanitizeDetection(input: unknown): Detection | null {
  if (typeof input !== 'object' || input === null) return null;
  const d = input as Record<string, unknown>;
  if (typeof d['isArticle'] !== 'boolean') return null;
  const known = typeof d['kind'] === 'string' && Object.hasOwn(KINDS, d['kind']) ? (d['kind'] as PageKind) : 'other';
  // The kind agrees with the verdict: an article is of kind 'article', and nothing else is.
  const kind: PageKind = d['isArticle'] ? 'article' : known === 'article' ? 'other' : known;
  const c = d['confidence'];
  const confidence = typeof c === 'number' && !Number.isNaN(c) ? Math.min(1, Math.max(0, c)) : 0.5;
  const reasons = Array.isArray(d['reasons'])
    ? d['reasons']
        .slice(0, MAX_REASONS * 4)
        .map(phrase)
        .filter((r) => r.length > 0)
        .slice(0, MAX_REASONS)
    : [];
  const phrases = phrasesOf(d['phrases']);
  return { isArticle: d['isArticle'], confidence, kind, summary: phrase(d['summary']), reasons, ...(phrases ? { phrases } : {}) };
}

/**
 * The verdict's words as messages (what the side panel says in the reader's language), or none:
 * a known summary message and at most {@link MAX_REASONS} known reasons, their slots bounded as
 * the English phrases are. Anything else and the panel shows the English fields.
 */
function phrasesOf(v: unknown): DetectionPhrases | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const p = v as Record<string, unknown>;
  const summary = sanitizePhrase(p['summary'], phrase);
  if (!summary || !Array.isArray(p['reasons'])) return undefined;
  const reasons = p['reasons']
    .slice(0, MAX_REASONS * 4)
    .map((r) => sanitizePhrase(r, phrase))
    .filter((r): r is DetectPhrase => r !== null)
    .slice(0, MAX_REASONS);
  return { summary, reasons };
}
