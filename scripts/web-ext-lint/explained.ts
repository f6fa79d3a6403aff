/**
 * The warnings `web-ext lint` gives the Firefox build that we keep, each with the reason, and the
 * matcher that tells them from any new one. A warning is recognised by its code, its file and the
 * code around the place it points at (minified names change from build to build, the library code
 * around them does not), so a new warning of the same code elsewhere — in our own code — fails.
 * assets/listing/README.md lists the same warnings for the AMO reviewer.
 */

/** One message of `web-ext lint --output json` (errors, warnings and notices share the shape). */
export interface LintMessage {
  _type?: string;
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

/** A warning we keep: what it is, how to recognise it, and why it stays. */
export interface ExplainedWarning {
  code: string;
  /** The file it is in, by pattern (chunk names carry a content hash). */
  file: RegExp;
  /** Matches the code around the place the warning points at. */
  context: RegExp;
  /** How many times the build has it (each place counted). */
  count: number;
  reason: string;
}

export const EXPLAINED_WARNINGS: ExplainedWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /\.js$/,
    context: /dangerouslySetInnerHTML[\s\S]*\.innerHTML=[\w$]+\.__html/,
    count: 1,
    reason:
      "Preact's renderer (node_modules/preact, in the chunk every page shares): the branch that applies a dangerouslySetInnerHTML prop. Crossread never passes that prop (eslint.config.js forbids it, with innerHTML and insertAdjacentHTML, in every file), so the branch never runs; page text is rendered as text nodes.",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^background\.js$/,
    context: /_attempts\.push|_charThreshold/,
    count: 1,
    reason:
      "Mozilla's Readability (node_modules/@mozilla/readability), run in the background page on a document made by DOMParser from the page's HTML: between extraction attempts it restores the document's own earlier markup (innerHTML = the copy it took). A DOMParser document is inert — never rendered, its scripts never run, nothing loads — and the extension shows only the extracted text, as text.",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^background\.js$/,
    context: /noscript[\s\S]*_isSingleImage|_isSingleImage[\s\S]*\.innerHTML=[\w$]+\.innerHTML/,
    count: 1,
    reason:
      "Mozilla's Readability again (_unwrapNoscriptImages): it copies a <noscript> element's markup into a new element of the same inert DOMParser document, to keep a lazy-loaded image's real source. Nothing of it is rendered or run; the images are never shown.",
  },
];

/** The source around a warning's place: `radius` characters either side of its line and column. */
export function contextOf(source: string, line = 1, column = 0, radius = 400): string {
  const lines = source.split('\n');
  const at = lines.slice(0, Math.max(0, line - 1)).reduce((n, l) => n + l.length + 1, 0) + column;
  return source.slice(Math.max(0, at - radius), at + radius + 1);
}

/** What the lint run comes to: the warnings explained (by which entry), those that are not, and entries that matched less often than they say. */
export interface LintVerdict {
  explained: { message: LintMessage; by: ExplainedWarning }[];
  unexplained: LintMessage[];
  /** Entries that matched fewer places than their count (the library changed: read the entry again). */
  stale: { entry: ExplainedWarning; found: number }[];
}

/**
 * Sorts the lint run's messages into explained and not. Errors and notices are never explained:
 * only warnings are listed here, and an error always fails. An entry matches at most `count` places.
 */
export function judge(messages: LintMessage[], source: (file: string) => string | null, entries: ExplainedWarning[] = EXPLAINED_WARNINGS): LintVerdict {
  const used = new Map<ExplainedWarning, number>();
  const verdict: LintVerdict = { explained: [], unexplained: [], stale: [] };
  for (const message of messages) {
    const text = message.file ? source(message.file) : null;
    const around = text === null ? null : contextOf(text, message.line, message.column);
    const by =
      message._type === 'warning' && around !== null
        ? entries.find((e) => e.code === message.code && e.file.test(message.file ?? '') && e.context.test(around) && (used.get(e) ?? 0) < e.count)
        : undefined;
    if (by) {
      used.set(by, (used.get(by) ?? 0) + 1);
      verdict.explained.push({ message, by });
    } else verdict.unexplained.push(message);
  }
  for (const entry of entries) if ((used.get(entry) ?? 0) < entry.count) verdict.stale.push({ entry, found: used.get(entry) ?? 0 });
  return verdict;
}
