/**
 * Messages are checked, in real Chromium: a script in a web page's ISOLATED world (injected from
 * the service worker with chrome.scripting.executeScript, so it has exactly a content script's
 * privileges: sender.tab set, sender.url the web page) asks the background for corpus, settings
 * and tab data (sent by scripts/demo/background-client.ts, as our own contexts send). Every such
 * request gets an error Result and the corpus stays intact; the same requests from an extension
 * page work (positive control).
 * Malformed messages (wrong data types) get an error Result and the background keeps answering.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentClient, uiClient, type RawMessage, type RawReply } from '../../scripts/demo/background-client';
import { useExtension } from './fixture';
import { badgeOf, tabIdOf, waitFor } from './helpers';

const { ext, server } = useExtension();
let extPage: Page;

beforeAll(async () => {
  extPage = await ext.context.newPage();
  await extPage.goto(`chrome-extension://${ext.extensionId}/popup.html`);
});

/** Sends messages from an extension page, as our pages do. */
const fromExtensionPage = (msgs: RawMessage[]) => uiClient(extPage).raw(msgs);

/** Sends messages from a web page's ISOLATED world: a content script's privileges. */
const fromContentScript = (tabId: number, msgs: RawMessage[]) => contentClient(ext.worker, tabId).raw(msgs);

/** The error of a refused message (undefined when it was answered, or not at all). */
const errorOf = (a: RawReply | undefined) => (a?.result && !a.result.ok ? a.result.error : undefined);

const corpusInfo = () => uiClient(extPage).value('uiCorpusInfo', null);

/** Every request that reads or changes the reader's data; none is for a content script. */
const UI_REQUESTS: RawMessage[] = [
  { type: 'uiClearCorpus', data: null },
  { type: 'uiDeleteArticle', data: { id: 'seed-000' } },
  { type: 'uiImport', data: { text: JSON.stringify({ id: 'planted', text: 'Planted by a web page.' }), fileName: 'x.jsonl' } },
  { type: 'uiSetSettings', data: { collectReading: true, excludedSites: [] } },
  { type: 'uiGetSettings', data: null },
  { type: 'uiExport', data: null },
  { type: 'uiListArticles', data: null },
  { type: 'uiDeleteArticles', data: { filter: { outlet: 'Reuters' }, expected: 1 } },
  { type: 'uiCorpusInfo', data: null },
  { type: 'uiArticle', data: { id: 'seed-000' } },
  { type: 'uiSearch', data: { query: 'Biden' } },
  { type: 'uiSearchFacets', data: null },
  { type: 'uiTabView', data: { tabId: 1 } },
  { type: 'uiRestoreBundled', data: null },
  { type: 'uiHighlights', data: null },
  { type: 'uiExportAnnotations', data: null },
  { type: 'uiDeleteHighlight', data: { id: 'x' } },
  { type: 'uiEditHighlight', data: { id: 'x', note: 'x' } },
  { type: 'uiMarksSetting', data: { tabId: 1 } },
  { type: 'uiSetMarks', data: { tabId: 1, on: false } },
  { type: 'uiCorrectMatch', data: { tabId: 1, articleId: 'seed-000', verdict: 'different' } },
];

describe('a content script cannot reach the corpus or settings', () => {
  it(`each of ${UI_REQUESTS.length} ui* requests from a web page's isolated world gets an error Result; the corpus is intact`, async () => {
    const url = `${server.origin}/news/seed-001.html`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    expect(await waitFor(() => badgeOf(ext, tabId), (b) => b === '3')).toBe('3');
    const before = await corpusInfo();
    expect(before.articles).toBe(4);

    const answers = await fromContentScript(tabId, UI_REQUESTS);
    expect(answers).toHaveLength(UI_REQUESTS.length);
    answers.forEach((a, i) => {
      const type = UI_REQUESTS[i]!.type;
      expect(a?.result?.ok, `${type}: ${JSON.stringify(a)}`).toBe(false);
      expect(errorOf(a), type).toMatch(/is for extension pages/);
    });

    expect(await corpusInfo()).toEqual(before);
    const settings = await uiClient(extPage).value('uiGetSettings', null);
    expect(settings.collectReading).toBe(false);
    // The page still works: its badge is still 3.
    expect(await badgeOf(ext, tabId)).toBe('3');
    await page.close();
  });

  it('the offscreen parser does not answer a content script', async () => {
    const url = `${server.origin}/news/seed-002.html`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    await waitFor(() => badgeOf(ext, tabId), (b) => b === '3');
    const [a] = await fromContentScript(tabId, [{ type: 'offscreenExtract', data: { html: '<p>x</p>', url } }]);
    expect(a?.result?.ok ?? false, JSON.stringify(a)).toBe(false);
    await page.close();
  });

  it('an extension page asking the same is answered (positive control)', async () => {
    const [info, list] = await fromExtensionPage([
      { type: 'uiCorpusInfo', data: null },
      { type: 'uiListArticles', data: null },
    ]);
    expect(info?.result).toMatchObject({ ok: true, value: { articles: 4 } });
    expect(list?.result).toMatchObject({ ok: true, value: { total: 4, corpus: 4 } });
    expect(list?.result?.ok && (list.result.value as { rows: unknown[] }).rows).toHaveLength(4);
  });
});

describe('malformed messages get an error Result, not a crash', () => {
  const MALFORMED: RawMessage[] = [
    { type: 'uiArticle', data: { id: 5 } },
    { type: 'uiArticle', data: null },
    { type: 'uiSearch', data: { query: { $gt: '' } } },
    { type: 'uiSearch', data: 'Biden' },
    { type: 'uiTabView', data: { tabId: 'one' } },
    { type: 'uiImport', data: { text: 42, fileName: null } },
    { type: 'uiImport', data: null },
    { type: 'uiDeleteArticle', data: { id: ['seed-000'] } },
    { type: 'uiSetSettings', data: 'collect everything' },
    { type: 'uiSetSettings', data: { collectReading: 'yes', excludedSites: 'all' } },
    { type: 'uiSetSettings', data: { collectReading: true, excludedSites: [{ host: 'x' }] } },
  ];

  it(`${MALFORMED.length} malformed ui* requests from an extension page each get {ok: false}; the corpus and settings are unchanged`, async () => {
    const before = await corpusInfo();
    const answers = await fromExtensionPage(MALFORMED);
    answers.forEach((a, i) => {
      const m = MALFORMED[i]!;
      expect(a?.result?.ok, `${m.type} ${JSON.stringify(m.data)}: ${JSON.stringify(a)}`).toBe(false);
      expect(typeof errorOf(a)).toBe('string');
    });
    expect(await corpusInfo()).toEqual(before);
    expect(await uiClient(extPage).value('uiGetSettings', null)).toMatchObject({ collectReading: false });
  });

  it('malformed page* requests from a content script get {ok: false}; the tab keeps its badge', async () => {
    const url = `${server.origin}/news/seed-003.html`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    await waitFor(() => badgeOf(ext, tabId), (b) => b === '3');
    const bad: RawMessage[] = [
      { type: 'pageArticle', data: { html: 42 } },
      { type: 'pageArticle', data: null },
      { type: 'pageDetected', data: { detection: null } },
      { type: 'pageDetected', data: 'article' },
    ];
    const answers = await fromContentScript(tabId, bad);
    answers.forEach((a, i) => expect(a?.result?.ok, `${bad[i]!.type} ${JSON.stringify(bad[i]!.data)}: ${JSON.stringify(a)}`).toBe(false));
    // Messages without the protocol's fields are ignored, not fatal.
    await fromContentScript(tabId, [{ type: 'not-a-message', data: undefined }]);
    await ext.worker.evaluate(() => undefined);
    const other = `${server.origin}/news/seed-000.html`;
    const p2 = await ext.context.newPage();
    await p2.goto(other);
    const tab2 = await tabIdOf(ext, other);
    expect(await waitFor(() => badgeOf(ext, tab2), (b) => b === '3')).toBe('3');
    expect(await corpusInfo()).toMatchObject({ articles: 4 });
    await p2.close();
    await page.close();
  });
});
