/**
 * The benches' generated corpora, one home for match.ts, scale.ts and coldstart.ts: real news
 * articles (the clusters datasets) varied deterministically to reach any size, so document
 * frequencies stay realistic and no two articles are alike. Copy k of an article renames its
 * capitalised words (new people and places), swaps a quarter of its other words for words of other
 * articles and moves its date; k = 0 is the article itself.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { isStopword } from '../../utils/text/stopwords';
import type { Article } from '../../utils/types';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'datasets', 'clusters');

/** One generated article: the fields every engine under test reads. */
export interface Doc {
  id: string;
  title: string;
  text: string;
  date: string | null;
  source: string | null;
}

/** A deterministic xorshift generator: the same corpus on every run and machine. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const SYL = ['ka', 'lo', 'mi', 'ren', 'sa', 'to', 'vin', 'dar', 'el', 'po', 'zu', 'ne', 'bra', 'ti', 'gor', 'an'];

/** The real articles the copies are made of (BASIL dev and ECB+: 1,130, the two texts ECB+ carries twice kept once, so no copy repeats another). */
export function load(): Doc[] {
  const out: Doc[] = [];
  const texts = new Set<string>();
  for (const f of ['basil-dev.jsonl', 'ecbplus.jsonl'])
    for (const line of readFileSync(join(DATA, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; title: string | null; text: string; date: string | null; source?: string | null };
      if (texts.has(r.text)) continue;
      texts.add(r.text);
      out.push({ id: r.id, title: r.title ?? '', text: r.text, date: r.date && /^\d{4}-\d\d-\d\d$/.test(r.date) ? r.date : null, source: r.source ?? null });
    }
  return out;
}

/** The words copies swap in: every lower-case word of four letters or more in the base articles. */
export function wordPool(base: Doc[]): string[] {
  return [...new Set(base.flatMap((d) => d.text.toLowerCase().match(/\p{Ll}{4,}/gu) ?? []))].sort();
}

/** Copy `k` of a document: renamed capitalised words, 25% of other words swapped, same layout. */
export function vary(d: Doc, k: number, pool: string[]): Doc {
  if (k === 0) return d;
  const rand = rng(k * 7919 + d.id.length * 104729 + d.id.charCodeAt(d.id.length - 1));
  const names = new Map<string, string>();
  const rename = (w: string): string => {
    let n = names.get(w);
    if (!n) {
      const r = rng([...w].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), k * 2654435761));
      n = '';
      for (let i = 0; i < 2 + Math.floor(r() * 2); i++) n += SYL[Math.floor(r() * SYL.length)];
      n = n[0]!.toUpperCase() + n.slice(1);
      names.set(w, n);
    }
    return n;
  };
  const edit = (s: string): string =>
    s.replace(/\p{L}+/gu, (w) => (/^\p{Lu}/u.test(w) && w.length > 2 ? rename(w) : rand() < 0.25 ? pool[Math.floor(rand() * pool.length)]! : w));
  const day = d.date ? new Date(Date.parse(d.date) + Math.floor(rand() * 3000) * 86_400_000).toISOString().slice(0, 10) : null;
  return { id: `${d.id}#${k}`, title: edit(d.title), text: edit(d.text), date: day, source: d.source };
}

/** The first `n` documents of the endless sequence base[0..], then copy 1 of each, copy 2, … */
export function generate(n: number, base: Doc[] = load(), pool: string[] = wordPool(base)): Doc[] {
  const docs: Doc[] = [];
  for (let i = 0; docs.length < n; i++) docs.push(vary(base[i % base.length]!, Math.floor(i / base.length), pool));
  return docs;
}

/** A generated document as the engine stores it (an import: no byline, English, a made-up URL). */
export function articleOf(d: Doc, addedAt = Date.now()): Article {
  return {
    id: d.id,
    title: d.title || null,
    source: d.source,
    byline: null,
    published: d.date,
    url: `https://bench.example/${encodeURIComponent(d.id)}`,
    lang: 'en',
    text: d.text,
    origin: 'import',
    addedAt,
  };
}

/** A full-text engine's query for a document: its `n` most frequent content words (what a page gives MiniSearch or FlexSearch). */
export function topWords(d: { title: string; text: string }, n = 20): string {
  const tf = new Map<string, number>();
  for (const w of `${d.title} ${d.text}`.toLowerCase().match(/\p{L}{3,}/gu) ?? []) if (!isStopword(w, 'en')) tf.set(w, (tf.get(w) ?? 0) + 1);
  return [...tf.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([w]) => w)
    .join(' ');
}

/** The p-th percentile (nearest rank) of a list of timings. */
export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
