/**
 * The one place that knows the IndexedDB layout. Every version has its own upgrade step, run in
 * order, and each step only adds: data written by an older version is carried forward intact.
 * Only the background opens the database; pages ask the background.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Article, Quote } from '../types';
import { createMatchStores, type StoredMatchBlock, type StoredMatchDoc, type StoredMatchKey } from './match-store';
import { createSearchStores, type StoredSearchBlock, type StoredSearchDoc, type StoredSearchFacet, type StoredSearchKey } from './search-store';
import { createListingStore, type ListingIndex, type ListingIndexKey, type StoredListingRow } from './listing';

export const DB_NAME = 'crossread';
export const DB_VERSION = 7;

/** A quote as stored: the quote, the article it came from, and its canonical speaker key. */
export interface StoredQuote extends Quote {
  /** `${articleId}#${index}`: stable, so re-importing an article replaces its quotes. */
  key: string;
  articleId: string;
  /** Folded speaker key ("biden"), or "" when the speaker is unknown, so it can be indexed. */
  speakerKey: string;
  /** The story its article belongs to (absent on quotes written before version 3 until backfilled). */
  storyId?: string;
  /** The outlet of its article, so a statement can count outlets without reading articles. */
  source?: string | null;
}

/** Which story an article belongs to: the story of the first earlier article it was matched as the same story with. */
export interface StoredStory {
  articleId: string;
  storyId: string;
}

/** One outlet's rendering of a statement, as stored. */
export interface StoredStatementMember {
  quoteKey: string;
  articleId: string;
  source: string | null;
  quote: Quote;
}

/**
 * One statement of one story (the same words carried by one or more outlets), grouped when the
 * story's articles were stored, so the side panel reads groups instead of regrouping quotes.
 */
export interface StoredStatement {
  id: string;
  storyId: string;
  /** Folded speaker key, "" when no member names a speaker. */
  speakerKey: string;
  speaker: string | null;
  /** The wording most outlets used. */
  text: string;
  members: StoredStatementMember[];
  outlets: number;
}

/**
 * The reader's correction of the matcher for one pair of articles: they are (or are not) the same
 * story. Stored apart from the corpus so re-matching never overwrites it; one row per pair.
 */
export interface StoredCorrection {
  /** `pairKey(a, b)`: the same for (a, b) and (b, a), so a later verdict replaces an earlier one. */
  key: string;
  /** The article the reader was reading (a corpus id, or the id its URL would get when collected). */
  a: string;
  /** The match the reader corrected. */
  b: string;
  verdict: 'same' | 'different';
  /** Epoch ms of the judgement. */
  at: number;
}

/**
 * A feed the reader follows: where it is, how often to fetch it, and what the last fetch did.
 * Its articles carry `feed.sourceId`, so they can be counted, browsed and removed with it.
 */
export interface StoredSource {
  /** `src-` + a hash of the feed URL: adding the same feed twice finds the same row. */
  id: string;
  /** The feed's address (after autodiscovery from a site's page). */
  feedUrl: string;
  /** The feed's own title, or the OPML list's title until the first fetch. */
  title: string | null;
  /** The site the feed belongs to, as the feed states it. */
  siteUrl: string | null;
  addedAt: number;
  /** Minutes between scheduled fetches. */
  intervalMinutes: number;
  /** Fetch and extract each new item's linked page, as the context menu does for a link. */
  fullArticle: boolean;
  /** Validators of the last successful answer, sent back for a conditional request. */
  etag: string | null;
  lastModified: string | null;
  /** Epoch ms of the last fetch that ended (success or failure), and of the last success. */
  lastFetchedAt: number | null;
  lastSuccessAt: number | null;
  /** Epoch ms when the next scheduled fetch is due. */
  nextFetchAt: number;
  /** Failures in a row since the last success (sets the back-off). */
  failures: number;
  /** The last failure in plain words, cleared by a success. */
  lastError: string | null;
}

/** The matcher's precomputed features of one article (opaque to the store). */
export interface StoredFeatures {
  id: string;
  features: unknown;
}

/** What the background knows about one tab, kept here so a restarted service worker answers as before. */
export interface StoredTabView {
  tabId: number;
  view: unknown;
  updatedAt: number;
}

/** A reader's highlight, anchored as the W3C Web Annotation model does (text quote + position). */
export interface StoredHighlight {
  id: string;
  /** The page, without its fragment: where the highlight belongs. */
  url: string;
  pageTitle: string | null;
  /** The highlighted words, with context, and where they were. */
  selectors: {
    quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
    position: { type: 'TextPositionSelector'; start: number; end: number };
  };
  note: string;
  tags: string[];
  /** True when the last visit could not find it on the page; it is kept, never dropped. */
  orphaned: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface CrossreadDB extends DBSchema {
  articles: { key: string; value: Article; indexes: { url: string; addedAt: number; feedSource: string; originAdded: [string, number] } };
  quotes: { key: string; value: StoredQuote; indexes: { articleId: string; speakerKey: string; storyId: string } };
  features: { key: string; value: StoredFeatures };
  meta: { key: string; value: { key: string; value: unknown } };
  tabs: { key: number; value: StoredTabView };
  highlights: { key: string; value: StoredHighlight; indexes: { url: string; updatedAt: number } };
  stories: { key: string; value: StoredStory; indexes: { storyId: string } };
  statements: { key: string; value: StoredStatement; indexes: { storyId: string; speakerKey: string } };
  corrections: { key: string; value: StoredCorrection; indexes: { a: string; b: string } };
  sources: { key: string; value: StoredSource; indexes: { feedUrl: string } };
  // Version 7, the match index read in part (utils/db/match-store.ts): one row per key, full postings blocks, one record per article.
  matchKeys: { key: string; value: StoredMatchKey; indexes: { id: number } };
  matchBlocks: { key: [number, number]; value: StoredMatchBlock };
  matchDocs: { key: number; value: StoredMatchDoc; indexes: { articleId: string; normsAt: number } };
  // Version 7, the options page's listing (utils/db/listing.ts): one small row per article, indexed by each sort and filter.
  listing: { key: string; value: StoredListingRow; indexes: Record<ListingIndex, ListingIndexKey> };
  // Version 7, the popup's stored search (utils/db/search-store.ts): terms, their postings blocks, documents, counted filter values.
  searchKeys: { key: string; value: StoredSearchKey };
  searchBlocks: { key: [string, number]; value: StoredSearchBlock };
  searchDocs: { key: number; value: StoredSearchDoc; indexes: { key: string; articleId: string; source: string; feed: string; day: string; speaker: string } };
  searchFacets: { key: [string, string]; value: StoredSearchFacet; indexes: { count: [string, number] } };
}

export type Db = IDBPDatabase<CrossreadDB>;

/**
 * Opens (creating or upgrading) the database. Uses the global indexedDB: the extension's own,
 * or fake-indexeddb's in Node (import 'fake-indexeddb/auto').
 */
export function openCrossreadDb(name = DB_NAME): Promise<Db> {
  return openDB<CrossreadDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // Version 1: the corpus, its quotes, the matcher's features, settings, and per-tab results.
      if (oldVersion < 1) {
        const articles = db.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('url', 'url');
        articles.createIndex('addedAt', 'addedAt');
        const quotes = db.createObjectStore('quotes', { keyPath: 'key' });
        quotes.createIndex('articleId', 'articleId');
        quotes.createIndex('speakerKey', 'speakerKey');
        db.createObjectStore('features', { keyPath: 'id' });
        db.createObjectStore('meta', { keyPath: 'key' });
        db.createObjectStore('tabs', { keyPath: 'tabId' });
      }
      // Version 2: the reader's highlights and notes. Adds a store; everything of version 1 stays.
      if (oldVersion < 2) {
        const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
        highlights.createIndex('url', 'url');
        highlights.createIndex('updatedAt', 'updatedAt');
      }
      // Version 3: stories and their statements (quotes grouped across outlets), and quotes by story.
      // Existing quotes keep every field; the engine assigns their stories on its next start.
      if (oldVersion < 3) {
        tx.objectStore('quotes').createIndex('storyId', 'storyId');
        db.createObjectStore('stories', { keyPath: 'articleId' }).createIndex('storyId', 'storyId');
        const statements = db.createObjectStore('statements', { keyPath: 'id' });
        statements.createIndex('storyId', 'storyId');
        statements.createIndex('speakerKey', 'speakerKey');
      }
      // Version 4: the reader's same-story corrections (pair judgements), found from either article.
      // Adds a store; everything of version 3 stays.
      if (oldVersion < 4) {
        const corrections = db.createObjectStore('corrections', { keyPath: 'key' });
        corrections.createIndex('a', 'a');
        corrections.createIndex('b', 'b');
      }
      // Version 5: the feeds the reader follows, and articles found by the feed they came from and by
      // origin and age. Adds a store and two indexes; articles of version 4 stay as they were.
      if (oldVersion < 5) {
        db.createObjectStore('sources', { keyPath: 'id' }).createIndex('feedUrl', 'feedUrl', { unique: true });
        tx.objectStore('articles').createIndex('feedSource', 'feed.sourceId');
        // By origin, then addition time: retention walks the oldest feed articles and nothing else.
        tx.objectStore('articles').createIndex('originAdded', ['origin', 'addedAt']);
      }
      // Version 6: a quote has a kind (direct, mixed, indirect) and a cue. Quotes stored before were
      // all direct quotes with no cue recorded: each gets that, in the quotes store and in the
      // statements that carry copies, so every stored Quote has the full shape. Nothing is removed.
      if (oldVersion < 6) {
        directBeforeKinds(tx).catch(() => {
          try {
            tx.abort();
          } catch {
            // Already aborted by the failed request: the open fails and the database stays at its version.
          }
        });
      }
      // Version 7: the match index a woken worker reads in part, the options page's listing and the
      // popup's stored search. Adds stores; nothing of version 6 changes. The engine fills the match
      // index and the search from the stored features and articles at its next start (resumable).
      if (oldVersion < 7) {
        createMatchStores(db, tx);
        createListingStore(db, tx);
        createSearchStores(db);
      }
    },
  });
}

/** What a quote stored before version 6 lacks: it was a direct quote, and its cue was not kept. */
const BEFORE_KINDS = { kind: 'direct', cue: null, cueStart: null, cueEnd: null } as const;

/** A quote with the version-6 fields: unchanged when it has a kind already (written by a later extractor). */
function withKind<T extends object>(q: T): T & Pick<Quote, 'kind' | 'cue' | 'cueStart' | 'cueEnd'> {
  return 'kind' in q && q.kind !== undefined ? (q as T & Quote) : { ...q, ...BEFORE_KINDS };
}

/**
 * The version-6 step's data change, inside the upgrade's own transaction (so a failure leaves the
 * database at its old version with its old records): every quote and statement member without a
 * kind becomes a direct quote with no cue.
 */
async function directBeforeKinds(tx: IDBPTransaction<CrossreadDB, ArrayLike<StoreNames<CrossreadDB>>, 'versionchange'>): Promise<void> {
  for (let c = await tx.objectStore('quotes').openCursor(); c; c = await c.continue()) {
    if (c.value.kind === undefined) await c.update(withKind(c.value));
  }
  for (let c = await tx.objectStore('statements').openCursor(); c; c = await c.continue()) {
    if (c.value.members.some((m) => m.quote.kind === undefined)) await c.update({ ...c.value, members: c.value.members.map((m) => ({ ...m, quote: withKind(m.quote) })) });
  }
}
