// What opening search costs, from the built files: the search page itself, then Pagefind's
// runtime (script, worker, WebAssembly, entry and metadata files), the index chunks a query reads
// and one fragment per result shown. Only the browser knows which chunks a given word needs, so the
// static figures give the runtime exactly and the index as a range (one chunk up to all of them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addSizes, analysePage, zeroSizes, type BuiltSite, type PageWeight, type Sizes } from './page-weight.ts';

export interface FileGroup extends Sizes {
  files: number;
}

export interface SearchWeight {
  /** The search page a first search opens (HTML, CSS, its script). */
  page: PageWeight;
  /** Pagefind's runtime: pagefind.js, the worker, the WebAssembly, entry and metadata files. */
  runtime: FileGroup & { paths: string[] };
  /** All index chunks; a query reads one or a few of them. */
  index: FileGroup & { smallest: number; largest: number };
  /** All result fragments; each result shown fetches one. */
  fragments: FileGroup & { mean: number };
}

function group(site: BuiltSite, paths: string[]): FileGroup {
  let sizes = zeroSizes();
  for (const path of paths) sizes = addSizes(sizes, site.sizesOf(join(site.dist, path)));
  return { ...sizes, files: paths.length };
}

/** Pagefind's files in a built site, or null when the site has no index (pagefind did not run). */
export function searchWeight(site: BuiltSite, searchPage = 'search/'): SearchWeight | null {
  const dir = join(site.dist, 'pagefind');
  const entryFile = join(dir, 'pagefind-entry.json');
  if (!existsSync(entryFile) || !site.hasPage(searchPage)) return null;
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string | null }>;
  };
  const [language] = Object.values(entry.languages);
  const runtimePaths = ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json'];
  if (language?.wasm) runtimePaths.push(`pagefind/wasm.${language.wasm}.pagefind`);
  if (language) runtimePaths.push(`pagefind/pagefind.${language.hash}.pf_meta`);
  const present = runtimePaths.filter((path) => existsSync(join(site.dist, path)));
  const list = (sub: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .sort()
          .map((name) => `pagefind/${sub}/${name}`)
      : [];
  const indexPaths = list('index');
  const fragmentPaths = list('fragment');
  const indexSizes = indexPaths.map((path) => site.sizesOf(join(site.dist, path)).raw);
  const fragments = group(site, fragmentPaths);
  return {
    page: analysePage(site, searchPage),
    runtime: { ...group(site, present), paths: present },
    index: { ...group(site, indexPaths), smallest: Math.min(...indexSizes), largest: Math.max(...indexSizes) },
    fragments: { ...fragments, mean: fragments.files ? Math.round(fragments.raw / fragments.files) : 0 },
  };
}
