/**
 * Who a mention of a source means: a pronoun the person last named with that gender, a surname or
 * title the full name the article gives, a role ("the official") the source introduced with it.
 * One place for it, because direct quotes and reported speech resolve their sources alike.
 */
import type { Mention } from './mention';
import { ArticlePeople } from './article-people';
import { looksLikePerson, nameOf } from './name-of';

/**
 * The speaker a mention resolves to in this article: a name, a description, or null (an unresolved
 * "they"). The article remembers it as the source of an attribution there, which a role continuing
 * it right after stands for ("The manager added:").
 */
export function resolveMention(people: ArticlePeople, m: Mention): string | null {
  const speaker = resolve(people, m);
  people.noteSource(m.start, speaker);
  return speaker;
}

function resolve(people: ArticlePeople, m: Mention): string | null {
  // "He memorably said", "He's": a pronoun with an adverb or a contraction the mention kept.
  const pro = /^(he|she)(?:[’']s|(?:\s+\p{Ll}+ly)+)?$/iu.exec(m.text.trim());
  if (m.kind === 'pronoun' || pro) {
    const p = (pro?.[1] ?? m.text).toLowerCase();
    if (p === 'he') return people.resolvePronoun('m', m.start);
    if (p === 'she') return people.resolvePronoun('f', m.start);
    return null;
  }
  const name = nameOf(m.text);
  if (name && m.kind === 'name') {
    if (!looksLikePerson(name)) return name;
    const titles = m.text.slice(0, Math.max(0, m.text.lastIndexOf(name.split(' ')[0]!))).split(/[\s,]+/u).filter(Boolean).map((t) => t.toLowerCase().replace(/\.$/u, ''));
    return people.resolveName(name, m.start, titles);
  }
  return people.resolveRole(m.text, m.start);
}
