import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { mergeStyles } from './merge-styles';
import { pageCsp } from './page-csp';
import { indexSite, searchCopy } from './search-index';
import { fileDigest, writeServiceWorker } from './service-worker';
import { deferUseRuntime, runtimeFileName } from './use-runtime';

/**
 * A built page as it is served: episodes load the island runtime only when a timer or the tools are
 * used (use-runtime.ts), the page's inline styles become one (merge-styles.ts), and its policy lists
 * only its own inline hashes (page-csp.ts). `runtimeUrlOf` names the file a deferred runtime goes to.
 */
export function trimPage(html: string, useLoaderSource: string, runtimeUrlOf: (runtime: string) => string): string {
  const deferred = deferUseRuntime(html, useLoaderSource, runtimeUrlOf);
  return pageCsp(mergeStyles(deferred?.html ?? html));
}

export interface FinishedSite {
  pages: number;
  /** Pages Pagefind indexed, and its own time in seconds, from its report. */
  indexed: number;
  searchSeconds: number;
  serviceWorker: { version: string; files: number };
}

/**
 * The build's last steps, once Astro has written every page into `root` (served under `base`, which
 * ends in "/"): every page trimmed (trimPage), the indexed pages handed to Pagefind as search copies
 * (search-index.ts), and the service worker written last, over the finished site. Pagefind reads
 * only the copies, so the trimmed pages are written while it works.
 */
export async function finishSite(root: string, base: string, useLoaderSource: string): Promise<FinishedSite> {
  const runtimes = new Map<string, string>();
  const runtimeUrlOf = (runtime: string) => {
    const name = runtimeFileName(runtime);
    runtimes.set(name, runtime);
    return `${base}_astro/${name}`;
  };
  const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(root, file), 'utf8');
      const trimmed = trimPage(html, useLoaderSource, runtimeUrlOf);
      return { file, trimmed, changed: trimmed !== html };
    });
  const copies = mkdtempSync(join(tmpdir(), 'kit-search-'));
  try {
    for (const { file, trimmed } of pages) {
      const copy = searchCopy(trimmed);
      if (copy === null) continue;
      mkdirSync(dirname(join(copies, file)), { recursive: true });
      writeFileSync(join(copies, file), copy);
    }
    const search = indexSite(copies, join(root, 'pagefind'));
    const digests = new Map<string, Buffer>();
    try {
      for (const { file, trimmed, changed } of pages) {
        if (changed) writeFileSync(join(root, file), trimmed);
        digests.set(file.split(sep).join('/'), fileDigest(trimmed));
      }
      for (const [name, runtime] of runtimes) writeFileSync(join(root, '_astro', name), runtime);
    } catch (error) {
      await search.catch(() => undefined);
      throw error;
    }
    const report = await search;
    return {
      pages: pages.length,
      indexed: Number(/Indexed (\d+) pages/.exec(report)?.[1] ?? 0),
      searchSeconds: Number(/Finished in ([\d.]+) seconds/.exec(report)?.[1] ?? 0),
      serviceWorker: writeServiceWorker(root, base, digests),
    };
  } finally {
    rmSync(copies, { recursive: true, force: true });
  }
}
