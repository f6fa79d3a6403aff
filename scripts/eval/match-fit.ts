/**
 * Fitting the matcher's logistic model on the train splits: L2-regularised logistic regression by
 * Newton's method on candidate pairs, the F1-best threshold folded into the bias (so SAME_STORY =
 * 0.5 is the decision point), and grouped 5-fold cross-validation of exactly that procedure.
 */
import { FEATURE_NAMES, OVERLAP_GATE, featureVector, type Coefficients } from '../../utils/match/score';
import type { RankedCandidate } from '../../utils/match/index';
import { fnv1a } from '../../utils/text/hash';
import { goldPairs, pairKey } from './match-metrics';
import type { Labeled } from './match-data';

/** One candidate pair as a training example. */
export interface Sample {
  x: number[];
  y: number;
  /** `corpus/group` of the query article: folds keep a group's pairs together. */
  group: string;
  /** `corpus/group` of the other article (a pair across folds trains no fold that holds either side out). */
  other: string;
  pair: string;
}

/**
 * Candidate pairs of a ranked corpus, each once. Pairs with names + terms cosine below the gate are
 * left out: easy negatives would dominate the log-loss and flatten the coefficients that matter
 * near the decision (the scorer ramps its output down there).
 */
export function samples(corpus: string, docs: readonly Labeled[], ranked: Map<string, RankedCandidate[]>): Sample[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const out: Sample[] = [];
  for (const [q, list] of ranked)
    for (const r of list) {
      const key = pairKey(q, r.id);
      if (seen.has(key)) continue;
      seen.add(key);
      const a = byId.get(q)!;
      const b = byId.get(r.id)!;
      if (r.signals.names + r.signals.terms < OVERLAP_GATE) continue;
      out.push({ x: featureVector(r.signals), y: a.story === b.story ? 1 : 0, group: `${corpus}/${a.group}`, other: `${corpus}/${b.group}`, pair: key });
    }
  return out;
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / row[i]!);
}

/**
 * L2-regularised logistic regression by Newton's method. `weight` evens out the corpora: each
 * corpus's samples together weigh the same, so 40,000 pairs of one file do not drown 700 of another.
 */
export function fitLogistic(data: readonly Sample[], weight: (s: Sample) => number = () => 1, l2 = 1e-3): number[] {
  const d = (data[0]?.x.length ?? 0) + 1;
  let w = new Array<number>(d).fill(0);
  let total = 0;
  for (const s of data) total += weight(s);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const s of data) {
      const c = weight(s);
      const x = [1, ...s.x];
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i]! * x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      for (let i = 0; i < d; i++) {
        g[i]! += c * (p - s.y) * x[i]!;
        for (let j = 0; j <= i; j++) H[i]![j]! += c * p * (1 - p) * x[i]! * x[j]!;
      }
    }
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) H[i]![j] = H[j]![i]!;
    for (let i = 1; i < d; i++) {
      g[i]! += l2 * total * w[i]!;
      H[i]![i]! += l2 * total;
    }
    const step = solve(H, g);
    w = w.map((v, i) => v - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

export function predict(w: readonly number[], x: readonly number[]): number {
  let z = w[0]!;
  for (let i = 0; i < x.length; i++) z += w[i + 1]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The threshold maximising the mean over corpora of pairwise F1 (each corpus's gold pairs given):
 * one threshold for every kind of text, chosen so that no single file decides it.
 */
export function bestThreshold(data: readonly Sample[], w: readonly number[], goldByCorpus: Map<string, number>): number {
  const corpusOf = (s: Sample): string => s.group.slice(0, s.group.indexOf('/'));
  const scored = data.map((s) => ({ p: predict(w, s.x), y: s.y, c: corpusOf(s) })).sort((a, b) => b.p - a.p);
  const tp = new Map<string, number>();
  const pred = new Map<string, number>();
  let best = { t: 0.5, f: -1 };
  const corpora = [...goldByCorpus.keys()];
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i]!;
    pred.set(s.c, (pred.get(s.c) ?? 0) + 1);
    tp.set(s.c, (tp.get(s.c) ?? 0) + s.y);
    if (i + 1 < scored.length && scored[i + 1]!.p === s.p) continue;
    let sum = 0;
    for (const c of corpora) {
      const t = tp.get(c) ?? 0;
      const p = t / (pred.get(c) || 1);
      const r = t / (goldByCorpus.get(c) || 1);
      sum += p + r ? (2 * p * r) / (p + r) : 0;
    }
    if (sum / corpora.length > best.f) best = { t: s.p, f: sum / corpora.length };
  }
  return best.t;
}

/** Coefficients as the scorer takes them, with the threshold folded into the bias. */
export function toCoefficients(w: readonly number[], threshold: number): Coefficients {
  const shift = Math.log(threshold / (1 - threshold));
  const c: Record<string, number> = { bias: w[0]! - shift };
  FEATURE_NAMES.forEach((n, i) => (c[n] = w[i + 1]!));
  return c as Coefficients;
}

/** Each corpus's gold pair count. */
export function goldByCorpus(corpora: ReadonlyMap<string, readonly Labeled[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, docs] of corpora) out.set(name, goldPairs(docs));
  return out;
}

/**
 * The fold (0..4) of a `corpus/group`: a stable hash of the group alone, so a story's full text and
 * its lead cut (gva / gva-lead share story groups) always fall in the same fold.
 */
export function foldOf(group: string): number {
  return fnv1a(`crossread-match-fold:${group.slice(group.indexOf('/') + 1)}`) % 5;
}

/**
 * The whole fitting procedure on some samples: fit, balance the corpora, pick the threshold.
 * Used for the shipped model (all train samples) and for each cross-validation fold alike;
 * `corpora` are the articles the samples come from (their gold pairs give the recall).
 */
export function fitModel(data: readonly Sample[], corpora: ReadonlyMap<string, readonly Labeled[]>): Coefficients {
  const count = new Map<string, number>();
  const corpusOf = (s: Sample): string => s.group.slice(0, s.group.indexOf('/'));
  for (const s of data) count.set(corpusOf(s), (count.get(corpusOf(s)) ?? 0) + 1);
  const mean = data.length / (count.size || 1);
  const w = fitLogistic(data, (s) => mean / count.get(corpusOf(s))!);
  return toCoefficients(w, bestThreshold(data, w, goldByCorpus(corpora)));
}
