/**
 * Cross-outlet quote groups: the same statement carried by several outlets is one group even
 * when the wording differs a little, one outlet quotes only part of it, or one reports it in its
 * own words ("Stoltenberg said the allies would…" beside "We will…," Stoltenberg said), so the
 * side panel can show one statement with every outlet that carried it and how each worded it.
 */
import type { Quote } from '../types';
import { canonicalSpeakers } from './canonical';
import { speakerKey } from './speaker-key';
import { fnv1a } from '../text/hash';
import { paraphraseLinks } from './content-words';
import { sharedWithEarlier } from './postings';

/** One outlet's rendering of a grouped statement. */
export interface QuoteGroupMember {
  articleId: string;
  source: string | null;
  quote: Quote;
}

/** One statement across outlets. */
export interface QuoteGroup {
  /** Stable for the same speaker and wording, so the store can key on it. */
  id: string;
  /** Canonical speaker (fullest name seen), or null when no member names one. */
  speaker: string | null;
  /** The wording most outlets used (a direct quote's before a paraphrase's; ties: the longest), for the UI to diff members against. */
  quote: string;
  members: QuoteGroupMember[];
  /** Distinct outlets (sources, else article ids) carrying it. */
  outlets: number;
}

function normWords(s: string): string[] {
  return (s.normalize('NFKC').toLowerCase().replace(/[’‘]/gu, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []);
}

function bigrams(w: string[]): Set<string> {
  const out = new Set<string>();
  if (w.length === 1) out.add(w[0]!);
  for (let i = 0; i + 1 < w.length; i++) out.add(w[i] + ' ' + w[i + 1]);
  return out;
}

function hash(s: string): string {
  return fnv1a(s).toString(36);
}

/** Share of the shorter quote's word pairs found in the other: 1 for containment, high for one changed word. */
const SAME_STATEMENT = 0.6;
/** This many shared word pairs make one statement even when each outlet quoted a different part. */
const LONG_SHARED = 6;
/**
 * Group quotes from many articles into statements. Two quotes join when their speakers are not
 * known to differ and they carry the same words: two direct quotes when most word pairs of the
 * shorter one occur in the longer one; a paraphrase (indirect or mixed) and another version when
 * their content words meet, largely in the same order (content-words.ts), since reported speech
 * rewrites person, tense and function words. Distinct statements by one speaker share few word
 * pairs or content words and stay apart, and a paraphrase never merges two direct statements that
 * stayed apart: it joins the one it reports best.
 */
export function groupQuotes(items: QuoteGroupMember[]): QuoteGroup[] {
  const canon = canonicalSpeakers(items.map((x) => x.quote.speaker).filter((s): s is string => !!s));
  const speakers = items.map((x) => (x.quote.speaker ? canon.get(x.quote.speaker) ?? x.quote.speaker : null));
  const words = items.map((x) => normWords(x.quote.quote));
  const direct = items.map((x) => x.quote.kind === 'direct');
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const sameSpeaker = (i: number, j: number): boolean => {
    const a = speakers[i];
    const b = speakers[j];
    return !(a && b && a !== b); // a different key, or the same surname of different people
  };
  // Direct quotes against direct quotes: shared word pairs, as always.
  const grams = words.map((w, i) => (direct[i] ? bigrams(w) : new Set<string>()));
  const pairPostings = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    if (!direct[i]) continue;
    for (const [j, n] of sharedWithEarlier(pairPostings, grams[i]!, i, () => true)) {
      const small = Math.min(grams[i]!.size, grams[j]!.size);
      if (small === 0) continue;
      if ((n / small < SAME_STATEMENT && !(n >= LONG_SHARED && n / small >= 0.4)) || (small > 1 && n < 2)) continue;
      if (sameSpeaker(i, j)) parent[find(i)] = find(j);
    }
  }
  // A paraphrase against any other version: content words, best-reported statement first. A link
  // joins two groups only when they hold no two different direct statements and no two different
  // known speakers (a paraphrase with no speaker would otherwise chain one person's words to another's).
  const directRoot = items.map((_, i) => (direct[i] ? find(i) : -1));
  const CONFLICT = '\u0000';
  const speakerRoot = items.map((): string | null => null);
  for (let i = 0; i < items.length; i++) {
    const r = find(i);
    const s = speakers[i];
    if (s) speakerRoot[r] = speakerRoot[r] === null || speakerRoot[r] === s ? s : CONFLICT;
  }
  const links = paraphraseLinks(items.map((x) => x.quote.quote), (i, j) => (!direct[i] || !direct[j]) && sameSpeaker(i, j));
  for (const [i, j] of links) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const [di, dj] = [directRoot[ri]!, directRoot[rj]!];
    if (di >= 0 && dj >= 0 && di !== dj) continue;
    const [si, sj] = [speakerRoot[ri]!, speakerRoot[rj]!];
    if (si !== null && sj !== null && (si !== sj || si === CONFLICT)) continue;
    parent[ri] = rj;
    directRoot[rj] = dj >= 0 ? dj : di;
    speakerRoot[rj] = sj ?? si;
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < items.length; i++) {
    const r = find(i);
    const list = byRoot.get(r) ?? [];
    list.push(i);
    byRoot.set(r, list);
  }
  const groups: QuoteGroup[] = [];
  for (const idx of byRoot.values()) {
    const spk = new Map<string, number>();
    const wording = new Map<string, { n: number; text: string; direct: boolean }>();
    for (const i of idx) {
      const s = speakers[i];
      if (s) spk.set(s, (spk.get(s) ?? 0) + 1);
      const key = words[i]!.join(' ');
      const w = wording.get(key) ?? { n: 0, text: items[i]!.quote.quote, direct: false };
      w.n++;
      w.direct ||= direct[i]!;
      wording.set(key, w);
    }
    const speaker = [...spk].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? null;
    // The words someone printed as said name the statement before any paraphrase of them.
    const best = [...wording.entries()].sort((a, b) => Number(b[1].direct) - Number(a[1].direct) || b[1].n - a[1].n || b[0].length - a[0].length)[0]!;
    const members = idx.map((i) => items[i]!);
    groups.push({
      id: 'q' + hash((speaker ? speakerKey(speaker) : '') + '|' + best[0]),
      speaker,
      quote: best[1].text,
      members,
      outlets: new Set(members.map((m) => m.source ?? m.articleId)).size,
    });
  }
  groups.sort((a, b) => b.outlets - a.outlets || b.members.length - a.members.length || a.id.localeCompare(b.id));
  return groups;
}
