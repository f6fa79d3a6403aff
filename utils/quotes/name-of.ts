/**
 * The person's name inside an attribution mention, and whether a name is a person at all, so
 * "NATO Secretary General Jens Stoltenberg" becomes "Jens Stoltenberg" and "NATO" stays an organisation.
 */
import { NOT_PERSON } from './cues';
import { LEADING_COMMON, PARTICLES, bare, isCap, isTitle } from './name-parts';

/**
 * The person name inside an attribution mention, or null when the mention only describes
 * someone ("the senior administration official"). Titles, roles, ages and appositives are dropped.
 */
export function nameOf(mention: string): string | null {
  for (const part of mention.replace(/\s*\([^()]*\)/gu, '').split(/\s*,\s*/u)) {
    const tokens = part.split(/\s+/u).filter(Boolean);
    // The trailing capitalised run of the part.
    let i = tokens.length;
    while (i > 0) {
      const t = tokens[i - 1]!;
      if (isCap(t) || (PARTICLES.has(t.toLowerCase()) && i < tokens.length && i > 1 && isCap(tokens[i - 2]!))) i--;
      else break;
    }
    let run = tokens.slice(i).map(bare).filter(Boolean);
    while (run.length && LEADING_COMMON.has(run[0]!.toLowerCase())) run = run.slice(1);
    let lastTitle = -1;
    for (let k = 0; k < run.length - 1; k++) if (isTitle(run[k]!) || /^[\p{Lu}.]{2,}$/u.test(run[k]!)) lastTitle = k;
    run = run.slice(lastTitle + 1);
    while (run.length > 1 && /^(jr|sr|ii|iii|iv)\.?$/iu.test(run[run.length - 1]!)) run = run.slice(0, -1);
    if (run.length === 0) continue;
    if (run.length === 1 && isTitle(run[0]!)) continue;
    return run.join(' ');
  }
  return null;
}

/** Does this name look like a person rather than an organisation or place? */
export function looksLikePerson(name: string): boolean {
  const toks = name.split(/\s+/u);
  if (toks.some((t) => NOT_PERSON.has(t.toLowerCase()))) return false;
  if (toks.length === 1 && /^[\p{Lu}\d.&-]+$/u.test(toks[0]!)) return false; // NATO, CNN
  const last = toks[toks.length - 1]!.toLowerCase();
  // Groups of people, not a person: "Muslim Americans", "Armenians", "Democrats".
  if (/(?:ians|eans|cans|crats|ists|lims)$/u.test(last)) return false;
  if (toks.length <= 2 && /(ian|ean|ese|ish|ern|ic)$/u.test(last) && !/\p{Lu}.*\p{Lu}/u.test(toks[toks.length - 1]!)) {
    if (toks.length === 1 || /(ian|ean|ese|ish|ern)$/u.test(toks[0]!.toLowerCase())) return false;
  }
  return true;
}
