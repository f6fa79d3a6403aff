/**
 * Cross-outlet quote groups: the same statement carried by several outlets is one group even
 * when the wording differs a little or one outlet quotes only part of it, so the side panel can
 * show one statement with every outlet that carried it and how each worded it.
 */
import type { Quote } from '../types';
import { canonicalSpeakers, speakerKey } from './speakers';
import { fnv1a } from '../text/hash';

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
  /** The wording most outlets used (ties: the longest), for the UI to diff members against. */
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
/** Word pairs this common across the input are not used to find candidates (keeps it near-linear). */
const MAX_POSTINGS = 200;

/**
 * Group quotes from many articles into statements. Two quotes join when their speakers are not
 * known to differ and most word pairs of the shorter one occur in the longer one; distinct
 * statements by one speaker share few word pairs and stay apart.
 */
export function groupQuotes(items: QuoteGroupMember[]): QuoteGroup[] {
  const canon = canonicalSpeakers(items.map((x) => x.quote.speaker).filter((s): s is string => !!s));
  const speakers = items.map((x) => (x.quote.speaker ? canon.get(x.quote.speaker) ?? x.quote.speaker : null));
  const words = items.map((x) => normWords(x.quote.quote));
  const grams = words.map(bigrams);
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const postings = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const shared = new Map<number, number>();
    for (const g of grams[i]!) {
      const list = postings.get(g);
      if (list && list.length <= MAX_POSTINGS) for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      const small = Math.min(grams[i]!.size, grams[j]!.size);
      if (small === 0) continue;
      if ((n / small < SAME_STATEMENT && !(n >= LONG_SHARED && n / small >= 0.4)) || (small > 1 && n < 2)) continue;
      const a = speakers[i];
      const b = speakers[j];
      if (a && b && a !== b && speakerKey(a) !== speakerKey(b)) continue;
      if (a && b && a !== b) continue; // same surname, different people
      parent[find(i)] = find(j);
    }
    for (const g of grams[i]!) {
      const list = postings.get(g) ?? [];
      list.push(i);
      postings.set(g, list);
    }
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
    const wording = new Map<string, { n: number; text: string }>();
    for (const i of idx) {
      const s = speakers[i];
      if (s) spk.set(s, (spk.get(s) ?? 0) + 1);
      const key = words[i]!.join(' ');
      const w = wording.get(key) ?? { n: 0, text: items[i]!.quote.quote };
      w.n++;
      wording.set(key, w);
    }
    const speaker = [...spk].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? null;
    const best = [...wording.entries()].sort((a, b) => b[1].n - a[1].n || b[0].length - a[0].length)[0]!;
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
