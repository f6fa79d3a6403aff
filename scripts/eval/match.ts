/**
 * Evaluation of the same-story matcher on the clusters datasets (labels are read here only).
 *   npm run eval -- match                  the figures: test split (headline), cross-validation on
 *                                          the train split with the same decision rule, in-sample
 *   npx tsx scripts/eval/match.ts --fit    refit the coefficients on the train split and print them
 * The split is fixed in ./match-data.ts; see utils/match/README.md for the procedure and figures.
 */
import { featurize, type ArticleFeatures } from '../../utils/match/features';
import { MatchIndex, type RankedCandidate } from '../../utils/match/index';
import { COEFFICIENTS, FEATURE_NAMES, type Coefficients } from '../../utils/match/score';
import { SAME_STORY } from '../../utils/match/tiers';
import { loadSeeds, loadSplits, type Labeled } from './match-data';
import { flexSearchBaseline, miniSearchBaseline, pairKey, pairMetrics, rankMetrics, tfidfBaseline, type PairMetrics, type RankMetrics } from './match-metrics';
import { fitModel, foldOf, samples, type Sample } from './match-fit';
import { resolveStories, storyCandidates } from '../../utils/coverage/stories';

/** Matches the product keeps per query (the engine's TOP). */
const PRODUCT_TOP = 50;

const featCache = new Map<string, ArticleFeatures>();
function feats(docs: readonly Labeled[]): ArticleFeatures[] {
  return docs.map((d) => {
    let f = featCache.get(d.id);
    if (!f) {
      f = featurize({ id: d.id, title: d.title, text: d.text, published: d.date });
      featCache.set(d.id, f);
    }
    return f;
  });
}

function indexOf(docs: readonly Labeled[], c: Coefficients = COEFFICIENTS): { index: MatchIndex; f: ArticleFeatures[] } {
  const index = new MatchIndex(c);
  const f = feats(docs);
  for (const x of f) index.add(x);
  return { index, f };
}

/** Every candidate of every article, with its signals (for ranking figures and for fitting). */
function rankAll(docs: readonly Labeled[], c: Coefficients = COEFFICIENTS): Map<string, RankedCandidate[]> {
  const { index, f } = indexOf(docs, c);
  return new Map(f.map((x) => [x.id, index.rank(x)]));
}

/** The product's decisions: each article (of `queries`, default all) queried as the engine queries it; same-story or duplicate in either direction. */
function productPairs(docs: readonly Labeled[], c: Coefficients = COEFFICIENTS, queries?: ReadonlySet<string>): { pairs: Set<string>; ranked: Map<string, string[]> } {
  const { index, f } = indexOf(docs, c);
  const pairs = new Set<string>();
  const ranked = new Map<string, string[]>();
  for (const x of f) {
    if (queries && !queries.has(x.id)) continue;
    ranked.set(x.id, index.rank(x).map((r) => r.id));
    for (const m of index.query(x, { top: PRODUCT_TOP })) if (m.tier !== 'related') pairs.add(pairKey(x.id, m.id));
  }
  return { pairs, ranked };
}

/**
 * The stories the engine would store: articles arrive in publication order (undated ones after,
 * by id), each assigned as the engine assigns it (utils/coverage/stories.ts), against the index of
 * the articles before it. Scored as a clustering: pairs of one story.
 */
async function storyPairs(docs: readonly Labeled[]): Promise<Set<string>> {
  const order = [...docs].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || (a.id < b.id ? -1 : 1));
  const f = feats(order);
  const index = new MatchIndex();
  const storyOf = new Map<string, string>();
  const size = new Map<string, number>();
  for (const x of f) {
    const assigned = resolveStories([x.id], await storyCandidates([x], index), storyOf, new Map(), (s) => size.get(s) ?? 0).get(x.id)!;
    storyOf.set(x.id, assigned);
    size.set(assigned, (size.get(assigned) ?? 0) + 1);
    index.add(x);
  }
  const members = new Map<string, string[]>();
  for (const [id, s] of storyOf) members.set(s, [...(members.get(s) ?? []), id]);
  const pairs = new Set<string>();
  for (const m of members.values()) for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) pairs.add(pairKey(m[i]!, m[j]!));
  return pairs;
}

interface Row {
  name: string;
  n: number;
  ours: RankMetrics & PairMetrics;
  /** The engine's stored stories as a clustering (pairwise). */
  stories?: PairMetrics;
  tfidf?: { rank: RankMetrics; oracle: PairMetrics & { threshold: number } };
  mini?: RankMetrics;
  flex?: RankMetrics;
}

async function evaluate(name: string, docs: readonly Labeled[], c: Coefficients, baselines: boolean): Promise<Row> {
  const { pairs, ranked } = productPairs(docs, c);
  const row: Row = { name, n: docs.length, ours: { ...rankMetrics(docs, (id) => ranked.get(id)!), ...pairMetrics(docs, pairs) } };
  if (baselines) {
    row.stories = pairMetrics(docs, await storyPairs(docs));
    const base = tfidfBaseline(docs);
    row.tfidf = base;
    row.mini = miniSearchBaseline(docs, base.vectors);
    row.flex = flexSearchBaseline(docs, base.vectors);
  }
  return row;
}

const f3 = (x: number): string => x.toFixed(3);

function printRows(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  console.log('corpus            articles | ours P@1  MAP   P     R     F1    | stories P  R     F1    | TF-IDF MAP  oracle P  R     F1    | MiniSearch P@1 MAP | FlexSearch P@1 MAP');
  for (const r of rows) {
    const o = r.ours;
    const base = r.tfidf ? `${f3(r.tfidf.rank.map)}  ${f3(r.tfidf.oracle.p)} ${f3(r.tfidf.oracle.r)} ${f3(r.tfidf.oracle.f1)}` : '-'.padEnd(29);
    const mini = r.mini ? `${f3(r.mini.p1)} ${f3(r.mini.map)}` : '-';
    const flex = r.flex ? `${f3(r.flex.p1)} ${f3(r.flex.map)}` : '-';
    const st = r.stories ? `${f3(r.stories.p)} ${f3(r.stories.r)} ${f3(r.stories.f1)}` : '-'.padEnd(17);
    console.log(`${r.name.padEnd(17)} ${String(r.n).padStart(8)} | ${f3(o.p1)} ${f3(o.map)} ${f3(o.p)} ${f3(o.r)} ${f3(o.f1)} | ${st} | ${base} | ${mini.padEnd(11)} | ${flex}`);
  }
}

/** Prefixes a file's stories so corpora put together never share a story by accident of naming. */
function namespaced(name: string, docs: readonly Labeled[]): Labeled[] {
  return docs.map((d) => ({ ...d, story: `${name}|${d.story}`, group: `${name}|${d.group}` }));
}

/** Train-split samples of every corpus (candidates do not depend on the coefficients). */
function trainSamples(train: Map<string, Labeled[]>): Sample[] {
  const out: Sample[] = [];
  for (const [name, docs] of train) out.push(...samples(name, docs, rankAll(docs)));
  return out;
}

/**
 * Grouped 5-fold cross-validation of the whole procedure: fit on four folds, then query each
 * held-out article against the whole train corpus of its file (the same density as in-sample) and
 * decide as the product decides. Every story lies in one fold, so a predicted pair between a
 * held-out article and another fold's is a false positive, and counts as one.
 */
function crossValidate(train: Map<string, Labeled[]>, all: Sample[]): Row[] {
  const predicted = new Map<string, Set<string>>();
  const ranks = new Map<string, Map<string, string[]>>();
  for (let k = 0; k < 5; k++) {
    const fitOn = all.filter((s) => foldOf(s.group) !== k && foldOf(s.other) !== k);
    const docsOn = new Map([...train].map(([n, d]) => [n, d.filter((x) => foldOf(`${n}/${x.group}`) !== k)] as const));
    const c = fitModel(fitOn, docsOn);
    for (const [name, docs] of train) {
      const held = new Set(docs.filter((x) => foldOf(`${name}/${x.group}`) === k).map((x) => x.id));
      const { pairs, ranked } = productPairs(docs, c, held);
      const set = predicted.get(name) ?? new Set<string>();
      for (const p of pairs) set.add(p);
      predicted.set(name, set);
      const rk = ranks.get(name) ?? new Map<string, string[]>();
      for (const [id, list] of ranked) rk.set(id, list);
      ranks.set(name, rk);
    }
  }
  return [...train].map(([name, docs]) => ({ name, n: docs.length, ours: { ...rankMetrics(docs, (id) => ranks.get(name)!.get(id)!), ...pairMetrics(docs, predicted.get(name)!) } }));
}

/** Prints the figures (and, with --fit, the refitted coefficients). */
export async function main(): Promise<void> {
  const t0 = performance.now();
  const splits = loadSplits();
  if (splits.length === 0) {
    console.log('match: ../shared/datasets/clusters not found; nothing to evaluate');
    return;
  }
  const train = new Map(splits.map((s) => [s.name, s.train] as const));
  const fullText = splits.filter((s) => !s.name.endsWith('-lead'));
  const seeds = loadSeeds();
  const allTest = [...fullText.flatMap((s) => namespaced(s.name, s.test)), ...seeds];

  if (process.argv.includes('--stories')) {
    // Train split only: the story rule is developed here.
    for (const [name, docs] of train) {
      const pm = pairMetrics(docs, await storyPairs(docs));
      console.log(`stories on the train split, ${name}: P ${f3(pm.p)} R ${f3(pm.r)} F1 ${f3(pm.f1)}`);
    }
    return;
  }
  if (process.argv.includes('--cv')) {
    printRows('CROSS-VALIDATED on the train split', crossValidate(train, trainSamples(train)));
    return;
  }
  if (process.argv.includes('--fit')) {
    const all = trainSamples(train);
    const c = fitModel(all, train);
    console.log(`fitted on ${all.length} train-split pairs of ${train.size} files; coefficients (threshold folded into the bias, SAME_STORY = ${SAME_STORY}):`);
    console.log(`bias: ${c.bias.toFixed(2)}, ${FEATURE_NAMES.map((n) => `${n}: ${c[n].toFixed(2)}`).join(', ')}`);
    return;
  }

  console.log(`same-story matcher, product decision (SAME_STORY ${SAME_STORY}, top ${PRODUCT_TOP}); test split fixed in scripts/eval/match-data.ts`);
  const testRows = [];
  for (const s of splits) testRows.push(await evaluate(s.name, s.test, COEFFICIENTS, true));
  testRows.push(await evaluate(`all${seeds.length ? '+seeds' : ''}`, allTest, COEFFICIENTS, true));
  printRows('TEST SPLIT (headline; TF-IDF at its oracle threshold, which it would not know in practice)', testRows);
  if (!process.argv.includes('--quick')) {
    printRows('CROSS-VALIDATED on the train split (5 folds by story group; each fold refitted, then decided as the product decides)', crossValidate(train, trainSamples(train)));
    printRows('IN-SAMPLE on the train split (the shipped coefficients were fitted on it)', await Promise.all(splits.map((s) => evaluate(s.name, s.train, COEFFICIENTS, false))));
  }
  console.log(`\n(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
