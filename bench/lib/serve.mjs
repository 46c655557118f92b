// A static server for the benchmark: the built site on 127.0.0.1 under its base path, text files
// gzip-compressed the way a static host (GitHub Pages, Netlify) sends them. Compressed copies are
// written next to the files once (*.gz) and sirv serves them to browsers that accept gzip.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const TEXT = /\.(?:html|css|js|mjs|json|svg|webmanifest|txt|xml)$/;

/** Writes a .gz copy (zlib level 6) of every text file in `dir` that compresses. Returns the count. */
export function precompress(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !TEXT.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const raw = readFileSync(file);
    const gz = gzipSync(raw, { level: 6 });
    if (gz.byteLength < raw.byteLength) {
      writeFileSync(`${file}.gz`, gz);
      count++;
    }
  }
  return count;
}

/** Serves `dir` at http://127.0.0.1:<port><base>, with the site's 404 page. */
export async function serve(dir, base = '/') {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} holds no built site`);
  const assets = sirv(dir, { dev: false, etag: true, gzip: true, extensions: ['html'] });
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');
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
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
