/**
 * W3C Web Annotation selectors for a highlight in a page's visible text. We keep both a position
 * (cheap, exact while the page is unchanged) and a quote with its surroundings (survives edits
 * elsewhere on the page), so a highlight can be found again on a later visit.
 */

/** The highlighted text plus what came just before and after it, to tell repeated phrases apart. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets (UTF-16 code units) of the highlight in the page's visible text when it was made. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** What we store per highlight: both selectors, tried position first, then quote. */
export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Clamps a caller's range into the text, because a range computed from a live page can run a little
 * past the text we were given; a reversed or non-numeric range is a caller bug and throws.
 */
export function clampRange(length: number, start: number, end: number): [number, number] {
  if (!Number.isFinite(start) || !Number.isFinite(end)) {
    throw new RangeError(`Range offsets must be finite numbers (got ${start}, ${end}).`);
  }
  if (start > end) throw new RangeError(`Range start ${start} is after its end ${end}.`);
  const s = Math.min(Math.max(Math.trunc(start), 0), length);
  const e = Math.min(Math.max(Math.trunc(end), 0), length);
  return [s, e];
}

/**
 * Describes a range of the page's visible text so it can be re-anchored later. `context` is how
 * many characters of prefix/suffix to keep: enough to tell repeated phrases apart, small enough
 * to survive edits near the highlight. Offsets outside the text are clamped into it; a reversed or
 * non-finite range throws a RangeError. `start === end` gives an empty quote (allowed, but such a
 * highlight shows nothing).
 */
export function describeRange(text: string, start: number, end: number, context = 32): Selectors {
  const [s, e] = clampRange(text.length, start, end);
  const ctx = Math.max(0, Math.trunc(Number.isFinite(context) ? context : 0));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - ctx), s),
      suffix: text.slice(e, e + ctx),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}
