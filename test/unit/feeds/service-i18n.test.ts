/**
 * The feed service words its errors and a row's last error in the reader's language (the
 * background passes its translator); without one it stays English, as the CLI and tests read it.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CoverageEngine } from '../../../utils/coverage/engine';
import { openCrossreadDb } from '../../../utils/db/schema';
import { FeedService, normaliseAddress } from '../../../utils/feeds/service';
import { tableI18n } from '../../../utils/i18n/table-i18n';

const FEED = 'https://harbour.example/feed.xml';
const de = tableI18n('de');
const fr = tableI18n('fr');

let n = 0;
async function service(i18n = de, status = 404) {
  const db = await openCrossreadDb(`feeds-i18n-${++n}`);
  const engine = await CoverageEngine.open(db, { version: 1, articles: [] });
  const fetcher = (async (input: RequestInfo | URL) => {
    const res = new Response('nothing here', { status });
    Object.defineProperty(res, 'url', { value: String(input) });
    return res;
  }) as typeof fetch;
  return { db, service: new FeedService(db, async () => engine, { fetcher, now: () => Date.parse('2026-11-30T12:00:00Z') }, i18n) };
}

describe('FeedService in the reader’s language', () => {
  it('says in German why a feed cannot be followed, with the HTTP status in words', async () => {
    const { service: s } = await service(de, 404);
    await expect(s.add(FEED)).rejects.toThrow(/^die Website antwortete mit 404 \(nicht gefunden\)$/);
  });

  it('says in German that a feed is no longer followed, and refuses an address in German', async () => {
    const { service: s } = await service(de);
    await expect(s.remove('src-gone', false)).rejects.toThrow(/^Diesem Feed folgen Sie nicht mehr\.$/);
    await expect(s.update('src-gone', { fullArticle: true })).rejects.toThrow(/^Diesem Feed folgen Sie nicht mehr\.$/);
    expect(() => normaliseAddress('file:///etc/passwd', de)).toThrow(/^Nur http- und https-Adressen können abonniert werden\.$/);
    expect(() => normaliseAddress('   ', fr)).toThrow(/^Saisissez l’adresse d’un flux ou d’un site d’actualité\.$/);
  });

  it('writes a failing fetch on its row in the reader’s language, and OPML rejections too', async () => {
    const { service: s } = await service(fr, 503);
    const report = await s.importOpml(
      `<opml version="2.0"><body><outline text="Port" xmlUrl="${FEED}"/><outline text="Vide" xmlUrl="vfolder"/></body></opml>`,
    );
    expect(report.added).toBe(1);
    expect(report.rejected).toEqual([{ title: 'Vide', xmlUrl: 'vfolder', message: 'pas l’adresse web d’un flux' }]);
    await s.refreshNow(null);
    const [row] = (await s.state()).sources;
    expect(row!.lastError).toBe('le site a répondu 503 (le site est indisponible)');
  });

  it('stays English without a translator (the CLI, the other tests)', async () => {
    const db = await openCrossreadDb(`feeds-i18n-${++n}`);
    const engine = await CoverageEngine.open(db, { version: 1, articles: [] });
    const s = new FeedService(db, async () => engine, { fetcher: (async () => new Response('', { status: 404 })) as typeof fetch, now: () => 0 });
    await expect(s.add(FEED)).rejects.toThrow(/^the site answered 404 \(not found\)$/);
    await expect(s.remove('src-gone', false)).rejects.toThrow(/^That feed is no longer followed\.$/);
  });
});
