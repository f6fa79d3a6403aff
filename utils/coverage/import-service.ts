/**
 * An import from start to end: read and check every record, analyse the good ones, store them in
 * one transaction. A failure while storing (a full disk) leaves the corpus exactly as it was and
 * says so; rejected records are reported, never silently dropped.
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
  if (parsed.articles.length === 0) {
    return { records: parsed.records, added: 0, replaced: 0, rejected: parsed.errors };
  }
  try {
    const { added, replaced } = await engine.addArticles(parsed.articles, progress?.('analysing'));
    progress?.('saving')(1, 1);
    return { records: parsed.records, added, replaced, rejected: parsed.errors };
  } catch (err) {
    const why = err instanceof Error ? `${err.name === 'QuotaExceededError' ? 'the browser is out of storage space' : err.message}` : String(err);
    throw new Error(`Nothing was imported: ${why}. Your corpus is unchanged.`);
  }
}
