import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { mergeStyles } from './merge-styles';
import { pageCsp } from './page-csp';
import { paintFirst } from './paint-first';
import { indexSite, searchCopy } from './search-index';
import { fileDigest, writeServiceWorker } from './service-worker';
import { deferUseRuntime, runtimeFileName } from './use-runtime';

/** The sources of the inline scripts the build writes into pages, read as text by astro.config.mjs. */
export interface PageScriptSources {
  /** src/page-scripts/use-loader.ts */
  useLoader: string;
  /** src/page-scripts/paint-first.ts */
  paintFirst: string;
}

/**
 * A built page as it is served: episodes load the island runtime only when a timer or the tools are
 * used (use-runtime.ts), a tool page runs its code after its first paint (paint-first.ts), the page's
 * inline styles become one (merge-styles.ts), and its policy lists only its own inline hashes
 * (page-csp.ts). `runtimeUrlOf` names the file a deferred runtime goes to.
 */
export function trimPage(html: string, sources: PageScriptSources, runtimeUrlOf: (runtime: string) => string): string {
  const deferred = deferUseRuntime(html, sources.useLoader, runtimeUrlOf);
  return pageCsp(mergeStyles(paintFirst(deferred?.html ?? html, sources.paintFirst)));
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
 * ends in "/"): the indexed pages handed to Pagefind as search copies (search-index.ts), every page
 * trimmed (trimPage) while Pagefind works, and the service worker written last, over the finished
 * site. The copies are made before trimming, which changes only scripts, styles and the policy: none
 * of them is indexed, so Pagefind writes the same index either way.
 */
export async function finishSite(root: string, base: string, sources: PageScriptSources): Promise<FinishedSite> {
  const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(root, file), 'utf8') }));
  const copies = mkdtempSync(join(tmpdir(), 'kit-search-'));
  try {
    for (const { file, html } of pages) {
      const copy = searchCopy(html);
      if (copy === null) continue;
      mkdirSync(dirname(join(copies, file)), { recursive: true });
      writeFileSync(join(copies, file), copy);
    }
    const search = indexSite(copies, join(root, 'pagefind'));
    const digests = new Map<string, Buffer>();
    try {
      const runtimes = new Map<string, string>();
      const runtimeUrlOf = (runtime: string) => {
        const name = runtimeFileName(runtime);
        runtimes.set(name, runtime);
        return `${base}_astro/${name}`;
      };
      for (const { file, html } of pages) {
        const trimmed = trimPage(html, sources, runtimeUrlOf);
        if (trimmed !== html) writeFileSync(join(root, file), trimmed);
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
