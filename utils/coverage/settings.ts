/**
 * The reader's settings, kept in the store's meta table. Adding the articles one reads to the
 * corpus is off until the reader turns it on, and never happens on an excluded site.
 */
import { getMeta, setMeta } from '../db/corpus';
import type { Db } from '../db/schema';
import { english, type I18n } from '../i18n/translate';
import { siteOf } from './urls';

export interface Settings {
  /** Add the news articles I read to my corpus. */
  collectReading: boolean;
  /** Host names never added (a host also excludes its subdomains). */
  excludedSites: string[];
  /** Feed articles older than this many days are removed (highlighted, annotated or hand-imported ones never are). */
  feedRetentionDays: number;
  /** At most this many feed articles are kept; the oldest go first. */
  feedMaxArticles: number;
}

export const DEFAULT_SETTINGS: Settings = { collectReading: false, excludedSites: [], feedRetentionDays: 90, feedMaxArticles: 10_000 };

/** The bounds a reader may set retention within: a day to ten years, 100 to 200,000 articles. */
export const RETENTION_LIMITS = { days: [1, 3650], articles: [100, 200_000] } as const;

function whole(v: unknown, name: string, [lo, hi]: readonly [number, number], fallback: number, i18n: I18n): number {
  if (v === undefined) return fallback;
  // The bounds as the field takes them (no digit grouping): the message names the setting as stored.
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) throw new Error(i18n.t('opt_err_whole', { name, lo: String(lo), hi: String(hi) }));
  return v;
}

/** "https://www.Example.com/x" or "example.com" → "example.com"; junk → null. */
export function normaliseSite(input: string): string | null {
  const t = input.trim().toLowerCase();
  if (!t) return null;
  const host = siteOf(/^[a-z]+:\/\//.test(t) ? t : `https://${t}`);
  return host && /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : null;
}

/** Checks settings from a page before storing them: wrong types are refused (in the reader's words), sites normalised. */
export function validateSettings(value: unknown, i18n: I18n = english): Settings {
  if (typeof value !== 'object' || value === null) throw new Error(i18n.t('opt_err_settings_object'));
  const v = value as Partial<Record<keyof Settings, unknown>>;
  if (typeof v.collectReading !== 'boolean') throw new Error(i18n.t('opt_err_true_false', { name: 'collectReading' }));
  if (!Array.isArray(v.excludedSites) || !v.excludedSites.every((s) => typeof s === 'string')) throw new Error(i18n.t('opt_err_sites'));
  const sites = [...new Set(v.excludedSites.map(normaliseSite).filter((s): s is string => s !== null))].slice(0, 1000);
  return {
    collectReading: v.collectReading,
    excludedSites: sites,
    feedRetentionDays: whole(v.feedRetentionDays, 'feedRetentionDays', RETENTION_LIMITS.days, DEFAULT_SETTINGS.feedRetentionDays, i18n),
    feedMaxArticles: whole(v.feedMaxArticles, 'feedMaxArticles', RETENTION_LIMITS.articles, DEFAULT_SETTINGS.feedMaxArticles, i18n),
  };
}

export async function getSettings(db: Db): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...((await getMeta<Settings>(db, 'settings')) ?? {}) };
}

export async function setSettings(db: Db, value: unknown, i18n: I18n = english): Promise<Settings> {
  const s = validateSettings(value, i18n);
  await setMeta(db, 'settings', s);
  return s;
}

/** Whether a page the reader opened may be added to their corpus. */
export function mayCollect(settings: Settings, url: string): boolean {
  if (!settings.collectReading) return false;
  const host = siteOf(url);
  if (!host) return false;
  return !settings.excludedSites.some((s) => host === s || host.endsWith(`.${s}`));
}

/** Sites where the reader turned quote marks off (remembered across visits). */
export async function marksOffSites(db: Db): Promise<string[]> {
  return (await getMeta<string[]>(db, 'marksOff')) ?? [];
}

/** Turns quote marks on or off for one site. */
export async function setMarks(db: Db, site: string, enabled: boolean): Promise<void> {
  const off = new Set(await marksOffSites(db));
  if (enabled) off.delete(site);
  else off.add(site);
  await setMeta(db, 'marksOff', [...off].sort());
}
