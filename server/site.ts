// Serves a built site (dist/) under its base path, as a static host does: files with ETags, precompressed
// copies when asked for, the site's 404 page for anything else. Used by the live server, the browser tests
// and the benchmark (through scripts/static-server.mjs).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export type SiteHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A request handler for the site built in `dir`, served at `base` ("/" or a sub-path such as "/kit/").
 * With `gzip`, precompressed `*.gz` copies go to browsers that accept them.
 */
export function siteHandler(dir: string, base = '/', { gzip = false } = {}): SiteHandler {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} holds no built site: run "npm run build" first`);
  }
  const assets = sirv(dir, {
    dev: false,
    etag: true,
    gzip,
    extensions: ['html'],
    setHeaders(res, pathname) {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      // Astro names bundled assets by their content hash, so they never change.
      if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const notFoundPath = join(dir, '404.html');
  const notFound = existsSync(notFoundPath) ? readFileSync(notFoundPath) : Buffer.from('Not found');
  return (req, res) => {
    const url = req.url ?? '/';
    const send404 = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    };
    if (!url.startsWith(base)) return send404();
    req.url = `/${url.slice(base.length)}`;
    assets(req, res, send404);
  };
}
