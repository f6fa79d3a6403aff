/**
 * Direct quotes and reported speech of one article as one list. A quote inside a mixed attribution
 * ("Biden said the threat was “real”") is part of that attribution, not a second one; a quote that
 * continues the article's own clause ("Bush called the plan “a disaster.”") is mixed too: the
 * article's words frame the quoted ones, so its content is the clause.
 */
import type { Quote } from '../types';
import { withoutMarks } from './content';
import { sentenceStart } from './sentence-bounds';

/** Where the clause holding text[at] starts: after the last comma, semicolon, colon or dash, else the sentence start. */
function clauseStart(text: string, at: number): number {
  const floor = sentenceStart(text, at, Math.max(0, text.lastIndexOf('\n', at) + 1));
  let i = at - 1;
  while (i > floor && !/[,;:—–\n]/u.test(text[i]!)) i--;
  i = i > floor ? i + 1 : floor;
  while (i < at && /\s/u.test(text[i]!)) i++;
  return i;
}

/**
 * The quote is framed by the article's words: a letter or digit right before its opening mark
 * ("described his skills as a “work in progress”", "said that “…”" — annotators read both as mixed).
 */
function continuesClause(text: string, d: Quote): boolean {
  let i = d.start - 2;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  return i >= 0 && /[\p{L}\p{N}]/u.test(text[i]!);
}

/** The quote as a mixed attribution: the clause from its start to the quote's end, marks dropped. */
function asMixed(text: string, d: Quote): Quote {
  let start = clauseStart(text, d.start - 1);
  // "Stoltenberg said that any use …": the content starts after the cue (and its "that").
  if (d.cueEnd !== null && d.cueEnd > start && d.cueEnd < d.start) start = d.cueEnd + (/^\s+that\s/u.exec(text.slice(d.cueEnd, d.start))?.[0].length ?? 0);
  while (start < d.start && /\s/u.test(text[start]!)) start++;
  const end = /[”"»’']/u.test(text[d.end] ?? '') ? d.end + 1 : d.end;
  // As a reported clause's content, without the sentence's closing stop.
  const quote = withoutMarks(text.slice(start, end)).replace(/[.,;:]+$/u, '');
  return { ...d, kind: 'mixed', start, end, quote };
}

const overlap = (a: Quote, b: Quote): boolean => a.start < b.end && b.start < a.end;

/**
 * Every attribution sorted by start, none overlapping another: direct quotes inside a mixed clause
 * are folded into it, a reported clause that cuts across a direct quote yields to the quote, and a
 * quote widened to its clause yields to an attribution already there.
 */
export function withReportedSpeech(text: string, direct: Quote[], reported: Quote[]): Quote[] {
  const mixed = reported.filter((r) => r.kind === 'mixed');
  const kept = direct.filter((d) => !mixed.some((m) => d.start >= m.start && d.end <= m.end + 1));
  const clauses = reported.filter((r) => !kept.some((d) => overlap(d, r)));
  const out: Quote[] = [];
  for (const d of kept) {
    if (!continuesClause(text, d)) {
      out.push(d);
      continue;
    }
    const widened = asMixed(text, d);
    const crowded = [...kept, ...clauses].some((x) => x !== d && overlap(x, widened));
    // Mixed all the same; when its clause holds another attribution, only the quoted words are its content.
    out.push(crowded ? { ...d, kind: 'mixed' } : widened);
  }
  return [...out, ...clauses].sort((a, b) => a.start - b.start || a.end - b.end);
}
