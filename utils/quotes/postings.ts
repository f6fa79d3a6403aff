/**
 * Postings for finding candidate pairs without comparing every quote with every other: each
 * item is compared only with the earlier items that share a key with it.
 */

/** Keys this common across the input are not used to find candidates (keeps grouping near-linear). */
export const MAX_POSTINGS = 200;

/** Appends `i` to the postings of each key, after counting the earlier items that share keys with it. */
export function sharedWithEarlier(postings: Map<string, number[]>, keys: Iterable<string>, i: number, take: (j: number) => boolean): Map<number, number> {
  const shared = new Map<number, number>();
  for (const g of keys) {
    const list = postings.get(g);
    if (list && list.length <= MAX_POSTINGS) for (const j of list) if (take(j)) shared.set(j, (shared.get(j) ?? 0) + 1);
    if (list) list.push(i);
    else postings.set(g, [i]);
  }
  return shared;
}
