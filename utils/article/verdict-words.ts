/**
 * A verdict's words (utils/article/detect.ts): kept as messages with their slots, for the side panel
 * to say in the reader's language, and in English beside them for the CLI and the evals. Its own
 * module so the content script's quick verdict uses it without the full detector.
 */
import type { ArticleDetection } from './detect';
import { inEnglish, type DetectPhrase } from '../i18n/phrase';

/** A verdict's words as messages: its summary and its reasons, in the same order. */
export interface DetectionPhrases {
  summary: DetectPhrase;
  reasons: DetectPhrase[];
}

/** The verdict's English fields and its phrases, from the phrases (so the two cannot differ). */
export function detectionWords(summary: DetectPhrase, reasons: DetectPhrase[]): Pick<ArticleDetection, 'summary' | 'reasons' | 'phrases'> {
  return { summary: inEnglish(summary), reasons: reasons.map(inEnglish), phrases: { summary, reasons } };
}
