/** Paragraphs that say again what other text of the page says (repeated captions, pull quotes, summaries). */


function tokens(p: string): string[] {
  return p.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/**
 * Paragraphs that repeat other text of the page: a caption that says again what the body says, a
 * pull quote, a summary box of the first lines, a duplicated caption. A paragraph whose word
 * 4-grams lie at least 90 % inside one other, longer paragraph goes (of two equal ones the later).
 */
export function repeats(paras: readonly string[], boxed: readonly boolean[] | null): Set<number> {
  const grams = paras.map((p) => {
    const t = tokens(p);
    const g = new Set<string>();
    for (let i = 0; i + 4 <= t.length; i++) g.add(t.slice(i, i + 4).join(' '));
    return g;
  });
  const where = new Map<string, number[]>();
  grams.forEach((g, i) => {
    for (const k of g) {
      const l = where.get(k);
      if (l) l.push(i);
      else where.set(k, [i]);
    }
  });
  const out = new Set<number>();
  grams.forEach((g, i) => {
    if (g.size < 6 || g.size > 40 || (boxed && !boxed[i])) return;
    const hits = new Map<number, number>();
    for (const k of g) for (const j of where.get(k)!) if (j !== i) hits.set(j, (hits.get(j) ?? 0) + 1);
    for (const [j, n] of hits) {
      // Inside a clearly longer paragraph, or a short line said twice; two long equal paragraphs
      // are left alone (a page may repeat its own text, and the reader sees it twice too).
      const longer = grams[j]!.size >= 1.2 * g.size || (grams[j]!.size >= g.size && j < i && g.size <= 30);
      if (longer && !out.has(j) && n >= 0.9 * g.size) {
        out.add(i);
        return;
      }
    }
  });
  return out;
}

