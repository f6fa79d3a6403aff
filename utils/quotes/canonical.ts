/**
 * One display name per person across articles, keeping apart different people who share a surname.
 */
import { givenKey, nameTokens, sameGiven } from './name-parts';
import { speakerKey } from './speaker-key';

/**
 * Across articles, each raw speaker name mapped to one display name (the fullest form seen).
 * Full names sharing a surname but not a given name stay apart; a bare surname or titled surname
 * joins a full name only when exactly one person with that surname is present.
 */
export function canonicalSpeakers(names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const bySurname = new Map<string, string[]>();
  for (const n of new Set(names)) {
    const k = speakerKey(n);
    if (!k) continue;
    // Descriptions of unnamed sources ("a senior administration official") are kept as written.
    if (/^\p{Ll}/u.test(n.trim())) {
      out.set(n, n.trim());
      continue;
    }
    const list = bySurname.get(k) ?? [];
    list.push(n);
    bySurname.set(k, list);
  }
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  for (const list of bySurname.values()) {
    const clusters: { given: string; members: string[] }[] = [];
    const bareOnes: string[] = [];
    for (const n of list) {
      const g = givenKey(n);
      if (!g) {
        bareOnes.push(n);
        continue;
      }
      const c = clusters.find((x) => sameGiven(x.given, g));
      if (c) {
        c.members.push(n);
        if (g.length > c.given.length) c.given = g;
      } else clusters.push({ given: g, members: [n] });
    }
    const display = (members: string[]): string => {
      let best = '';
      let bestScore = -1;
      for (const m of members) {
        const toks = nameTokens(m);
        const score = toks.length * 1000 + (count.get(m) ?? 0) * 10 + toks.join(' ').length / 100;
        if (score > bestScore) {
          bestScore = score;
          best = toks.join(' ');
        }
      }
      return best;
    };
    for (const c of clusters) {
      if (clusters.length === 1) c.members.push(...bareOnes);
      const d = display(c.members);
      for (const m of c.members) out.set(m, d);
    }
    if (clusters.length !== 1 && bareOnes.length) {
      const d = display(bareOnes);
      for (const m of bareOnes) out.set(m, d);
    }
  }
  for (const n of names) if (!out.has(n)) out.set(n, n.trim());
  return out;
}
