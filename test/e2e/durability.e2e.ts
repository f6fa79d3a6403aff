/**
 * Data that survives, in real Chromium: the service worker is stopped (CDP
 * ServiceWorker.stopAllWorkers) in the middle of a large import started from the options page.
 * The corpus is then either entirely without the import or with all of it, never partial: the
 * import is stored in one IndexedDB transaction (utils/db/corpus.ts putEntries) after analysis.
 * Counted through uiCorpusInfo from an extension page, which wakes a fresh worker. After each stop
 * the match index must agree with the corpus (#17: the stored index is written in the corpus's
 * transaction): a page of a story the import carries (two of its articles, one first and one last in
 * the file) counts exactly both or neither, and the index's size that page's view reports equals the
 * stored articles' count.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { uiClient } from '../../scripts/demo/background-client';
import { renderArticlePage } from '../../scripts/demo/pages';
import { useExtension } from './fixture';
import { waitFor } from './helpers';

const { ext, server } = useExtension();
let file: string;
const N = 1_500;

/** A story the import carries besides the bulk: two outlets' reports, written first and last in the file. */
const STORY = [
  {
    id: 'cape-orla-1', title: 'Lifeboat crew saves nine sailors off Cape Orla', source: 'Northern Mail', date: '2026-05-13',
    text: 'A volunteer lifeboat crew rescued nine sailors from the cargo ship Selka after it ran aground on the rocks off Cape Orla late on Tuesday night.\n\nCoxswain Ingrid Halvorsen said the crew reached the stricken vessel within 40 minutes in winds of 90 kilometres an hour. “The waves were breaking over the deck when we got there,” Halvorsen said.\n\nThe coastguard said all nine sailors were taken to hospital in Skarvik with mild hypothermia.',
  },
  {
    id: 'cape-orla-2', title: 'Nine rescued as cargo ship Selka runs aground at Cape Orla', source: 'Coastal Record', date: '2026-05-13',
    text: 'Nine sailors were rescued from the cargo ship Selka when it ran aground off Cape Orla on Tuesday night, the coastguard said.\n\nThe Skarvik lifeboat, led by coxswain Ingrid Halvorsen, reached the ship within 40 minutes despite winds of 90 kilometres an hour. Halvorsen said the waves were breaking over the deck.\n\nAll nine were treated in hospital in Skarvik for mild hypothermia.',
  },
];
/** Articles the import adds: the bulk and the story's two. */
const IMPORTED = N + STORY.length;
/** A third outlet's report of the story, served as a news page and never stored (collecting is off). */
const STORY_PAGE = '/durability/cape-orla-rescue.html';

beforeAll(() => {
  const towns = ['Westmere', 'Eastwick', 'Northam', 'Sutton', 'Ravensby', 'Holm', 'Carrow', 'Lindel'];
  const lines = Array.from({ length: N }, (_, i) => {
    const town = `${towns[i % towns.length]} ${Math.floor(i / towns.length)}`;
    const text = Array.from(
      { length: 6 },
      (_, k) =>
        `The council of ${town} met for session ${k} on the harbour plan number ${i}. “We will decide on berth ${k} of ${town} before the storms,” said Mayor Elin Mark${i}. Fishing crews asked for ${k + 2} more weeks of work on the pier and the ferry landing.`,
    ).join('\n\n');
    return JSON.stringify({ id: `bulk-${i}`, title: `${town} council session ${i}`, source: 'Harbour Courier', date: '2026-05-14', text });
  });
  file = join(mkdtempSync(join(tmpdir(), 'crossread-bulk-')), 'bulk.jsonl');
  writeFileSync(file, [JSON.stringify(STORY[0]), ...lines, JSON.stringify(STORY[1])].join('\n'));
  server.put(
    STORY_PAGE,
    renderArticlePage({
      site: 'Demo News',
      title: 'Cape Orla rescue: lifeboat reaches grounded Selka in 40 minutes',
      byline: 'Demo Staff Writer',
      published: '2026-05-14T08:00:00+02:00',
      url: `${server.origin}${STORY_PAGE}`,
      paragraphs: [
        'The Skarvik lifeboat crew has been praised for rescuing nine sailors from the cargo ship Selka, which ran aground on rocks off Cape Orla on Tuesday night.',
        'Coxswain Ingrid Halvorsen told reporters the crew reached the Selka within 40 minutes in winds of 90 kilometres an hour. “The waves were breaking over the deck when we got there,” she said.',
        'The nine sailors were treated for mild hypothermia in hospital in Skarvik, the coastguard said.',
      ],
    }),
  );
});

/** Asks the background from an extension page (this wakes a stopped worker). */
async function articles(page: Page): Promise<number> {
  for (let i = 0; i < 20; i++) {
    const r = await uiClient(page).ask('uiCorpusInfo', null).catch(() => null);
    if (r?.ok) return r.value.articles;
    await new Promise((res) => setTimeout(res, 500));
  }
  throw new Error('the background did not answer uiCorpusInfo');
}

async function stopWorker(page: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * The story page opened in a new tab (so no stored view of an earlier visit answers) and its view
 * once the background has read it: what the badge counts, and the index's size it was matched against.
 */
async function storyPageView(probe: Page): Promise<{ sameStory: string[]; indexSize: number; badge: string }> {
  const url = `${server.origin}${STORY_PAGE}`;
  const page = await ext.context.newPage();
  await page.goto(url);
  try {
    for (let i = 0; i < 60; i++) {
      const tabId = await probe.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
      const r = tabId === null ? null : await uiClient(probe).ask('uiTabView', { tabId }).catch(() => null);
      if (tabId !== null && r?.ok && r.value.state === 'ready') {
        const badge = await probe.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
        return { sameStory: r.value.sameStory.map((m) => m.id).sort(), indexSize: r.value.corpusSize, badge };
      }
      if (r?.ok && r.value.state !== 'idle' && r.value.state !== 'reading') throw new Error(`the story page was not read as an article: ${JSON.stringify(r.value)}`);
      await new Promise((res) => setTimeout(res, 500));
    }
    throw new Error('the story page never got a view');
  } finally {
    await page.close();
  }
}

/**
 * The match index agrees with the corpus after a stop: the story page counts both of the story's
 * imported articles when the import is there and neither when it is not, and the index it was
 * matched against holds exactly the stored articles. Read until the count holds still around the
 * visit (a write Chrome let finish could land in between). Returns the article count.
 */
async function indexAgrees(probe: Page): Promise<number> {
  for (let i = 0; i < 5; i++) {
    const before = await articles(probe);
    const view = await storyPageView(probe);
    if ((await articles(probe)) !== before) continue;
    expect([4, 4 + IMPORTED]).toContain(before);
    expect(view.indexSize, 'the index holds the stored articles').toBe(before);
    const story = before === 4 ? [] : STORY.map((a) => a.id);
    expect(view.sameStory, 'the story page counts the imported story').toEqual(story);
    expect(view.badge).toBe(story.length ? String(story.length) : '');
    return before;
  }
  throw new Error('the article count kept changing around the story page visit');
}

/** Back to the bundled corpus only, so "all" (4 + IMPORTED) and "none" (4) are told apart. */
async function resetCorpus(probe: Page): Promise<void> {
  await uiClient(probe).ask('uiClearCorpus', null);
  await uiClient(probe).ask('uiRestoreBundled', null);
  expect(await articles(probe)).toBe(4);
}

async function startImport(): Promise<Page> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByText(/\d+ articles and/).waitFor();
  await options.locator('input[type=file]').setInputFiles(file);
  return options;
}

describe('a worker stopped in the middle of an import', () => {
  const outcomes: number[] = [];

  it(`stopped while the file is read: ${IMPORTED} articles either all there or none`, async () => {
    const probe = await ext.context.newPage();
    await probe.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const before = await articles(probe);
    expect(before).toBe(4);
    const options = await startImport();
    await stopWorker(probe);
    const after = await articles(probe);
    outcomes.push(after);
    expect([before, before + IMPORTED]).toContain(after);
    await indexAgrees(probe);
    await options.close();
    await probe.close();
  });

  it(`stopped while the articles are analysed: all or none`, async () => {
    const probe = await ext.context.newPage();
    await probe.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await resetCorpus(probe);
    const options = await startImport();
    // Progress is broadcast while the articles are analysed; under load a short phase can pass between
    // two looks, so the stop then lands a little later — the all-or-none check below holds either way.
    await options
      .getByText(/Analysing \d+ of/)
      .waitFor({ timeout: 20_000 })
      .catch(() => undefined);
    await stopWorker(probe);
    const after = await articles(probe);
    outcomes.push(after);
    expect([4, 4 + IMPORTED]).toContain(after);
    // The options page does not stay busy forever: it says the import was interrupted, in words a reader understands.
    const said = options.locator('[role=alert], .import-report').first();
    await said.waitFor({ timeout: 15_000 });
    const text = (await said.textContent()) ?? '';
    expect(text).not.toMatch(/message channel closed|No response/);
    if (/ added, /.test(text)) {
      // The stop landed before the import reached the worker (or Chrome let the busy worker finish):
      // the page says it was all added, so all of it is there once the write commits.
      expect(await waitFor(() => articles(probe), (n) => n === 4 + IMPORTED)).toBe(4 + IMPORTED);
    } else {
      expect(text).toMatch(/The import was interrupted.*all or nothing/);
      expect(await articles(probe)).toBe(4);
    }
    await indexAgrees(probe);
    await options.close();
    await probe.close();
  });

  for (const delay of [250, 1_000, 3_000]) {
    it(`stopped ${delay} ms into the import: all or none`, async () => {
      const probe = await ext.context.newPage();
      await probe.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await resetCorpus(probe);
      const options = await startImport();
      await options.waitForTimeout(delay);
      await stopWorker(probe);
      const after = await articles(probe);
      outcomes.push(after);
      expect([4, 4 + IMPORTED]).toContain(after);
      await indexAgrees(probe);
      await options.close();
      await probe.close();
    });
  }

  it('an import left to finish keeps all of it across a worker stop', async () => {
    const probe = await ext.context.newPage();
    await probe.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await resetCorpus(probe);
    const options = await startImport();
    // Counts as the reader's locale writes them (English: "1,500").
    const n = IMPORTED.toLocaleString('en-GB');
    await options.getByText(`${n} added, 0 replaced, 0 rejected of ${n} records.`).waitFor({ timeout: 60_000 });
    expect(await articles(probe)).toBe(4 + IMPORTED);
    // The analysis ran; the rows are what survives, and the index a fresh worker answers from agrees with them.
    await stopWorker(probe);
    expect(await articles(probe)).toBe(4 + IMPORTED);
    expect(await indexAgrees(probe)).toBe(4 + IMPORTED);
    // Search still finds an imported article after the restart.
    const r = await uiClient(probe).ask('uiSearch', { query: 'Ravensby council session' });
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.some((h) => h.articleId.startsWith('bulk-'))).toBe(true);
    console.log(`[durability] article counts after each stop: ${outcomes.join(', ')} (4 = none, ${4 + IMPORTED} = all)`);
    await options.close();
    await probe.close();
  });
});
