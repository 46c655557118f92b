import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticSite {
  /** Origin plus base path, always ending in "/", e.g. http://127.0.0.1:4321/kit/ */
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site from `dir` under `base` (e.g. "/" or "/kit/"), with the site's 404 page. */
export async function serveStatic(dir: string, base = '/'): Promise<StaticSite> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} holds no built site: run "npm run build" first`);
  }
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPath = join(dir, '404.html');
  const notFound = existsSync(notFoundPath) ? readFileSync(notFoundPath) : Buffer.from('Not found');
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const send404 = () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    };
    if (!url.startsWith(base)) return send404();
    req.url = '/' + url.slice(base.length);
    assets(req, res, send404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
