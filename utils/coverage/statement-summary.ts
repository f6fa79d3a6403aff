/**
 * One line per statement saying who quoted and who paraphrased it ("The Times quotes him;
 * Reuters and AP paraphrase."), so a reader sees at a glance that some outlets put words in
 * quotation marks and others only reported them. A pronoun is used only when the articles
 * themselves use one for the speaker; otherwise the speaker is named.
 */
import type { QuoteKind } from '../types';

/** The object pronoun the articles' own mentions give a speaker ("he said", "Ms. Psaki"), or null when none or both do. */
export function pronounOf(mentions: readonly (string | null)[]): 'him' | 'her' | null {
  let him = false;
  let her = false;
  for (const m of mentions) {
    const w = (m ?? '').trim().toLowerCase();
    if (/^(?:he|him|his)$|^mr\b/.test(w)) him = true;
    else if (/^(?:she|her|hers)$|^(?:ms|mrs|miss)\b/.test(w)) her = true;
  }
  return him === her ? null : him ? 'him' : 'her';
}

/** "A", "A and B", "A, B and C". */
function list(names: string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The outlets of one kind, named; those with no name counted ("an unknown outlet", "2 unknown outlets"). */
function outletsOf(carriers: readonly { source: string | null; articleId: string }[]): { text: string; plural: boolean; unnamedOnly: boolean } {
  const named = [...new Set(carriers.flatMap((c) => (c.source ? [c.source] : [])))];
  const unknown = new Set(carriers.filter((c) => !c.source).map((c) => c.articleId)).size;
  const names = unknown === 0 ? named : [...named, unknown === 1 ? 'an unknown outlet' : `${unknown} unknown outlets`];
  return { text: list(names), plural: names.length > 1 || unknown > 1, unnamedOnly: named.length === 0 };
}

const VERBS: readonly [QuoteKind, string, string, string][] = [
  // kind, verb for one outlet, for several, what follows the object
  ['direct', 'quotes', 'quote', ''],
  ['mixed', 'quotes', 'quote', ' in part'],
  ['indirect', 'paraphrases', 'paraphrase', ''],
];

/**
 * The summary of a statement's carriers: a clause per way of carrying it, quoted first, then
 * quoted in part, then paraphrased. The speaker (or "him"/"her") is the first clause's object
 * and is repeated only where a verb needs it; an unattributed statement is said in the passive.
 */
export function statementSummary(
  speaker: string | null,
  pronoun: 'him' | 'her' | null,
  carriers: readonly { source: string | null; articleId: string; kind: QuoteKind }[],
): string {
  const clauses: string[] = [];
  let ours = false; // the line starts with our words, not an outlet's name as the outlet writes it
  for (const [kind, one, many, tail] of VERBS) {
    const of = carriers.filter((c) => c.kind === kind);
    if (!of.length) continue;
    const who = outletsOf(of);
    if (clauses.length === 0) ours = !speaker || who.unnamedOnly;
    if (!speaker) {
      const done = kind === 'indirect' ? 'paraphrased' : kind === 'mixed' ? 'quoted in part' : 'quoted';
      clauses.push(`${done} by ${who.text}`);
      continue;
    }
    const object = clauses.length > 0 && kind === 'indirect' ? '' : ` ${pronoun ?? speaker}`;
    clauses.push(`${who.text} ${who.plural ? many : one}${object}${tail}`);
  }
  const line = clauses.join('; ');
  if (!line) return '';
  return `${ours ? line.charAt(0).toUpperCase() + line.slice(1) : line}.`;
}
