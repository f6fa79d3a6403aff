/**
 * The quote datasets give offsets in code points (Python's); JavaScript strings index UTF-16 code
 * units. One converter for every eval that reads them.
 */

/** Code-point offsets to UTF-16 offsets for `text`, or null when the text is all BMP (they agree). */
export function offsetMapper(text: string): ((cp: number) => number) | null {
  if (!/[\u{10000}-\u{10FFFF}]/u.test(text)) return null;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[cp] ?? u;
}
