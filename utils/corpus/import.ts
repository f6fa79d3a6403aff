/**
 * Reading an import file: JSON Lines (one article a line, the clusters format), a JSON array of
 * articles, or a corpus file {"articles": [...]}. Every record is checked on its own; what is
 * wrong is reported with its line (or array position) and why, and nothing is half-read.
 * Labels in the input (`story`) are never read.
 */
import type { Article } from '../types';
import type { Correction } from '../db/corrections';
import { fnv1a } from '../text/hash';
import { english, type I18n } from '../i18n/translate';

/** One rejected record: where it was and why. */
export interface ImportError {
  /** 1-based line of a JSON Lines file, or 1-based position in a JSON array. */
  line: number;
  message: string;
}

export interface ImportResult {
  articles: Article[];
  errors: ImportError[];
  /** Records seen, accepted or not. */
  records: number;
  /** The reader's corrections of a corpus file's "corrections" list, each with its 1-based position there. */
  corrections: { index: number; correction: Correction }[];
  /** Rejected corrections; `line` is the position in the "corrections" list. */
  correctionErrors: ImportError[];
}

/** Per-article text cap: anything longer is cut, so one record cannot exhaust memory or the index. */
export const MAX_TEXT_CHARS = 1_000_000;
/** Field caps for the short fields. */
const MAX_FIELD_CHARS = 2_000;

function optionalString(rec: Record<string, unknown>, key: string, i18n: I18n, max = MAX_FIELD_CHARS): string | null {
  const v = rec[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new Error(i18n.t('imp_must_be_string_or_null', { key }));
  const t = v.trim();
  return t ? t.slice(0, max) : null;
}

/** "2022-03-24", "2022-03-24T10:00:00+01:00" are kept; anything else is refused rather than guessed. */
function dateField(rec: Record<string, unknown>, i18n: I18n): string | null {
  const raw = optionalString(rec, 'date', i18n) ?? optionalString(rec, 'published', i18n);
  if (raw === null) return null;
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(raw) || Number.isNaN(Date.parse(raw.slice(0, 10)))) {
    throw new Error(i18n.t('imp_bad_date', { raw: raw.slice(0, 40) }));
  }
  return raw;
}

/** Checks one record and turns it into an Article, or throws the reason (in the reader's words, `i18n`). */
export function recordToArticle(value: unknown, now: number, idPrefix = 'import', i18n: I18n = english): Article {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(i18n.t('imp_expected_object'));
  const rec = value as Record<string, unknown>;
  const text = rec['text'];
  if (typeof text !== 'string') throw new Error(text === undefined ? i18n.t('imp_missing', { key: 'text' }) : i18n.t('imp_must_be_string', { key: 'text' }));
  if (text.trim().length === 0) throw new Error(i18n.t('imp_empty', { key: 'text' }));
  const rawId = rec['id'];
  if (rawId !== undefined && typeof rawId !== 'string' && typeof rawId !== 'number') throw new Error(i18n.t('imp_bad_id'));
  const url = optionalString(rec, 'url', i18n);
  if (url !== null && !/^https?:\/\//i.test(url)) throw new Error(i18n.t('imp_bad_url'));
  const id = rawId !== undefined && String(rawId).trim() ? String(rawId).trim().slice(0, 200) : `${idPrefix}-${hash(url ?? text)}`;
  return {
    id,
    title: optionalString(rec, 'title', i18n),
    source: optionalString(rec, 'source', i18n),
    byline: optionalString(rec, 'byline', i18n),
    published: dateField(rec, i18n),
    url,
    lang: languageTag(optionalString(rec, 'lang', i18n, 35)),
    text: text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text,
    origin: 'import',
    addedAt: now,
  };
}

/** A well-formed BCP 47 tag in canonical form, or null: a malformed one is dropped, not guessed at. */
export function languageTag(tag: string | null): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** One record of a corpus file's "corrections" list (`{a, b, verdict, at}`), checked, or throws the reason. */
export function recordToCorrection(value: unknown, now: number, i18n: I18n = english): Correction {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(i18n.t('imp_expected_object'));
  const rec = value as Record<string, unknown>;
  const id = (key: 'a' | 'b') => {
    const v = rec[key];
    if (typeof v !== 'string' && typeof v !== 'number') throw new Error(v === undefined ? i18n.t('imp_missing', { key }) : i18n.t('imp_bad_article_id', { key }));
    const t = String(v).trim().slice(0, 200);
    if (!t) throw new Error(i18n.t('imp_empty', { key }));
    return t;
  };
  const a = id('a');
  const b = id('b');
  if (a === b) throw new Error(i18n.t('imp_same_article'));
  const verdict = rec['verdict'];
  if (verdict !== 'same' && verdict !== 'different') throw new Error(i18n.t('imp_bad_verdict'));
  const at = rec['at'] ?? now;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) throw new Error(i18n.t('imp_bad_at'));
  return { a, b, verdict, at };
}

/** The corrections of a corpus document, checked one by one (a pair given twice keeps the first). */
function parseCorrections(list: unknown, now: number, i18n: I18n): Pick<ImportResult, 'corrections' | 'correctionErrors'> {
  if (list === undefined) return { corrections: [], correctionErrors: [] };
  if (!Array.isArray(list)) return { corrections: [], correctionErrors: [{ line: 1, message: i18n.t('imp_corrections_not_array') }] };
  const corrections: ImportResult['corrections'] = [];
  const correctionErrors: ImportError[] = [];
  const seen = new Map<string, number>();
  list.forEach((v, i) => {
    try {
      const c = recordToCorrection(v, now, i18n);
      const pair = [c.a, c.b].sort().join('\u0000');
      const first = seen.get(pair);
      if (first !== undefined) throw new Error(i18n.t('imp_same_pair', { first: String(first) }));
      seen.set(pair, i + 1);
      corrections.push({ index: i + 1, correction: c });
    } catch (err) {
      correctionErrors.push({ line: i + 1, message: err instanceof Error ? err.message : String(err) });
    }
  });
  return { corrections, correctionErrors };
}

function hash(s: string): string {
  return fnv1a(s).toString(36);
}

/** Which shape the file has: a JSON document (array or {articles}) or JSON Lines. */
function looksLikeJsonDocument(text: string): boolean {
  const head = text.trimStart();
  if (head.startsWith('[')) return true;
  if (!head.startsWith('{')) return false;
  // A JSON Lines file also starts with "{": it is a document only if the whole text parses.
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses an import file's text. `onProgress(done, total)` is called as records are read, so a
 * page can show a progress bar on large files; `i18n` words the rejections for the reader.
 */
export function parseImport(text: string, now: number, onProgress?: (done: number, total: number) => void, i18n: I18n = english): ImportResult {
  const errors: ImportError[] = [];
  const articles: Article[] = [];
  const seen = new Map<string, number>();
  const accept = (value: unknown, line: number) => {
    try {
      const a = recordToArticle(value, now, 'import', i18n);
      const first = seen.get(a.id);
      if (first !== undefined) throw new Error(i18n.t('imp_duplicate', { id: a.id, first: String(first) }));
      seen.set(a.id, line);
      articles.push(a);
    } catch (err) {
      errors.push({ line, message: err instanceof Error ? err.message : String(err) });
    }
  };

  const none = { corrections: [], correctionErrors: [] };
  if (looksLikeJsonDocument(text)) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      return { articles: [], errors: [{ line: 1, message: i18n.t('imp_not_json', { detail: err instanceof Error ? err.message : String(err) }) }], records: 0, ...none };
    }
    const wrapped = (doc as { articles?: unknown } | null)?.articles;
    const corrections = Array.isArray(doc) ? undefined : (doc as { corrections?: unknown } | null)?.corrections;
    // A lone object with "text" is a one-line JSON Lines file, not a corpus document.
    const single = !Array.isArray(doc) && wrapped === undefined && typeof (doc as { text?: unknown } | null)?.text === 'string';
    // A corpus document may carry only corrections.
    const list = Array.isArray(doc) ? doc : single ? [doc] : wrapped === undefined && corrections !== undefined ? [] : wrapped;
    if (!Array.isArray(list)) {
      return { articles: [], errors: [{ line: 1, message: i18n.t('imp_expected_array') }], records: 0, ...none };
    }
    list.forEach((v, i) => {
      accept(v, i + 1);
      if (onProgress && (i % 200 === 0 || i === list.length - 1)) onProgress(i + 1, list.length);
    });
    return { articles, errors, records: list.length, ...parseCorrections(corrections, now, i18n) };
  }

  const lines = text.split(/\r?\n/);
  let records = 0;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line) {
      records++;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        errors.push({ line: i + 1, message: i18n.t('imp_not_json', { detail: err instanceof Error ? err.message : String(err) }) });
        return;
      }
      accept(value, i + 1);
    }
    if (onProgress && (i % 200 === 0 || i === lines.length - 1)) onProgress(i + 1, lines.length);
  });
  return { articles, errors, records, ...none };
}

/** One article as an import record. */
function exportRecord(a: Article): string {
  return JSON.stringify({ id: a.id, source: a.source, title: a.title, date: a.published, url: a.url, byline: a.byline, lang: a.lang, text: a.text });
}

/** The corpus as JSON Lines in the same format the importer reads (so an export re-imports as is). */
export function exportJsonl(articles: Article[]): string {
  return articles.map(exportRecord).join('\n').concat(articles.length ? '\n' : '');
}

/**
 * The corpus as the corpus document the importer reads, `{"articles": [...], "corrections":
 * [...]}`, one record a line so it stays readable and diffable; re-imports as is.
 */
export function exportCorpusJson(articles: Article[], corrections: Correction[]): string {
  const list = (items: string[]) => (items.length ? `[\n${items.join(',\n')}\n]` : '[]');
  const rows = corrections.map(({ a, b, verdict, at }) => JSON.stringify({ a, b, verdict, at }));
  return `{"articles": ${list(articles.map(exportRecord))},\n"corrections": ${list(rows)}}\n`;
}
