/**
 * Word-level differences between two wordings of one statement, for the side panel to show how
 * outlets differ ("totally" vs "fundamentally"). Words compare without case or punctuation, so
 * "war," and "war." count as the same word.
 */

/** One run of the diff: words in both, only in `b` (add), or only in `a` (del). */
export interface DiffPart {
  op: 'same' | 'add' | 'del';
  text: string;
}

function norm(w: string): string {
  return w.normalize('NFKC').toLowerCase().replace(/[’‘]/gu, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Past this many cells the LCS table is skipped and the middle shown as replaced. */
const MAX_CELLS = 250_000;

/** Word diff of `a` → `b` by longest common subsequence over words; adjacent runs are merged. */
export function wordDiff(a: string, b: string): DiffPart[] {
  const A = a.split(/\s+/u).filter(Boolean);
  const B = b.split(/\s+/u).filter(Boolean);
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string): void => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ' ' + text;
    else parts.push({ op, text });
  };
  let pre = 0;
  while (pre < A.length && pre < B.length && norm(A[pre]!) === norm(B[pre]!)) pre++;
  let suf = 0;
  while (suf < A.length - pre && suf < B.length - pre && norm(A[A.length - 1 - suf]!) === norm(B[B.length - 1 - suf]!)) suf++;
  for (let i = 0; i < pre; i++) push('same', B[i]!);
  const a2 = A.slice(pre, A.length - suf);
  const b2 = B.slice(pre, B.length - suf);
  const n = a2.length;
  const m = b2.length;
  if (n * m > MAX_CELLS) {
    for (const w of a2) push('del', w);
    for (const w of b2) push('add', w);
  } else if (n || m) {
    const na = a2.map(norm);
    const nb = b2.map(norm);
    const L = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        L[i * (m + 1) + j] = na[i] === nb[j] ? L[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(L[(i + 1) * (m + 1) + j]!, L[i * (m + 1) + j + 1]!);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (na[i] === nb[j]) {
        push('same', b2[j]!);
        i++;
        j++;
      } else if (L[(i + 1) * (m + 1) + j]! >= L[i * (m + 1) + j + 1]!) push('del', a2[i++]!);
      else push('add', b2[j++]!);
    }
    while (i < n) push('del', a2[i++]!);
    while (j < m) push('add', b2[j++]!);
  }
  for (let i = B.length - suf; i < B.length; i++) push('same', B[i]!);
  return parts;
}
