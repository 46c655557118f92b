// Indexes a built site with Pagefind (`npm run build`, after `astro build`), reading only the pages
// that carry data-pagefind-body (src/lib/build/search-glob.ts): the index is the same as Pagefind's
// over the whole site. Usage: node scripts/search-index.mjs [site dir, default dist]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchGlob } from '../src/lib/build/search-glob.ts';

const site = process.argv[2] ?? 'dist';
const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({
    path: file.split(sep).join('/'),
    // A page that only mentions the attribute in its text is read for nothing, never left out.
    indexed: readFileSync(join(site, file)).includes('data-pagefind-body'),
  }));
const runner = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
const result = spawnSync(process.execPath, [runner, '--site', site, '--glob', searchGlob(pages)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
