import { describe, expect, it } from 'vitest';
import { pronounOf, statementSummary } from '../../../utils/coverage/statement-summary';
import type { QuoteKind } from '../../../utils/types';

const c = (source: string | null, kind: QuoteKind, articleId = source ?? 'x') => ({ source, kind, articleId });

describe('statementSummary', () => {
  it('one outlet quoting takes the singular, several the plural', () => {
    expect(statementSummary('Jen Psaki', 'her', [c('The Times', 'direct')])).toBe('The Times quotes her.');
    expect(statementSummary('Jen Psaki', 'her', [c('The Times', 'direct'), c('Reuters', 'direct'), c('AP', 'direct')])).toBe('The Times, Reuters and AP quote her.');
    expect(statementSummary('Jen Psaki', null, [c('Reuters', 'indirect')])).toBe('Reuters paraphrases Jen Psaki.');
  });

  it('an outlet counts once however many of its articles carry it', () => {
    expect(statementSummary('Jen Psaki', 'her', [c('Reuters', 'indirect', 'r1'), c('Reuters', 'indirect', 'r2')])).toBe('Reuters paraphrases her.');
  });

  it('quoted, then quoted in part, then paraphrased; the object repeated only where the verb needs it', () => {
    expect(statementSummary('Jens Stoltenberg', 'him', [c('Reuters', 'indirect'), c('CNN', 'mixed'), c('The Times', 'direct')])).toBe('The Times quotes him; CNN quotes him in part; Reuters paraphrases.');
  });

  it('outlets without a name are counted, and a line that starts with our words is capitalised', () => {
    expect(statementSummary('Jens Stoltenberg', 'him', [c(null, 'direct', 'a'), c('AP', 'indirect')])).toBe('An unknown outlet quotes him; AP paraphrases.');
    expect(statementSummary('Jens Stoltenberg', 'him', [c(null, 'indirect', 'a'), c(null, 'indirect', 'b'), c('AP', 'indirect')])).toBe('AP and 2 unknown outlets paraphrase him.');
    expect(statementSummary('Jens Stoltenberg', null, [c('nytimes.com', 'direct')])).toBe('nytimes.com quotes Jens Stoltenberg.');
  });

  it('an unattributed statement is said in the passive', () => {
    expect(statementSummary(null, null, [c('The Times', 'direct'), c('Reuters', 'indirect'), c('AP', 'indirect')])).toBe('Quoted by The Times; paraphrased by Reuters and AP.');
  });
});

describe('pronounOf', () => {
  it('takes the pronoun or title the articles use, and none when they disagree or use none', () => {
    expect(pronounOf(['Stoltenberg', 'he', null])).toBe('him');
    expect(pronounOf(['Mr. Biden'])).toBe('him');
    expect(pronounOf(['Ms. Psaki', 'the press secretary'])).toBe('her');
    expect(pronounOf(['Mrs. Clinton'])).toBe('her');
    expect(pronounOf(['they', 'the official'])).toBeNull();
    expect(pronounOf(['he', 'she'])).toBeNull();
    expect(pronounOf(['Mrsic'])).toBeNull();
  });
});
