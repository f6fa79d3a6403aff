/**
 * Finding the quoted spans of an article: pairing quotation marks the way newsrooms actually use
 * them (curly, straight, doubled apostrophes, guillemets, German low marks, nested singles),
 * paragraph by paragraph, in one linear pass. Attribution and the scare-quote filter come later;
 * this module only says where quotations are and how sure the pairing is.
 */

/** A quoted span found by mark pairing. `start`/`end` cover the words, not the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Index of the opening mark, or the paragraph start when the opening mark is missing. */
  openAt: number;
  /** Index just after the closing mark, or `end` when the quote runs to the paragraph end unclosed. */
  closeEnd: number;
  /** Paragraph number (0-based) and its bounds. */
  para: number;
  paraStart: number;
  paraEnd: number;
  /** The quote had its closing mark. */
  closed: boolean;
  /** No opening mark: inferred from a closing mark (continuation or attribution after it). */
  missingOpen: boolean;
  /** Opens a paragraph right after a paragraph whose quote ran on unclosed: same speaker. */
  continues: boolean;
  /** Top-level single marks (‘…’, ‚…‘) rather than double ones. */
  single: boolean;
}

/** A paragraph of the source text (a line with content), with offsets. */
export interface Paragraph {
  start: number;
  end: number;
}

/** Lines with content; scraped text separates paragraphs by one or more newlines. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = n;
    let s = i;
    let e = j;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    i = j + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0x3000 || c === 0x2002 || c === 0x2003;
}

/** Characters that can be (part of) a quotation mark: the scan jumps from one to the next. */
const MARK_CHARS = /["“”„‟«»‘’‚'`「」『』＂]/gu;

const OPEN_PUNCT = new Set(['(', '[', '{', '—', '–', '-', '/', '\u2015', ':', ';', '¿', '¡']);

/** Mark families. D_* are double marks, S_* single. */
type Kind =
  | 'ldq' // “
  | 'rdq' // ”
  | 'low' // „
  | 'sdq' // "
  | 'laq' // «
  | 'raq' // »
  | 'lsq2' // ‘‘ or ``
  | 'rsq2' // ’’
  | 'ssq2' // ''
  | 'lsq' // ‘
  | 'rsq' // ’
  | 'lows' // ‚
  | 'lcj' // 「 『
  | 'rcj'; // 」 』

interface Mark {
  kind: Kind;
  at: number;
  len: number;
  /** Looks like it opens (space or start before, a non-space after). */
  openCtx: boolean;
  /** Looks like it closes (a non-space before, space, punctuation or end after). */
  closeCtx: boolean;
}

function markAt(text: string, i: number, pStart: number, pEnd: number): Mark | null {
  const ch = text[i];
  let kind: Kind | null = null;
  let len = 1;
  const next = i + 1 < pEnd ? text[i + 1] : '';
  switch (ch) {
    case '“':
      kind = 'ldq';
      break;
    case '”':
      kind = 'rdq';
      break;
    case '„':
    case '‟':
      kind = 'low';
      break;
    case '"':
    case '＂':
      kind = 'sdq';
      break;
    case '«':
      kind = 'laq';
      break;
    case '»':
      kind = 'raq';
      break;
    case '「':
    case '『':
      kind = 'lcj';
      break;
    case '」':
    case '』':
      kind = 'rcj';
      break;
    case '‘':
      if (next === '‘') {
        kind = 'lsq2';
        len = 2;
      } else kind = 'lsq';
      break;
    case '`':
      if (next === '`') {
        kind = 'lsq2';
        len = 2;
      }
      break;
    case '’':
      if (next === '’') {
        kind = 'rsq2';
        len = 2;
      } else kind = 'rsq';
      break;
    case "'":
      if (next === "'") {
        kind = 'ssq2';
        len = 2;
      }
      break;
    case '‚':
      kind = 'lows';
      break;
    default:
      return null;
  }
  if (!kind) return null;
  // Markup that survived scraping: attribute values (author="@x") are not quotations.
  if ((kind === 'sdq' || kind === 'ssq2') && (text[i - 1] === '=' || text[i + len] === '>' || text[i + len] === '<')) return null;
  const before = i > pStart ? text[i - 1]! : '';
  const after = i + len < pEnd ? text[i + len]! : '';
  const beforeSpace = before === '' || isSpace(before.charCodeAt(0)) || OPEN_PUNCT.has(before) || isMarkChar(before);
  const afterSpace = after === '' || isSpace(after.charCodeAt(0));
  const afterPunct = afterSpace || /[.,;:!?)\]}…—―–\-'"“”’‘»«]/u.test(after);
  return { kind, at: i, len, openCtx: beforeSpace && !afterSpace, closeCtx: !beforeSpace && afterPunct || (before !== '' && /[.,!?…]/u.test(before)) };
}

function isMarkChar(c: string): boolean {
  return c === '“' || c === '”' || c === '„' || c === '"' || c === '«' || c === '»' || c === '‘' || c === '’' || c === '‚';
}

/** Which marks may close a quote opened by `open`. */
function closes(open: Kind, m: Mark): boolean {
  switch (open) {
    case 'ldq':
      return m.kind === 'rdq' || m.kind === 'rsq2' || (m.kind === 'ldq' && m.closeCtx && !m.openCtx) || (m.kind === 'sdq' && m.closeCtx);
    case 'lsq2':
      return m.kind === 'rsq2' || m.kind === 'ssq2' || m.kind === 'rdq';
    case 'ssq2':
      return m.kind === 'ssq2' || m.kind === 'rsq2';
    case 'low':
      return m.kind === 'ldq' || m.kind === 'rdq' || (m.kind === 'sdq' && m.closeCtx);
    case 'sdq':
      return m.kind === 'sdq' || ((m.kind === 'rdq' || m.kind === 'rsq2') && m.closeCtx);
    case 'laq':
      return m.kind === 'raq';
    case 'raq':
      return m.kind === 'laq';
    case 'rdq':
      return m.kind === 'rdq' && m.closeCtx;
    case 'lcj':
      return m.kind === 'rcj';
    case 'lsq':
      return m.kind === 'rsq' && m.closeCtx;
    case 'lows':
      return m.kind === 'lsq' && m.closeCtx;
    default:
      return false;
  }
}

/** Marks of the same family that nest inside a quote opened by `open` (nested “…” in “…”). */
function nests(open: Kind, m: Mark): boolean {
  if (!m.openCtx) return false;
  if (open === 'ldq') return m.kind === 'ldq';
  if (open === 'laq') return m.kind === 'laq';
  if (open === 'lsq') return m.kind === 'lsq';
  return false;
}

function opensDouble(m: Mark): boolean {
  switch (m.kind) {
    case 'ldq':
    case 'low':
    case 'laq':
    case 'lsq2':
    case 'lcj':
      return true;
    case 'sdq':
    case 'ssq2':
      return m.openCtx || !m.closeCtx;
    case 'raq':
    case 'rdq':
      return m.openCtx; // »Danish« and Swedish ”…” quotes, or a typo
    default:
      return false;
  }
}

function closesOrphan(m: Mark): boolean {
  switch (m.kind) {
    case 'rdq':
    case 'rsq2':
    case 'raq':
    case 'rcj':
      return true;
    case 'sdq':
    case 'ssq2':
      return m.closeCtx && !m.openCtx;
    default:
      return false;
  }
}

/** Trim white space and a trailing comma from [s, e): the comma only marks the attribution split. */
function trimContent(text: string, s: number, e: number): [number, number] {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s && text[e - 1] === ',') e--;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

interface ParaScan {
  spans: QuoteSpan[];
  /** The last double quote of the paragraph ran to its end without a closing mark. */
  openAtEnd: boolean;
}

function scanParagraph(text: string, p: Paragraph, para: number, prevOpenAtEnd: boolean, allowSingles: boolean): ParaScan {
  const spans: QuoteSpan[] = [];
  let open: Mark | null = null;
  let depth = 0;
  let nestedSingle = false;
  const base = { para, paraStart: p.start, paraEnd: p.end };
  let sawMark = false;
  for (let i = p.start; i < p.end; i++) {
    MARK_CHARS.lastIndex = i;
    const hit = MARK_CHARS.exec(text);
    if (!hit || hit.index >= p.end) break;
    i = hit.index;
    const m = markAt(text, i, p.start, p.end);
    if (!m) continue;
    i += m.len - 1;
    if (!open) {
      const single = allowSingles && ((m.kind === 'lsq' && m.openCtx) || m.kind === 'lows');
      if (opensDouble(m) || single) {
        open = m;
        depth = 1;
        nestedSingle = false;
        sawMark = true;
        continue;
      }
      if (closesOrphan(m) && !sawMark) {
        // A closing mark with no opening one: the continuation of last paragraph's quote, or a
        // quote whose opening mark was dropped. Attribution must confirm the latter later.
        const [s, e] = trimContent(text, p.start, m.at);
        if (e > s)
          spans.push({ ...base, start: s, end: e, openAt: p.start, closeEnd: m.at + m.len, closed: true, missingOpen: true, continues: prevOpenAtEnd, single: false });
      }
      if (m.kind !== 'rsq' && m.kind !== 'lsq') sawMark = true;
      continue;
    }
    // Inside a quote.
    if (open.kind !== 'lsq' && open.kind !== 'lows') {
      if (m.kind === 'lsq' && m.openCtx) {
        nestedSingle = true;
        continue;
      }
      if (m.kind === 'rsq') {
        if (m.closeCtx) nestedSingle = false;
        continue;
      }
      if (m.kind === 'rsq2' && nestedSingle) {
        // ’’ closing a nested single right before the real closing mark.
        nestedSingle = false;
        continue;
      }
    }
    if (nests(open.kind, m) && !(open.kind === 'ldq' && m.kind === 'ldq' && m.closeCtx)) {
      depth++;
      continue;
    }
    if (closes(open.kind, m) || (depth > 1 && (m.kind === 'rdq' || m.kind === 'raq' || m.kind === 'rsq'))) {
      depth--;
      if (depth > 0) continue;
      const [s, e] = trimContent(text, open.at + open.len, m.at);
      if (e > s) {
        spans.push({
          ...base, start: s, end: e, openAt: open.at, closeEnd: m.at + m.len, closed: true, missingOpen: false,
          continues: prevOpenAtEnd && open.at === p.start, single: open.kind === 'lsq' || open.kind === 'lows',
        });
      }
      open = null;
    }
  }
  if (open) {
    if (open.kind === 'lsq' || open.kind === 'lows') {
      // An unclosed single mark was an apostrophe or a stray: rescan without top-level singles.
      return scanParagraph(text, p, para, prevOpenAtEnd, false);
    }
    const [s, e] = trimContent(text, open.at + open.len, p.end);
    if (e > s) {
      spans.push({
        ...base, start: s, end: e, openAt: open.at, closeEnd: e, closed: false, missingOpen: false,
        continues: prevOpenAtEnd && open.at === p.start, single: false,
      });
      return { spans, openAtEnd: true };
    }
  }
  return { spans, openAtEnd: false };
}

/**
 * Every quoted span, sorted by start. A paragraph ending inside a quote closes it there (the
 * newsroom convention is to reopen the mark on the next paragraph); a closing mark with no opening
 * mark yields a span from the paragraph start flagged `missingOpen` for attribution to confirm.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let prevOpen = false;
  const paras = paragraphs(text);
  for (let k = 0; k < paras.length; k++) {
    const r = scanParagraph(text, paras[k]!, k, prevOpen, true);
    for (const s of r.spans) out.push(s);
    prevOpen = r.openAtEnd;
  }
  return out;
}
