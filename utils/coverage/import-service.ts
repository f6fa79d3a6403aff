/**
 * An import from start to end: read and check every record, analyse the good ones, store them in
 * one transaction. A failure while storing (a full disk) leaves the corpus exactly as it was and
 * says so; rejected records are reported, never silently dropped. A corpus file's corrections are
 * stored after its articles; one naming an article that is neither in the corpus nor in the file
 * is rejected (reported by its position), since a story cannot be corrected without its articles.
 */
import { parseImport } from '../corpus/import';
import type { ImportReport } from '../messaging/protocol';
import { MAX_IMPORT_CHARS } from '../messaging/protocol';
import type { CoverageEngine } from './engine';

type Progress = (phase: 'reading' | 'analysing' | 'saving') => (done: number, total: number) => void;

export async function importText(engine: CoverageEngine, text: string, progress?: Progress): Promise<ImportReport> {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new Error(`The file is too large (${Math.round(text.length / 1e6)} MB); split it into files under ${MAX_IMPORT_CHARS / 1e6} MB.`);
  }
  const parsed = parseImport(text, Date.now(), progress?.('reading'));
  const base = { records: parsed.records, rejected: parsed.errors };
  let counts = { added: 0, replaced: 0 };
  if (parsed.articles.length > 0) {
    try {
      counts = await engine.addArticles(parsed.articles, progress?.('analysing'));
      progress?.('saving')(1, 1);
    } catch (err) {
      throw new Error(`Nothing was imported: ${why(err)}. Your corpus is unchanged.`);
    }
  }
  // Corrections after the articles, so a correction may name an article of the same file.
  let corrections = { added: 0, rejected: parsed.correctionErrors };
  if (parsed.corrections.length > 0) {
    try {
      const done = await engine.importCorrections(parsed.corrections);
      corrections = { added: done.added, rejected: [...parsed.correctionErrors, ...done.rejected].sort((x, y) => x.line - y.line) };
    } catch (err) {
      const articles = parsed.articles.length ? 'The articles were imported, but ' : '';
      throw new Error(`${articles}the corrections were not all kept: ${why(err)}.`);
    }
  }
  return { ...base, ...counts, corrections };
}

function why(err: unknown): string {
  return err instanceof Error ? (err.name === 'QuotaExceededError' ? 'the browser is out of storage space' : err.message) : String(err);
}
