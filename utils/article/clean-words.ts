/** How much a line says: its words (CJK counted by characters) and whether it reads as prose. */
import { DENSE } from '../text/dense';

/** A paragraph with enough words and final punctuation to be prose, not a label or a button. */
export function isProse(p: string): boolean {
  return countWords(p) >= 8 && /[.!?…:;"”’)\]。！？」』）]$/u.test(p);
}

/** Words of a paragraph; CJK scripts write no spaces between words: about two characters a word there. */

export function countWords(p: string): number {
  const dense = p.match(DENSE)?.length ?? 0;
  const spaced = p.replace(DENSE, ' ').split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + Math.ceil(dense / 2);
}

