/**
 * The extension's service worker's used JS heap, for the benches and the e2e tests alike (a module
 * of the scripts, so a bench never loads the test runner).
 */
import type { ExtensionBrowser } from './browser';

/**
 * The extension's service worker's used JS heap in bytes, read over CDP (Runtime.getHeapUsage on the
 * worker's target): `performance.memory` does not exist in a service worker, so the worker cannot say.
 */
export async function workerHeap(ext: ExtensionBrowser): Promise<number> {
  const page = await ext.context.newPage();
  try {
    const cdp = await ext.context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`));
    if (!sw) throw new Error('no service worker of the extension is running');
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
    // The target's events come the same way; the answer is the message with our id.
    const answer = new Promise<number>((resolve, reject) =>
      cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: { usedSize: number }; error?: { message: string } };
        if (m.id !== 1) return;
        if (m.result) resolve(m.result.usedSize);
        else reject(new Error(`Runtime.getHeapUsage: ${m.error?.message}`));
      }),
    );
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
    return await answer;
  } finally {
    await page.close();
  }
}
