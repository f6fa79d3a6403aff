/**
 * The read side's view: an analysis (analysis.ts) turned into what the side panel shows — the
 * coverage lists with the reader's corrections applied, who said what from the stored statements,
 * what the others add — and a stored view corrected again after the reader corrected a match.
 */
import { getArticle, getArticles, quotesOfArticle, statementsOfStories, storiesOf } from '../db/corpus';
import { correctionsOf } from '../db/corrections';
import type { Db } from '../db/schema';
import type { Article, Quote } from '../types';
import { factKeys, whatOthersAdd, type PageFacts } from './additions';
import type { Analysis } from './analysis';
import { matchCard } from './cards';
import { applyCorrections, missingSame, subjectKey, type CoverageLists } from './corrections';
import { speakerViewsFromStatements, type CarriedQuote } from './speakers';
import type { AdditionView, Detection, MatchCard, SpeakerView, Subject, TabView } from './types';
import { sameUrlKey } from './urls';

/** How many of the closest same-story articles "what the others add" reads. */
const ADDITIONS_FROM = 10;

/**
 * The side panel's view of an analysis: its matches as cards, corrected, with speakers and additions.
 * `additions: 'later'` leaves "what the others add" out (`additionsPending`), for withAdditions to
 * fill in: it reads the text of up to ten other articles, the dearest part of a view, and the badge
 * and the coverage need none of it.
 */
export async function viewOf(db: Db, analysis: Analysis, detection: Detection | null, notice: string | null, additions: 'now' | 'later' = 'now'): Promise<TabView> {
  // The view's subject may learn its corpus id below; the analysis keeps what it read.
  const subject: Subject = { ...analysis.subject };
  const { matches } = analysis;
  // Each matched article is read once, for its card and for what it adds.
  const articles = new Map((await getArticles(db, matches.map((m) => m.id))).map((a) => [a.id, a]));
  const cards = matches.filter((m) => articles.has(m.id)).map((m) => matchCard(articles.get(m.id)!, m));
  // A page that is one of our own (bundled, URL-less) articles is recognised by its text.
  if (!subject.corpusId && subject.kind === 'page') {
    const self = cards.find((c) => c.tier === 'duplicate' && (c.url === null || sameUrlKey(c.url) === sameUrlKey(subject.url)));
    if (self) subject.corpusId = self.id;
  }
  const others = cards.filter((c) => c.id !== subject.corpusId);
  const lists: CoverageLists = {
    sameStory: others.filter((c) => c.tier === 'same-story'),
    duplicates: others.filter((c) => c.tier === 'duplicate'),
    related: others.filter((c) => c.tier === 'related'),
  };
  const coverage = await corrected(db, subject, lists, articles);
  const speakers = await speakersOf(db, subject, analysis.quotes, [...coverage.duplicates, ...coverage.sameStory]);
  const view: TabView = { state: 'ready', subject, detection, corpusSize: analysis.corpusSize, ...coverage, speakers, additions: [], notice };
  if (additions === 'later' && coverage.sameStory.length > 0) return { ...view, additionsPending: true };
  return { ...view, additions: additionsOf(analysis.facts(), coverage.sameStory, articles) };
}

/** A view made with its additions left for later (viewOf), with them: what the closest same-story articles add to the analysed text. */
export async function withAdditions(db: Db, analysis: Analysis, view: TabView): Promise<TabView> {
  if (view.state !== 'ready' || !view.additionsPending) return view;
  const ids = view.sameStory.slice(0, ADDITIONS_FROM).map((c) => c.id);
  const articles = new Map((await getArticles(db, ids)).map((a) => [a.id, a]));
  const { additionsPending: _, ...rest } = view;
  return { ...rest, additions: additionsOf(analysis.facts(), view.sameStory, articles) };
}

/**
 * The coverage lists with the reader's corrections on the subject applied (after every match
 * computation, so the matcher never overwrites them); articles called the same story that the
 * matcher did not return are read by id (into `articles` too).
 */
async function corrected(db: Db, subject: Subject, lists: CoverageLists, articles: Map<string, Article>): Promise<CoverageLists> {
  const key = subjectKey(subject);
  if (!key) return lists;
  const corrections = await correctionsOf(db, key);
  if (corrections.length === 0) return applyCorrections(lists, key, []);
  const missing = missingSame(lists, key, corrections).filter((id) => !articles.has(id));
  for (const a of await getArticles(db, missing)) articles.set(a.id, a);
  const none = { score: 0, tier: 'related' as const, reasons: { names: [], terms: [], days: null } };
  const fetched = missingSame(lists, key, corrections)
    .filter((id) => articles.has(id))
    .map((id) => matchCard(articles.get(id)!, { id, ...none }));
  return applyCorrections(lists, key, corrections, fetched);
}

/** What the others add, from the closest same-story coverage (enough, and keeps a big story's page cheap). */
function additionsOf(page: PageFacts, sameStory: MatchCard[], articles: Map<string, Article>): AdditionView[] {
  const coverage = sameStory.slice(0, ADDITIONS_FROM).flatMap((c) => articles.get(c.id) ?? []);
  return whatOthersAdd(page, coverage.map((a) => ({ id: a.id, source: a.source, text: a.text, lang: a.lang })));
}

/**
 * A stored tab view with the current corrections applied again (after the reader corrected it).
 * A page that is a corpus article gets its quotes and additions recomputed from the stored text;
 * for another page (whose text is not kept) what no longer counts as coverage is left out, and
 * an article newly called the same story adds its quotes on the page's next analysis.
 */
export async function recorrect(db: Db, view: TabView): Promise<TabView> {
  if (view.state !== 'ready') return view;
  const articles = new Map<string, Article>();
  const coverage = await corrected(db, view.subject, view, articles);
  const shown = [...coverage.duplicates, ...coverage.sameStory];
  const own = view.subject.corpusId ? await getArticle(db, view.subject.corpusId) : undefined;
  if (own) {
    for (const a of await getArticles(db, coverage.sameStory.slice(0, ADDITIONS_FROM).map((c) => c.id).filter((id) => !articles.has(id)))) articles.set(a.id, a);
    // A corpus article's own quotes are among its story's statements: none is read from its text.
    const speakers = await speakersOf(db, view.subject, () => [], shown);
    return { ...view, ...coverage, speakers, additions: additionsOf(factKeys(own.text, own.lang ?? 'en'), coverage.sameStory, articles) };
  }
  const keep = new Set(['', ...shown.map((c) => c.id)]);
  const speakers = view.speakers
    .map((sp) => ({ ...sp, statements: sp.statements.map((st) => ({ ...st, carriers: st.carriers.filter((c) => c.onThisPage || keep.has(c.articleId)) })).filter((st) => st.carriers.length > 0) }))
    .filter((sp) => sp.statements.length > 0);
  const sameIds = new Set(coverage.sameStory.map((c) => c.id));
  return { ...view, ...coverage, speakers, additions: view.additions.filter((x) => sameIds.has(x.articleId)) };
}

/**
 * Who said what, from the stored statements of the coverage's stories (grouped when stored),
 * plus the quotes of a page that is not in the corpus (`pageQuotes`, asked only then).
 */
async function speakersOf(db: Db, subject: Subject, pageQuotes: () => Quote[], coverage: MatchCard[]): Promise<SpeakerView[]> {
  const ownId = subject.corpusId;
  const shown = new Set([...coverage.map((c) => c.id), ...(ownId ? [ownId] : [])]);
  const stories = await storiesOf(db, [...shown]);
  const statements = await statementsOfStories(db, [...new Set(stories.values())]);
  const loose: CarriedQuote[] = [];
  if (!ownId && subject.kind === 'page') {
    for (const q of pageQuotes()) loose.push({ articleId: '', source: subject.source, quote: q, onThisPage: true });
  }
  // An article stored without a story yet (assigned at the next start) still shows its quotes.
  for (const id of shown) {
    if (stories.has(id)) continue;
    for (const q of await quotesOfArticle(db, id)) loose.push({ articleId: id, source: q.source ?? null, quote: q, onThisPage: id === ownId });
  }
  // Publication times decide which outlet carried a statement first ("" is a page not in the corpus).
  const published = new Map<string, string | null>([...coverage.map((c): [string, string | null] => [c.id, c.published]), [ownId ?? '', subject.published]]);
  return speakerViewsFromStatements(statements, shown, ownId, loose, published);
}

/** The badge: how many other articles cover the same story (duplicates and the page itself excluded). */
export function badgeText(view: TabView): string {
  if (view.state !== 'ready' || view.subject.kind !== 'page') return '';
  return view.sameStory.length > 0 ? String(view.sameStory.length) : '';
}
