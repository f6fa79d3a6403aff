/**
 * `npm run demo`: builds the extension, serves the demo news pages on 127.0.0.1, opens Chromium
 * with Crossread loaded (headless when there is no display), reads a news page, and writes
 * screenshots of the page, its side panel and the popup search to ./demo-output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './demo/browser';
import { startDemoServer } from './demo/server';

const OUT = resolve('demo-output');

async function main(): Promise<void> {
  console.log('Building the extension (wxt build)…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  mkdirSync(OUT, { recursive: true });

  const server = await startDemoServer(Number(process.env['DEMO_PORT'] ?? 0));
  const headless = !process.env['DISPLAY'] || process.env['CI'] === 'true';
  console.log(`Demo news pages: ${server.origin}/  (${headless ? 'headless' : 'with a window'})`);
  const ext = await launchWithExtension({ headless });
  try {
    const article = server.pages.find((p) => p.articleId === 'seed-001') ?? server.pages[0]!;
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}${article.path}`);
    const tabId = await ext.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, page.url());
    let badge = '';
    for (let i = 0; i < 100 && !badge; i++) {
      await new Promise((r) => setTimeout(r, 150));
      badge = await ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    }
    console.log(`Badge on "${article.path}": ${badge || '(none)'} other articles on the same story`);
    await page.screenshot({ path: `${OUT}/1-news-page.png` });

    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: 420, height: 1000 });
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('li.match').first().waitFor({ timeout: 20_000 });
    await panel.screenshot({ path: `${OUT}/2-side-panel.png`, fullPage: true });

    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 440, height: 640 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('combobox', { name: 'Search your corpus' }).fill('Psaki');
    await popup.locator('#results').getByRole('option').first().waitFor({ timeout: 10_000 });
    await popup.screenshot({ path: `${OUT}/3-popup-search.png` });
    console.log(`Screenshots written to ${OUT}/`);

    if (!headless) {
      console.log('Chromium stays open: browse the demo pages, then press Ctrl+C to quit.');
      await new Promise<void>((r) => process.once('SIGINT', () => r()));
    }
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(`demo: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
