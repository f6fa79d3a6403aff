/**
 * How well a candidate place in the text agrees with a stored quote's prefix and suffix. Used to
 * choose among repeated or approximate occurrences of a highlight's text.
 */

/** Longest context compared per side: keeps scoring cheap when a caller stored a long context. */
const MAX_SIDE = 64;

/** Levenshtein distance of two short strings (two-row dynamic programming). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      cur[j] = Math.min(sub, del, ins);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/** 1 for equal strings, 0 for nothing in common: edit distance relative to the longer one. */
function similarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 1 : 1 - editDistance(a, b) / len;
}

/**
 * Agreement of one side of context. Half is overall similarity (survives small edits), half is how
 * many characters agree right next to the quote (what matters most for telling repeats apart).
 * `adjacentAtEnd` says the quote touches the end of these strings (the prefix) or the start (suffix).
 */
function sideScore(stored: string, found: string, adjacentAtEnd: boolean): number {
  let touching = 0;
  const n = Math.min(stored.length, found.length);
  while (touching < n) {
    const i = adjacentAtEnd ? stored.length - 1 - touching : touching;
    const j = adjacentAtEnd ? found.length - 1 - touching : touching;
    if (stored.charCodeAt(i) !== found.charCodeAt(j)) break;
    touching++;
  }
  return 0.5 * similarity(stored, found) + 0.5 * (touching / stored.length);
}

/**
 * Context agreement in [0, 1] of a candidate range with a stored prefix and suffix. An empty stored
 * side (the highlight was at the very start or end of the text) scores 1 where the candidate is
 * also at that edge and a neutral 0.5 elsewhere.
 */
export function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const p = prefix.slice(-MAX_SIDE);
  const s = suffix.slice(0, MAX_SIDE);
  const pScore = p.length
    ? sideScore(p, text.slice(Math.max(0, start - p.length), start), true)
    : start === 0 ? 1 : 0.5;
  const sScore = s.length
    ? sideScore(s, text.slice(end, end + s.length), false)
    : end === text.length ? 1 : 0.5;
  return (pScore + sScore) / 2;
}
