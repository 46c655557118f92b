// A static server for the benchmark: the built site on 127.0.0.1 under its base path, text files
// gzip-compressed the way a static host (GitHub Pages, Netlify) sends them. Compressed copies are
// written next to the files once (*.gz) and sirv serves them to browsers that accept gzip.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../../scripts/static-server.mjs';

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

/** Serves `dir` at http://127.0.0.1:<port><base>, gzip to browsers that accept it, with the site's 404 page. */
export function serve(dir, base = '/') {
  return serveStatic(dir, base, { gzip: true });
}
