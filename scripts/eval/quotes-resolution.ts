/**
 * Does a resolved pronoun or role name the person the article meant? For every annotated
 * attribution whose source is "he"/"she" or a definite person role ("the senator"), and whose
 * source span our prediction's overlaps (the prediction overlapping its content most, as the main
 * eval picks it), the referent derived in quotes-referents.ts is compared with the speaker our
 * resolution gave: the same person when speakerKey agrees (the same surname) or one name's words
 * are all inside the other's ("Ban" for "Ban Ki-moon"), the same described source when the two
 * descriptions, lower-cased, contain one another. they/it/we/who get no derived referent (a
 * group's antecedent is not annotated either); how often we resolve them at all is counted. On
 * the training file a second he/she line scores the same selection against the referents read by
 * hand (quotes-hand-referents.json), which the proxy's lean toward our own rule cannot flatter.
 */
import { offsetMapper } from './code-points';
import { readFileSync } from 'node:fs';
import type { Quote } from '../../utils/types';
import { speakerKey } from '../../utils/quotes/speaker-key';
import { goldReferents, roleHead, type GoldAttribution, type Referent } from './quotes-referents';

const HE_SHE = new Set(['he', 'she']);
const OTHER_PRONOUNS = ['they', 'it', 'we', 'who'];
const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Does a resolved speaker name the referent? */
export function names(speaker: string | null, r: Referent): boolean {
  if (!speaker) return false;
  if ('person' in r) {
    if (speakerKey(speaker) !== '' && speakerKey(speaker) === speakerKey(r.person)) return true;
    // "Ban" for "Ban Ki-moon", "Donald" for "Donald Trump": one name's words all inside the other's.
    const a = norm(speaker).split(' ');
    const b = norm(r.person).split(' ');
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    return short[0] !== '' && short.every((w) => long.includes(w));
  }
  const a = norm(speaker);
  const b = norm(r.description);
  return a !== '' && (a.includes(b) || b.includes(a));
}

interface Cell {
  /** Gold mentions of this class whose source span our prediction overlaps. */
  overlapped: number;
  /** …of those, with a derived referent. */
  referent: number;
  /** …of those, whose resolved speaker names it. */
  right: number;
}

/**
 * he/she mentions of training articles whose referent I read by hand (quotes-hand-referents.json:
 * article id, the mention's offset, a word of the referent's name or description, null when the
 * article names no one it could be), the random cases drawn to check the proxy and the resolver.
 * Independent of both rules, so it shows what the proxy's agreement with our own rule hides.
 */
let hand: Map<string, string | null> | null = null;
function handReferents(): Map<string, string | null> {
  if (!hand) {
    const rows = JSON.parse(readFileSync(new URL('./quotes-hand-referents.json', import.meta.url), 'utf8')) as { id: string; at: number; referent: string | null }[];
    hand = new Map(rows.map((r) => [`${r.id}@${r.at}`, r.referent]));
  }
  return hand;
}

/** Counts per mention class: he/she, a definite role, and they/it/we/who (no referent derived: resolved at all is counted). */
export interface ResolutionTally {
  pronoun: Cell;
  /** he/she against the referents read by hand (training file only). */
  hand: Cell;
  role: Cell;
  other: Map<string, { overlapped: number; resolved: number }>;
  errors: string[];
}

export const newResolutionTally = (): ResolutionTally => ({
  pronoun: { overlapped: 0, referent: 0, right: 0 },
  hand: { overlapped: 0, referent: 0, right: 0 },
  role: { overlapped: 0, referent: 0, right: 0 },
  other: new Map(OTHER_PRONOUNS.map((p) => [p, { overlapped: 0, resolved: 0 }])),
  errors: [],
});

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => a0 < b1 && b0 < a1;

/** Code-point offsets (the annotation's) to JS string offsets. */
function toUtf16(text: string, gold: GoldAttribution[]): GoldAttribution[] {
  const map = offsetMapper(text);
  if (!map) return gold;
  const conv = (s: [number, number][]): [number, number][] => s.map(([a, b]) => [map(a), map(b)]);
  return gold.map((g) => ({ ...g, spans: conv(g.spans), speaker_spans: conv(g.speaker_spans) }));
}

/**
 * Score one article's resolution: for each gold attribution the prediction overlapping its content
 * most (as the main eval picks it), counted when that prediction's source span overlaps the gold
 * source span; then whether its resolved speaker names the derived referent. `keepErrors` keeps a
 * line per miss (training file only).
 */
export function scoreResolution(row: { id: string; text: string; quotes: GoldAttribution[] }, pred: Quote[], t: ResolutionTally, keepErrors = false): void {
  const gold = toUtf16(row.text, row.quotes);
  const refs = goldReferents(row.text, gold);
  gold.forEach((g, i) => {
    const low = (g.speaker ?? '').trim().toLowerCase();
    const role = roleHead(g.speaker ?? '') !== null;
    if (!HE_SHE.has(low) && !role && !OTHER_PRONOUNS.includes(low)) return;
    const ov = (p: Quote): number => g.spans.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, p.end) - Math.max(a, p.start)), 0);
    let p: Quote | null = null;
    for (const x of pred) if (ov(x) > 0 && (!p || ov(x) > ov(p))) p = x;
    if (!p || p.speakerStart === null || p.speakerEnd === null) return;
    if (!g.speaker_spans.some(([a, b]) => overlaps(p.speakerStart!, p.speakerEnd!, a, b))) return;
    const other = t.other.get(low);
    if (other) {
      other.overlapped++;
      if (p.speaker) other.resolved++;
      return;
    }
    const key = `${row.id}@${g.speaker_spans[0]![0]}`;
    if (!role && handReferents().has(key)) {
      const word = handReferents().get(key);
      t.hand.overlapped++;
      if (word) {
        t.hand.referent++;
        if (p.speaker && ` ${norm(p.speaker)} `.includes(` ${norm(word)} `)) t.hand.right++;
      }
    }
    const cell = role ? t.role : t.pronoun;
    cell.overlapped++;
    const r = refs.get(i);
    if (!r) return;
    cell.referent++;
    if (names(p.speaker, r)) cell.right++;
    else if (keepErrors) t.errors.push(`RES ${row.id} ${JSON.stringify(g.speaker)}@${g.speaker_spans[0]![0]} want=${JSON.stringify(r)} got=${JSON.stringify(p.speaker)}`);
  });
}

const line = (name: string, c: Cell): string =>
  `${name} ${(c.referent ? c.right / c.referent : 0).toFixed(3)} (${c.right} of ${c.referent} with a derived referent; ${c.overlapped} source spans overlapped)`;

/** The report lines: he/she and role accuracy with counts, and how often they/it/we/who got any speaker. */
export function resolutionLines(t: ResolutionTally): string[] {
  const other = [...t.other].map(([p, c]) => `${p} ${c.resolved}/${c.overlapped}`).join(', ');
  return [
    line('crossread resolution he/she', t.pronoun),
    line('crossread resolution role  ', t.role),
    ...(t.hand.overlapped ? [line('crossread resolution he/she, referents read by hand', t.hand).replace('with a derived referent', 'with a referent')] : []),
    `crossread resolution they/it/we/who: resolved to anyone ${other} (no referent derived for groups)`,
  ];
}
