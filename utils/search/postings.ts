/**
 * A block of the search's postings, packed: (document number, field-weighted frequency, document
 * length) triples with document numbers ascending, written as unsigned varints with the numbers as
 * gaps, so a posting costs 3-5 bytes in IndexedDB instead of three 8-byte numbers. Pure.
 */

/** One document's entry under a term. */
export interface Posting {
  doc: number;
  /** Field-weighted term frequency (analyze.ts FIELD_BOOST). */
  weight: number;
  /** The document's length in terms (for BM25's length normalisation). */
  length: number;
}

/** Most postings in one block: an update rewrites one block of at most this many, whatever the term's frequency. */
export const BLOCK_POSTINGS = 512;

function pushVarint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** Packs postings (sorted by doc here, so the gaps are never negative). */
export function encodePostings(postings: readonly Posting[]): Uint8Array {
  const sorted = [...postings].sort((a, b) => a.doc - b.doc);
  const out: number[] = [];
  let last = 0;
  for (const p of sorted) {
    pushVarint(out, p.doc - last);
    pushVarint(out, p.weight);
    pushVarint(out, p.length);
    last = p.doc;
  }
  return Uint8Array.from(out);
}

/** Unpacks a block written by encodePostings. */
export function decodePostings(bytes: Uint8Array): Posting[] {
  const out: Posting[] = [];
  let i = 0;
  let doc = 0;
  const next = (): number => {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[i++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 128;
    }
  };
  while (i < bytes.length) {
    doc += next();
    const weight = next();
    const length = next();
    out.push({ doc, weight, length });
  }
  return out;
}
