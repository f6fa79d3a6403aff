/**
 * FNV-1a over UTF-16 code units: a fast, stable 32-bit hash for ids, shingles and splits. One
 * implementation, so an id derived here today is the same id tomorrow.
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
