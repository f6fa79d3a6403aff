/**
 * Who quoted and who paraphrased, in German and French: each clause a whole message, so the verb
 * agrees with how many outlets carry it, the pronoun goes where the language puts it, and a
 * phrase for unknown outlets takes the case its place needs.
 */
import { describe, expect, it } from 'vitest';
import { statementSummary } from '../../../utils/coverage/statement-summary';
import { tableI18n } from '../../../utils/i18n/table-i18n';
import type { QuoteKind } from '../../../utils/types';

const c = (source: string | null, kind: QuoteKind, articleId = source ?? 'x') => ({ source, kind, articleId });
const NNBSP = '\u202f';

describe('statementSummary in German', () => {
  const de = tableI18n('de');
  it('agrees with one outlet or several, with him, her or the name', () => {
    expect(statementSummary('Jen Psaki', 'her', [c('The Times', 'direct')], de)).toBe('The Times zitiert sie.');
    expect(statementSummary('Jen Psaki', 'her', [c('The Times', 'direct'), c('Reuters', 'direct'), c('AP', 'direct')], de)).toBe('The Times, Reuters und AP zitieren sie.');
    expect(statementSummary('Jen Psaki', null, [c('Reuters', 'indirect')], de)).toBe('Reuters gibt Jen Psaki sinngemäß wieder.');
  });

  it('one clause per way of carrying it, the paraphrase after another clause with its object', () => {
    expect(statementSummary('Jens Stoltenberg', 'him', [c('Reuters', 'indirect'), c('CNN', 'mixed'), c('The Times', 'direct')], de)).toBe('The Times zitiert ihn; CNN zitiert ihn teilweise; Reuters gibt ihn sinngemäß wieder.');
    expect(statementSummary('Jens Stoltenberg', null, [c('The Times', 'direct'), c('Reuters', 'indirect'), c('AP', 'indirect')], de)).toBe('The Times zitiert Jens Stoltenberg; Reuters und AP geben die Aussage sinngemäß wieder.');
  });

  it('unknown outlets in the nominative as a subject, in the dative after "von"', () => {
    expect(statementSummary('Jens Stoltenberg', 'him', [c(null, 'direct', 'a'), c('AP', 'indirect')], de)).toBe('Ein unbekanntes Medium zitiert ihn; AP gibt ihn sinngemäß wieder.');
    expect(statementSummary('Jens Stoltenberg', 'him', [c(null, 'indirect', 'a'), c(null, 'indirect', 'b'), c('AP', 'indirect')], de)).toBe('AP und 2 unbekannte Medien geben ihn sinngemäß wieder.');
    expect(statementSummary(null, null, [c(null, 'direct', 'a')], de)).toBe('Zitiert von einem unbekannten Medium.');
    expect(statementSummary(null, null, [c('The Times', 'direct'), c('Reuters', 'indirect'), c('AP', 'indirect')], de)).toBe('Zitiert von The Times; sinngemäß wiedergegeben von Reuters und AP.');
  });
});

describe('statementSummary in French', () => {
  const fr = tableI18n('fr');
  it('puts the pronoun before the verb and agrees in number', () => {
    expect(statementSummary('Jen Psaki', 'her', [c('The Times', 'direct')], fr)).toBe('The Times la cite.');
    expect(statementSummary('Jen Psaki', 'her', [c('The Times', 'direct'), c('Reuters', 'direct'), c('AP', 'direct')], fr)).toBe('The Times, Reuters et AP la citent.');
    expect(statementSummary('Jen Psaki', null, [c('Reuters', 'indirect')], fr)).toBe('Reuters paraphrase Jen Psaki.');
    expect(statementSummary('Jens Stoltenberg', 'him', [c('Reuters', 'indirect'), c('CNN', 'mixed'), c('The Times', 'direct')], fr)).toBe(`The Times le cite${NNBSP}; CNN le cite en partie${NNBSP}; Reuters le paraphrase.`);
    expect(statementSummary('Jens Stoltenberg', null, [c('The Times', 'direct'), c('Reuters', 'indirect'), c('AP', 'indirect')], fr)).toBe(`The Times cite Jens Stoltenberg${NNBSP}; Reuters et AP en donnent une paraphrase.`);
  });

  it('unknown outlets and the passive', () => {
    expect(statementSummary('Jens Stoltenberg', 'him', [c(null, 'direct', 'a'), c('AP', 'indirect')], fr)).toBe(`Un média inconnu le cite${NNBSP}; AP le paraphrase.`);
    expect(statementSummary('Jens Stoltenberg', 'him', [c(null, 'indirect', 'a'), c(null, 'indirect', 'b'), c('AP', 'indirect')], fr)).toBe('AP et 2 médias inconnus le paraphrasent.');
    expect(statementSummary(null, null, [c('The Times', 'direct'), c('Reuters', 'indirect'), c('AP', 'indirect')], fr)).toBe(`Cité par The Times${NNBSP}; paraphrasé par Reuters et AP.`);
  });
});
