import 'fake-indexeddb/auto';
/**
 * What the tab service words for the side panel, in the reader's language (the background's
 * translator): the link fallback notice with the fetch's reason, and the error of a correction on
 * a tab that shows no coverage. English stays the default.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type BundledCorpus } from '../../../utils/coverage/engine';
import { parsePage } from '../../../utils/coverage/parse-page';
import { TabService, type Platform } from '../../../utils/coverage/tab-service';
import { fetchPageHtml } from '../../../utils/coverage/menu';
import { openCrossreadDb } from '../../../utils/db/schema';
import { tableI18n } from '../../../utils/i18n/table-i18n';

const bundled = JSON.parse(readFileSync(new URL('../../../assets/corpus.json', import.meta.url), 'utf8')) as BundledCorpus;
let n = 0;

async function service(lang?: 'de' | 'fr') {
  const db = await openCrossreadDb(`tab-i18n-${++n}`);
  const engine = await CoverageEngine.open(db, bundled);
  const platform: Platform = {
    setBadge: async () => undefined,
    notifyChanged: async () => undefined,
    parseHtml: async (html, url, analyse) => parsePage(html, url, (h) => new JSDOM(h).window.document, analyse),
    // A linked page that answers 404, through the real link fetcher.
    fetchHtml: (url) => fetchPageHtml(url, async () => new Response('gone', { status: 404, headers: { 'content-type': 'text/html' } })),
    snapshotTab: async () => ({ url: 'http://127.0.0.1/', html: '<html></html>' }),
    sendMarks: async () => undefined,
  };
  return new TabService(db, async () => engine, platform, undefined, lang ? tableI18n(lang) : undefined);
}

const notice = async (svc: TabService) => {
  await svc.menu(3, { linkUrl: 'http://127.0.0.1/broken/nato-summit-biden-brussels', linkText: 'Biden at the NATO summit in Brussels' });
  const v = await svc.view(3);
  return v.state === 'ready' ? v.notice : null;
};

describe('TabService in the reader’s language', () => {
  it('words the link fallback notice, its reason included', async () => {
    expect(await notice(await service())).toBe("Could not read the linked page (the site answered 404); showing coverage related to the link's text instead.");
    expect(await notice(await service('de'))).toBe('Die verlinkte Seite konnte nicht gelesen werden (die Website antwortete mit 404); stattdessen werden Berichte zum Text des Links gezeigt.');
    expect(await notice(await service('fr'))).toBe('Impossible de lire la page liée (le site a répondu 404)\u202f; voici plutôt les articles liés au texte du lien.');
  });

  it('refuses a correction on a tab with no coverage, in German', async () => {
    await expect((await service('de')).correct(9, 'seed-000', 'same')).rejects.toThrow('Dieser Tab zeigt keine Berichte, die sich korrigieren ließen.');
    await expect((await service()).correct(9, 'seed-000', 'same')).rejects.toThrow('This tab shows no coverage to correct.');
  });
});
