/**
 * "What the others add": the sentences of the other coverage that carry facts the page being read
 * does not have — names and figures it never mentions — each with its outlet, so the reader sees
 * at a glance what they would learn by reading the rest.
 */
import { nameWordKey } from '../text/name-key';
import { extractNames, knownNameWords } from '../text/names';
import { sentences } from '../text/segment';
import { tokenize } from '../text/tokenize';

/** One sentence of another article, and the new facts it carries. */
export interface Addition {
  articleId: string;
  source: string | null;
  sentence: string;
  /** The names and figures in it that the page does not mention, as written. */
  facts: string[];
}

const MAX_SENTENCE = 400;
const MIN_SENTENCE = 40;

/**
 * A name as the sentence writes it: the tokenizer stops a name at the dots of an abbreviation and at a
 * hyphen before a number, which would show "U.S" and "G" for "U.S." and "G-7"; the span is carried
 * over them.
 */
export function asWritten(sentence: string, start: number, end: number): string {
  const rest = sentence.slice(end);
  const more = /^(?:(?:\.\p{Lu})+\.?|\.(?=\s|$)|-\d+\b|-\p{Lu}+\b)/u.exec(rest)?.[0] ?? '';
  // An abbreviation's last dot only when the name is one ("U.S" + "."), never a sentence's full stop after a word.
  const keep = more === '.' && !/(?:^|\.)\p{Lu}$/u.test(sentence.slice(start, end)) ? '' : more;
  return sentence.slice(start, end + keep.length);
}

/** What a page already says: the keys of its names and its numbers. */
export interface PageFacts {
  names: Set<string>;
  numbers: Set<string>;
}

/**
 * Name and number keys of a page's text in its language (the language its quotes are read in), to
 * know what it already says; computed once per analysis of the page (analysis.ts).
 */
export function factKeys(text: string, lang: string): PageFacts {
  const sents = tokenize(text, lang);
  const known = knownNameWords(sents, lang);
  const names = new Set<string>();
  for (const n of extractNames(sents, known, lang, text)) {
    names.add(n.key);
    if (n.lastKey) names.add(n.lastKey);
    for (const w of n.key.split(' ')) names.add(nameWordKey(w));
  }
  const numbers = new Set<string>();
  for (const s of sents) for (const t of s) if (t.numeric) numbers.add(t.surface.replace(/,/g, ''));
  return { names, numbers };
}

/**
 * Up to `limit` sentences from `others` with the most facts absent from the page (`page`: its
 * factKeys), one per distinct set of new facts, best first.
 */
export function whatOthersAdd(page: PageFacts, others: { id: string; source: string | null; text: string; lang?: string | null }[], limit = 8): Addition[] {
  const candidates: (Addition & { score: number })[] = [];
  for (const o of others) {
    const lang = o.lang ?? 'en';
    const text = o.text.slice(0, 50_000);
    const known = knownNameWords(tokenize(text, lang), lang);
    for (const s of sentences(text, lang)) {
      if (s.text.length < MIN_SENTENCE || s.text.length > MAX_SENTENCE) continue;
      const toks = tokenize(s.text, lang, false);
      const facts: string[] = [];
      for (const n of extractNames(toks, known, lang, s.text)) {
        const keys = [n.key, n.lastKey, ...n.key.split(' ').map(nameWordKey)].filter((k): k is string => !!k);
        if (keys.some((k) => page.names.has(k))) continue;
        const fact = asWritten(s.text, n.start, n.end);
        if (fact.replace(/[^\p{L}\p{N}]/gu, '').length >= 2) facts.push(fact);
      }
      for (const t of toks.flat()) {
        if (t.numeric && t.surface.replace(/[,.]/g, '').length >= 2 && !page.numbers.has(t.surface.replace(/,/g, ''))) facts.push(t.surface);
      }
      const unique = [...new Set(facts)];
      if (unique.length === 0) continue;
      candidates.push({ articleId: o.id, source: o.source, sentence: s.text, facts: unique, score: unique.length });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.sentence.length - b.sentence.length);
  const shown = new Set<string>();
  const out: Addition[] = [];
  for (const c of candidates) {
    const fresh = c.facts.filter((f) => !shown.has(f.toLowerCase()));
    if (fresh.length === 0) continue;
    for (const f of c.facts) shown.add(f.toLowerCase());
    out.push({ articleId: c.articleId, source: c.source, sentence: c.sentence, facts: c.facts });
    if (out.length >= limit) break;
  }
  return out;
}
