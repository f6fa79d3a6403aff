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
  /** Days between the publication dates, or null when either is unknown (never "the same day"). */
  days: number | null;
  /** Days between the event days the two texts state (their closest pair), or null when either states none. */
  eventGap: number | null;
  /** IDF of the rarest person's full name (a given name and more) the two share, over the IDF of a name only one article has: 1 for a name no third article carries. */
  fullName: number;
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
  bias: -1.49,
  names: 3.49,
  terms: 2.42,
  nums: 0.83,
  /** Title + lead cosine. */
  lead: 3.44,
  /** Multiplies √dup: shared wording beyond shared words. */
  phrasing: 1.02,
  /** Publication days apart, both known: e^(−days/2) (same day 1, three days 0.22). */
  near: 1.29,
  /** Publication days apart, both known: 1 − e^(−days/7) (a week 0.63). */
  gap: -1.54,
  /** Publication days apart, both known: ln(1 + days) / ln(366), capped at 1 (a month 0.58, a year 1). */
  far: -1.83,
  /** 1 when either publication date is unknown: no time evidence, which is not "the same day". */
  undated: -0.72,
  /** far × names: reports weeks apart are the same story only on overwhelming evidence (a follow-up names the same people). */
  farNames: -0.16,
  /** The rarest shared full name (PairSignals.fullName): a victim's or a defendant's name is one story's. */
  fullName: 0.77,
  /** far × fullName: a follow-up weeks later names the same people. */
  farFullName: 0.44,
  /** Both texts state event days within a day of each other. */
  eventSame: 0.87,
  /** Both texts state event days, two or more days apart. */
  eventClash: -0.58,
  yearClash: 0.02,
  dayClash: -0.60,
  qtyClash: -0.67,
} as const;

/** A set of coefficients of the model (the shipped COEFFICIENTS, or a cross-validation fold's). */
export type Coefficients = Readonly<Record<keyof typeof COEFFICIENTS, number>>;

/** Names of featureVector()'s entries, the keys of COEFFICIENTS after the bias. */
export const FEATURE_NAMES = ['names', 'terms', 'nums', 'lead', 'phrasing', 'near', 'gap', 'far', 'undated', 'farNames', 'fullName', 'farFullName', 'eventSame', 'eventClash', 'yearClash', 'dayClash', 'qtyClash'] as const;

/** Time scale of a news story: coverage of one event mostly falls within days of it. */
export const STORY_DAYS = 7;

/** Publication distance mapped to [0, 1): 0 same day, 0.35 three days, 0.63 a week, ~1 a month or more. */
export function timeGap(days: number): number {
  return 1 - Math.exp(-Math.abs(days) / STORY_DAYS);
}

/** Publication distance on a log scale: 0 same day, 0.58 a month, 1 a year or more. */
export function farGap(days: number): number {
  return Math.min(1, Math.log1p(Math.abs(days)) / Math.log(366));
}

/** Event days this close count as the same day (a report filed after midnight says "yesterday"). */
export const EVENT_SAME_DAYS = 1;

/** The linear part of the model, exposed for fitting and diagnostics (order: FEATURE_NAMES). */
export function featureVector(s: PairSignals): number[] {
  const d = s.days;
  const far = d === null ? 0 : farGap(d);
  return [
    s.names,
    s.terms,
    s.nums,
    s.lead,
    Math.sqrt(s.dup),
    d === null ? 0 : Math.exp(-Math.abs(d) / 2),
    d === null ? 0 : timeGap(d),
    far,
    d === null ? 1 : 0,
    far * s.names,
    s.fullName,
    far * s.fullName,
    s.eventGap !== null && s.eventGap <= EVENT_SAME_DAYS ? 1 : 0,
    s.eventGap !== null && s.eventGap > EVENT_SAME_DAYS ? 1 : 0,
    s.yearClash,
    s.dayClash,
    s.qtyClash,
  ];
}

/**
 * Names + terms cosine below which the model was not fitted (easy negatives would swamp the fit):
 * there its output is ramped down linearly to 0, so shared numbers or a date alone never make
 * two texts that share almost no words "the same story".
 */
export const OVERLAP_GATE = 0.2;

/** Probability-like score of the same story from the signals, in [0, 1]. */
export function combine(s: PairSignals, c: Coefficients = COEFFICIENTS): number {
  const x = featureVector(s);
  let z = c.bias;
  for (let i = 0; i < FEATURE_NAMES.length; i++) z += c[FEATURE_NAMES[i]!] * x[i]!;
  const p = 1 / (1 + Math.exp(-z));
  const overlap = s.names + s.terms;
  return overlap >= OVERLAP_GATE ? p : (p * overlap) / OVERLAP_GATE;
}
