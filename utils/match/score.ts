/**
 * Turns the signals two articles share into one score in [0, 1]: the estimated probability that
 * they report the same story. A logistic model over five signals (story-detection literature and
 * SemEval-2022 task 8 found these the useful ones): cosine of IDF-weighted name vectors, cosine of
 * IDF-weighted content-term vectors, IDF-weighted overlap of numbers and dates, and distance in
 * publication time when both dates are known. The coefficients were fitted on development data;
 * README.md says how.
 */

/** What two articles share, each signal in [0, 1] (days: absolute difference, or null when unknown). */
export interface PairSignals {
  names: number;
  terms: number;
  nums: number;
  /** Cosine of the IDF-weighted title + lead vectors. */
  lead: number;
  days: number | null;
  /** Estimated Jaccard overlap of 3-word shingles (MinHash). */
  dup: number;
}

/** Logistic coefficients (see README.md: fitted by scripts/eval/match.ts --fit). */
export const COEFFICIENTS = {
  bias: -2.66,
  names: 6.08,
  terms: 0.32,
  nums: 4.19,
  /** Multiplies timeGap(days) when both dates are known. */
  time: -2.33,
  /** Added when both dates are known. */
  dated: -0.17,
  /** Title + lead cosine. */
  lead: 2.34,
} as const;

/** Time scale of a news story: coverage of one event mostly falls within days of it. */
export const STORY_DAYS = 7;

/** Publication distance mapped to [0, 1): 0 same day, 0.35 three days, 0.63 a week, ~1 a month or more. */
export function timeGap(days: number): number {
  return 1 - Math.exp(-Math.abs(days) / STORY_DAYS);
}

/** The linear part of the model, exposed for fitting and diagnostics. */
export function featureVector(s: PairSignals): number[] {
  const dated = s.days === null ? 0 : 1;
  return [s.names, s.terms, s.nums, s.days === null ? 0 : timeGap(s.days), dated, s.lead];
}

/**
 * Names + terms cosine below which the model was not fitted (easy negatives would swamp the fit):
 * there its output is ramped down linearly to 0, so shared numbers or a date alone never make
 * two texts that share almost no words "the same story".
 */
export const OVERLAP_GATE = 0.2;

/** Probability-like score of the same story from the signals, in [0, 1]. */
export function combine(s: PairSignals, c: typeof COEFFICIENTS = COEFFICIENTS): number {
  const x = featureVector(s);
  const z = c.bias + c.names * x[0]! + c.terms * x[1]! + c.nums * x[2]! + c.time * x[3]! + c.dated * x[4]! + c.lead * x[5]!;
  const p = 1 / (1 + Math.exp(-z));
  const overlap = s.names + s.terms;
  return overlap >= OVERLAP_GATE ? p : (p * overlap) / OVERLAP_GATE;
}
