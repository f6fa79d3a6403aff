/**
 * One line per statement saying who quoted and who paraphrased it ("The Times quotes him;
 * Reuters and AP paraphrase."), so a reader sees at a glance that some outlets put words in
 * quotation marks and others only reported them. A pronoun is used only when the articles
 * themselves use one for the speaker; otherwise the speaker is named. In the reader's language
 * (`i18n`; English by default).
 */
import type { QuoteKind } from '../types';
import { english, type I18n } from '../i18n/translate';

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

/** The outlets of one kind, named, joined as the language joins a list; those with no name counted ("an unknown outlet", "2 unknown outlets"). */
function outletsOf(carriers: readonly { source: string | null; articleId: string }[], by: boolean, i18n: I18n): { text: string; count: number; unnamedOnly: boolean } {
  const named = [...new Set(carriers.flatMap((c) => (c.source ? [c.source] : [])))];
  const unknown = new Set(carriers.filter((c) => !c.source).map((c) => c.articleId)).size;
  const names = unknown === 0 ? named : [...named, i18n.plural(by ? 'panel_sum_unknown_by' : 'panel_sum_unknown', unknown)];
  // How many subjects the verb agrees with: each named outlet, and each unknown one.
  return { text: i18n.list(names), count: named.length + unknown, unnamedOnly: named.length === 0 };
}

/** Per way of carrying a statement: the clause with a speaker, and the passive one without. */
const CLAUSES: readonly [QuoteKind, 'quote' | 'part' | 'para', 'panel_sum_by_quote' | 'panel_sum_by_part' | 'panel_sum_by_para'][] = [
  ['direct', 'quote', 'panel_sum_by_quote'],
  ['mixed', 'part', 'panel_sum_by_part'],
  ['indirect', 'para', 'panel_sum_by_para'],
];

/**
 * The summary of a statement's carriers: a clause per way of carrying it, quoted first, then
 * quoted in part, then paraphrased, each a whole message (utils/i18n/locales/en/panel.ts,
 * `panel_sum_*`) whose verb agrees with its outlets and whose object is the speaker's name or
 * pronoun, so each language places and inflects them itself. A paraphrase after another clause
 * is its own message (English drops the object there); an unattributed statement is said in the
 * passive. The clauses make one sentence by a message too.
 */
export function statementSummary(
  speaker: string | null,
  pronoun: 'him' | 'her' | null,
  carriers: readonly { source: string | null; articleId: string; kind: QuoteKind }[],
  i18n: I18n = english,
): string {
  const clauses: string[] = [];
  let ours = false; // the line starts with our words, not an outlet's name as the outlet writes it
  const object = pronoun ?? 'name';
  for (const [kind, verb, passive] of CLAUSES) {
    const of = carriers.filter((c) => c.kind === kind);
    if (!of.length) continue;
    const who = outletsOf(of, !speaker, i18n);
    if (clauses.length === 0) ours = !speaker || who.unnamedOnly;
    if (!speaker) {
      clauses.push(i18n.t(passive, { outlets: who.text }));
      continue;
    }
    const stem = verb === 'para' && clauses.length > 0 ? 'panel_sum_para_more' : (`panel_sum_${verb}` as const);
    clauses.push(i18n.plural(`${stem}_${object}` as const, who.count, { outlets: who.text, speaker }));
  }
  if (!clauses.length) return '';
  if (ours) clauses[0] = clauses[0]!.charAt(0).toLocaleUpperCase(i18n.locale) + clauses[0]!.slice(1);
  const [a, b, c] = clauses;
  return c !== undefined ? i18n.t('panel_sum_3', { a: a!, b: b!, c }) : b !== undefined ? i18n.t('panel_sum_2', { a: a!, b }) : i18n.t('panel_sum_1', { a: a! });
}
