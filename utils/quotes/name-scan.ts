/**
 * The capitalised runs of an article that may name a person, with the titles before the name and
 * the lower-case role words before them ("NATO chief", "press secretary"): one regex pass, so the
 * people of an article are found in linear time.
 */
import { LEADING_COMMON, bare, isTitle } from './name-parts';

/** A possible person mention: the name without titles, its titles, and the role words written before it. */
export interface NameRun {
  at: number;
  /** Where the run ends in the text (after its last word). */
  end: number;
  raw: string;
  titles: string[];
  role: string | null;
}

// A title abbreviation may also sit inside the run: "Republican Rep. Lee Zeldin", "Texas Sen. Ted Cruz".
const NAME_RUN =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|Sgt|Capt|Adm|Gens|Sens|Reps)\.[ \u00a0]+)?\p{Lu}[\p{L}\p{M}’'-]*(?:[ \u00a0]+(?:(?:Sen|Rep|Gov|Gen|Lt|Col|Adm|Sens|Reps)\.[ \u00a0]+|(?:\p{Lu}\.[ \u00a0]*)+|(?:de|van|von|der|da|di|du|la|le|bin|al|del)[ \u00a0]+)?\p{Lu}[\p{L}\p{M}’'-]*)*/gu;

const ROLE_BEFORE = /(?:^|[\s(])((?:[\p{Ll}-]+[ \u00a0]){1,3})$/u;

/**
 * Every run that names someone: multi-word or titled names, and lone capitalised words only when
 * they are the surname of a name seen earlier (so sentence openers and places are skipped).
 */
export function scanNameRuns(text: string): NameRun[] {
  const surnames = new Set<string>();
  NAME_RUN.lastIndex = 0;
  const pending: NameRun[] = [];
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    const raw = m[0];
    if (raw.indexOf(' ') < 0 && raw.indexOf('\u00a0') < 0) {
      // Fast path for the common case: one capitalised word (a sentence opener, a place, a surname).
      const b = bare(raw);
      if (surnames.has(b)) pending.push({ at: m.index, end: m.index + b.length, raw: b, titles: [], role: null });
      continue;
    }
    let toks = raw.split(/[ \u00a0]+/u);
    while (toks.length && LEADING_COMMON.has(bare(toks[0]!).toLowerCase())) toks = toks.slice(1);
    if (!toks.length) continue;
    const titles: string[] = [];
    let lastTitle = -1;
    for (let k = 0; k < toks.length - 1; k++) if (isTitle(bare(toks[k]!)) || /^[\p{Lu}.]{2,}$/u.test(toks[k]!)) lastTitle = k;
    for (let k = 0; k <= lastTitle; k++) titles.push(bare(toks[k]!).toLowerCase().replace(/\.$/u, ''));
    const nameToks = toks.slice(lastTitle + 1).map(bare).filter(Boolean);
    if (!nameToks.length) continue;
    // A lone capitalised word counts only as the surname of someone already named.
    if (nameToks.length === 1 && titles.length === 0 && !surnames.has(nameToks[0]!)) continue;
    let role: string | null = null;
    if (nameToks.length > 1 || titles.length) {
      const rb = ROLE_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
      role = rb ? rb[1]!.trim().toLowerCase() : null;
      if (role && /\b(?:said|says|told|and|or|with|by|to|of|for|from|that)\b/u.test(role)) role = null;
      surnames.add(nameToks[nameToks.length - 1]!);
    }
    pending.push({ at: m.index + raw.indexOf(toks[0]!), end: m.index + raw.lastIndexOf(toks[toks.length - 1]!) + bare(toks[toks.length - 1]!).length, raw: nameToks.join(' '), titles, role });
  }
  return pending;
}
