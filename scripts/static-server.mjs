// A static server for a built site, used by the browser tests and the benchmark: the site on 127.0.0.1
// under its base path, with its 404 page for anything else.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * Serves `dir` at http://127.0.0.1:<port><base>. With `gzip`, precompressed `*.gz` copies are sent to
 * browsers that accept them, as a static host would.
 * @param {string} dir
 * @param {string} [base] "/" or a sub-path such as "/kit/"
 * @param {{ gzip?: boolean }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} url: origin plus base, ending in "/"
 */
export async function serveStatic(dir, base = '/', { gzip = false } = {}) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} holds no built site: run "npm run build" first`);
  }
  const assets = sirv(dir, { dev: false, etag: true, gzip, extensions: ['html'] });
  const notFoundPath = join(dir, '404.html');
  const notFound = existsSync(notFoundPath) ? readFileSync(notFoundPath) : Buffer.from('Not found');
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const send404 = () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    };
    if (!url.startsWith(base)) return send404();
    req.url = `/${url.slice(base.length)}`;
    assets(req, res, send404);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
