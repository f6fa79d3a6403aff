/**
 * An import from start to end: read and check every record, analyse the good ones, store them in
 * one transaction. A failure while storing (a full disk) leaves the corpus exactly as it was and
 * says so; rejected records are reported, never silently dropped. A corpus file's corrections are
 * stored after its articles; one naming an article that is neither in the corpus nor in the file
 * is rejected (reported by its position), since a story cannot be corrected without its articles.
 */
import { parseImport } from '../corpus/import';
import { MAX_IMPORT_CHARS, type ImportReport } from './types';
import type { CoverageEngine } from './engine';
import { english, type I18n } from '../i18n/translate';

type Progress = (phase: 'reading' | 'analysing' | 'saving') => (done: number, total: number) => void;

/** Imports a file's text; every rejection and failure is worded in the reader's language (`i18n`, English by default). */
export async function importText(engine: CoverageEngine, text: string, progress?: Progress, i18n: I18n = english): Promise<ImportReport> {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new Error(i18n.t('imp_too_large', { size: Math.round(text.length / 1e6), limit: MAX_IMPORT_CHARS / 1e6 }));
  }
  const parsed = parseImport(text, Date.now(), progress?.('reading'), i18n);
  const base = { records: parsed.records, rejected: parsed.errors };
  let counts = { added: 0, replaced: 0 };
  if (parsed.articles.length > 0) {
    try {
      counts = await engine.addArticles(parsed.articles, progress?.('analysing'));
      progress?.('saving')(1, 1);
    } catch (err) {
      throw new Error(i18n.t('imp_nothing', { reason: why(err, i18n) }));
    }
  }
  // Corrections after the articles, so a correction may name an article of the same file.
  let corrections = { added: 0, rejected: parsed.correctionErrors };
  if (parsed.corrections.length > 0) {
    try {
      const done = await engine.importCorrections(parsed.corrections, i18n);
      corrections = { added: done.added, rejected: [...parsed.correctionErrors, ...done.rejected].sort((x, y) => x.line - y.line) };
    } catch (err) {
      throw new Error(i18n.t(parsed.articles.length ? 'imp_corrections_lost_after' : 'imp_corrections_lost', { reason: why(err, i18n) }));
    }
  }
  return { ...base, ...counts, corrections };
}

function why(err: unknown, i18n: I18n): string {
  return err instanceof Error ? (err.name === 'QuotaExceededError' ? i18n.t('feeds_out_of_space') : err.message) : String(err);
}
