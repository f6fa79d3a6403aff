/**
 * The content words of an attribution as the reader and the CLI see them: the text without its
 * quotation marks (straight, curly, doubled apostrophes, guillemets), spaces collapsed. One home,
 * so a mixed clause and a reported clause read the same wherever they are shown.
 */

const MARKS = /["“”„‟«»「」『』＂]|''|(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/gu;

/** `s` without quotation marks: a mark between two words becomes a space, so no words are glued. */
export function withoutMarks(s: string): string {
  return s.replace(MARKS, ' ').replace(/\s+/gu, ' ').replace(/ ([,.;:!?…])/gu, '$1').trim();
}
