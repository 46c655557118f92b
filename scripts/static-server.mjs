// A static server for a built site, used by the browser tests and the benchmark: the site on 127.0.0.1
// under its base path, with its 404 page for anything else (the live server's site handler, alone).
import { createServer } from 'node:http';
import { siteHandler } from '../server/site.ts';

/**
 * Serves `dir` at http://127.0.0.1:<port><base>. With `gzip`, precompressed `*.gz` copies are sent to
 * browsers that accept them, as a static host would.
 * @param {string} dir
 * @param {string} [base] "/" or a sub-path such as "/kit/"
 * @param {{ gzip?: boolean }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} url: origin plus base, ending in "/"
 */
export async function serveStatic(dir, base = '/', { gzip = false } = {}) {
  const server = createServer(siteHandler(dir, base, { gzip }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
