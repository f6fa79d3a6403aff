/**
 * A tiny static server on 127.0.0.1 for the demo pages (used by `npm run demo` and the e2e tests).
 * Only loopback, only our pages, and it stops when asked.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Article } from '../../utils/types';
import { demoPages, type DemoPage } from './pages';

export interface DemoServer {
  origin: string;
  pages: DemoPage[];
  /** Adds or replaces a page (tests plant their own). */
  put(path: string, html: string, type?: string): void;
  close(): Promise<void>;
}

export function loadCorpus(file = new URL('../../assets/corpus.json', import.meta.url)): Article[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { articles: Article[] }).articles;
}

export async function startDemoServer(port = 0): Promise<DemoServer> {
  const extra = new Map<string, { body: string; type: string }>();
  let pages: DemoPage[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const planted = extra.get(path);
    const page = pages.find((p) => p.path === path);
    if (planted) {
      res.writeHead(200, { 'content-type': planted.type });
      res.end(planted.body);
    } else if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page.html);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  pages = demoPages(loadCorpus(), origin);
  return {
    origin,
    pages,
    put(path, body, type = 'text/html; charset=utf-8') {
      extra.set(path, { body, type });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
