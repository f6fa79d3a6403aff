/**
 * The clusters datasets for the matcher's evaluation, and the one fixed test split of each.
 *
 * The split (fixed on 2026-12-01, before any development on gva, gva-lead and fcc-dev): a story
 * group is in the test split when fnv1a(`crossread-match-test-v1:${group}`) % 10 < 3 (about 30 %).
 * The group is the ECB+ topic (its two stories of one kind stay on the same side, so the hard
 * negatives are tested together) and the story everywhere else. A headline-and-lead file shares
 * its stories with its full-text file (gva / gva-lead, fcc-dev / fcc-dev-lead), so both sides of
 * the split are the same incidents. Nothing is fitted, tuned or read on the test split: fitting
 * and cross-validation see only the train side; the test figures are the headline.
 * Labels (`story`, `topic`) are read here, never by the product.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { fnv1a } from '../../utils/text/hash';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA = join(ROOT, '..', 'shared', 'datasets', 'clusters');

/** One labelled article of a clusters file. */
export interface Labeled {
  id: string;
  story: string;
  /** What the split and the cross-validation folds keep together: the ECB+ topic, else the story. */
  group: string;
  title: string | null;
  date: string | null;
  text: string;
}

/** The files evaluated, in report order (the goals of issue 11 name the first five). */
export const DATASETS = ['basil-dev', 'ecbplus', 'gva', 'gva-lead', 'fcc-dev', 'fcc-dev-lead'] as const;
export type DatasetName = (typeof DATASETS)[number];

const SPLIT_SALT = 'crossread-match-test-v1:';
/** Share of story groups in the test split, in tenths. */
const TEST_TENTHS = 3;

/** True when the group belongs to the fixed test split. */
export function isTestGroup(group: string): boolean {
  return fnv1a(SPLIT_SALT + group) % 10 < TEST_TENTHS;
}

/** A file's articles, or [] when the file is absent (../shared not beside the repo). */
export function loadJsonl(file: string): Labeled[] {
  if (!existsSync(file)) return [];
  const out: Labeled[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; story: string; title: string | null; date: string | null; text: string; meta?: { topic?: string } };
    out.push({ id: r.id, story: r.story, group: r.meta?.topic ? `topic:${r.meta.topic}` : r.story, title: r.title, date: r.date, text: r.text });
  }
  return out;
}

/** The bundled seeds (one story told by four outlets), from assets/corpus.json. */
export function loadSeeds(): Labeled[] {
  const file = join(ROOT, 'assets', 'corpus.json');
  if (!existsSync(file)) return [];
  const c = JSON.parse(readFileSync(file, 'utf8')) as { articles: { id: string; title: string | null; published: string | null; text: string }[] };
  return c.articles.map((a) => ({ id: a.id, story: 'bundled-seeds', group: 'bundled-seeds', title: a.title, date: a.published, text: a.text }));
}

/** A dataset's two sides. */
export interface Split {
  name: DatasetName;
  train: Labeled[];
  test: Labeled[];
}

/** Every dataset present, split. Ids are prefixed per file where two files share them (the lead cuts). */
export function loadSplits(): Split[] {
  const out: Split[] = [];
  for (const name of DATASETS) {
    const docs = loadJsonl(join(DATA, `${name}.jsonl`)).map((d) => (name.endsWith('-lead') ? { ...d, id: `lead:${d.id}` } : d));
    if (docs.length === 0) continue;
    out.push({ name, train: docs.filter((d) => !isTestGroup(d.group)), test: docs.filter((d) => isTestGroup(d.group)) });
  }
  return out;
}
