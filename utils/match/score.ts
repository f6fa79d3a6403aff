/**
 * Turns the signals two articles share into one score in [0, 1]: the estimated probability that
 * they report the same story. A logistic model (story-detection literature and SemEval-2022 task 8
 * found these the useful signals): cosine of IDF-weighted name vectors, cosine of IDF-weighted
 * content-term vectors, IDF-weighted overlap of numbers and dates, title + lead cosine, distance in
 * publication time when both dates are known, shared phrasing (3-word shingles), and three
 * contradictions — evidence that two reports of the same kind of event are about different events
 * (different years, event weekdays two or more days apart, different values of one quantity).
 * The coefficients were fitted on development data; README.md says how.
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
  /** 1 when both mention years and no year is shared. */
  yearClash: number;
  /** 1 when both leads name a weekday and every pair of them is two or more days apart. */
  dayClash: number;
  /** 1 when both give a value for one unit ("magnitude", "people") and no value of that unit is shared. */
  qtyClash: number;
}

/** Logistic coefficients (see README.md: fitted by scripts/eval/match.ts --fit), in featureVector() order. */
export const COEFFICIENTS = {
  bias: -2.32,
  names: 5.63,
  terms: 0.54,
  nums: 4.12,
  /** Multiplies timeGap(days) when both dates are known. */
  time: -2.33,
  /** Added when both dates are known. */
  dated: -0.19,
  /** Title + lead cosine. */
  lead: 2.22,
  /** Multiplies √dup: shared wording beyond shared words. */
  phrasing: 1.73,
  yearClash: -0.13,
  dayClash: -1.37,
  qtyClash: -0.91,
} as const;

/** Names of featureVector()'s entries, the keys of COEFFICIENTS after the bias. */
export const FEATURE_NAMES = ['names', 'terms', 'nums', 'time', 'dated', 'lead', 'phrasing', 'yearClash', 'dayClash', 'qtyClash'] as const;

/** Time scale of a news story: coverage of one event mostly falls within days of it. */
export const STORY_DAYS = 7;

/** Publication distance mapped to [0, 1): 0 same day, 0.35 three days, 0.63 a week, ~1 a month or more. */
export function timeGap(days: number): number {
  return 1 - Math.exp(-Math.abs(days) / STORY_DAYS);
}

/** The linear part of the model, exposed for fitting and diagnostics (order: FEATURE_NAMES). */
export function featureVector(s: PairSignals): number[] {
  const dated = s.days === null ? 0 : 1;
  return [s.names, s.terms, s.nums, s.days === null ? 0 : timeGap(s.days), dated, s.lead, Math.sqrt(s.dup), s.yearClash, s.dayClash, s.qtyClash];
}

/**
 * Names + terms cosine below which the model was not fitted (easy negatives would swamp the fit):
 * there its output is ramped down linearly to 0, so shared numbers or a date alone never make
 * two texts that share almost no words "the same story".
 */
export const OVERLAP_GATE = 0.2;

/** Probability-like score of the same story from the signals, in [0, 1]. */
export function combine(s: PairSignals, c: Readonly<Record<keyof typeof COEFFICIENTS, number>> = COEFFICIENTS): number {
  const x = featureVector(s);
  let z = c.bias;
  for (let i = 0; i < FEATURE_NAMES.length; i++) z += c[FEATURE_NAMES[i]!] * x[i]!;
  const p = 1 / (1 + Math.exp(-z));
  const overlap = s.names + s.terms;
  return overlap >= OVERLAP_GATE ? p : (p * overlap) / OVERLAP_GATE;
}
