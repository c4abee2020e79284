/**
 * A static server on 127.0.0.1 for the bundled demo pages (the golden fixture pages), used by
 * `npm start` and by the end-to-end tests. The index lists every page with its title and language.
 */

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_PAGES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/pages');

export interface DemoPage {
  slug: string;
  title: string;
  lang: string;
}

export interface DemoServer {
  origin: string;
  pages: DemoPage[];
  close(): Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The demo pages on disk, with titles and languages from their hand-written truth. */
export function listDemoPages(dir = DEMO_PAGES_DIR): DemoPage[] {
  return fs
    .readdirSync(dir)
    .filter((slug) => fs.existsSync(path.join(dir, slug, 'source.html')))
    .sort()
    .map((slug) => {
      const truthFile = path.join(dir, slug, 'truth.json');
      const expect = fs.existsSync(truthFile) ? (JSON.parse(fs.readFileSync(truthFile, 'utf8')).expect ?? {}) : {};
      return { slug, title: String(expect.title ?? slug), lang: String(expect.lang ?? '') };
    });
}

function indexHtml(pages: DemoPage[]): string {
  const items = pages
    .map((p) => `<li lang="${escapeHtml(p.lang)}" dir="auto"><a href="/pages/${encodeURIComponent(p.slug)}/">${escapeHtml(p.title)}</a> <small>(${escapeHtml(p.lang)})</small></li>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Katib demo pages</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}li{margin:.4rem 0}small{color:#666}</style></head>
<body><h1>Katib demo pages</h1><p>Turkish and Arabic ministry and news pages, served locally. Open one, then use the Katib toolbar button, the “Clip article” menu item or the keyboard shortcut.</p>
<ul>${items}</ul></body></html>`;
}

/**
 * Serves the demo pages. `port` 0 picks a free port.
 * @param extraPages additional routes (path → HTML), for tests that need pages of their own
 */
export function startDemoServer(port = 0, extraPages: Record<string, string | Buffer> = {}): Promise<DemoServer> {
  const pages = listDemoPages();
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const extra = extraPages[pathname];
    if (extra !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(extra);
      return;
    }
    if (pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(indexHtml(pages));
      return;
    }
    const m = /^\/pages\/([\w-]+)\/?$/.exec(pathname);
    const file = m ? path.join(DEMO_PAGES_DIR, m[1]!, 'source.html') : null;
    if (file && fs.existsSync(file)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        origin: `http://127.0.0.1:${actual}`,
        pages,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
