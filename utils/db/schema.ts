/**
 * The one place that knows the IndexedDB layout. Every version has its own upgrade step, run in
 * order, and each step only adds: data written by an older version is carried forward intact.
 * Only the background opens the database; pages ask the background.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article, Quote } from '../types';

export const DB_NAME = 'crossread';
export const DB_VERSION = 2;

/** A quote as stored: the quote, the article it came from, and its canonical speaker key. */
export interface StoredQuote extends Quote {
  /** `${articleId}#${index}`: stable, so re-importing an article replaces its quotes. */
  key: string;
  articleId: string;
  /** Folded speaker key ("biden"), or "" when the speaker is unknown, so it can be indexed. */
  speakerKey: string;
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
  articles: { key: string; value: Article; indexes: { url: string; addedAt: number } };
  quotes: { key: string; value: StoredQuote; indexes: { articleId: string; speakerKey: string } };
  features: { key: string; value: StoredFeatures };
  meta: { key: string; value: { key: string; value: unknown } };
  tabs: { key: number; value: StoredTabView };
  highlights: { key: string; value: StoredHighlight; indexes: { url: string; updatedAt: number } };
}

export type Db = IDBPDatabase<CrossreadDB>;

/**
 * Opens (creating or upgrading) the database. Uses the global indexedDB: the extension's own,
 * or fake-indexeddb's in Node (import 'fake-indexeddb/auto').
 */
export function openCrossreadDb(name = DB_NAME): Promise<Db> {
  return openDB<CrossreadDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
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
    },
  });
}
