import { spawn } from 'node:child_process';
import { createRequire, findPackageJSON } from 'node:module';

/**
 * Pagefind indexes only the element marked data-pagefind-body once any page has one, but it parses
 * every page whole: with hundreds of episodes each page's sidebar lists them all, and the print-
 * everything page runs to megabytes. So it reads a copy of each indexed page holding only what its
 * index is made of: the page's language (the <html> tag), its title and the marked element. Pagefind
 * writes the same index from the copies as from the pages, file for file (tests/unit/build-search-index.test.ts).
 */

const MARK = 'data-pagefind-body';

/** The copy of a built page that Pagefind reads, or null when the page is not indexed (no data-pagefind-body). */
export function searchCopy(html: string): string | null {
  const mark = html.indexOf(MARK);
  if (mark === -1) return null;
  const start = html.lastIndexOf('<', mark);
  const end = html.lastIndexOf('</main>');
  if (!html.startsWith('<main', start) || end < mark)
    throw new Error(`only <main> may carry ${MARK}; found on ${html.slice(start, mark).split(/\s/)[0]}>`);
  const htmlTag = /<html\b[^>]*>/.exec(html)?.[0] ?? '<html>';
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  return `<!DOCTYPE html>${htmlTag}<head><meta charset="utf-8">${title}</head><body>${html.slice(start, end)}</main></body></html>`;
}

/**
 * Pagefind's binary for this platform, found by Pagefind's own resolver: run directly, it starts
 * about 0.2 s sooner than through its npm wrapper, a Node process that only runs it.
 */
function pagefindBinary(): string {
  const manifest = findPackageJSON('pagefind', import.meta.url);
  if (!manifest) throw new Error('Pagefind is not installed (npm install)');
  const { resolveBinaryPath } = createRequire(manifest)('./lib/resolveBinary.js') as {
    resolveBinaryPath: (names: string[]) => string;
  };
  // The names its wrapper (lib/runner/bin.cjs) asks for, in its order.
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/**
 * Indexes the pages in `copies` (search copies, laid out as the site) with Pagefind, writing the
 * index and its runtime to `output`. Resolves with Pagefind's report; rejects, with it, if Pagefind fails.
 */
export function indexSite(copies: string, output: string): Promise<string> {
  const binary = pagefindBinary();
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['--site', copies, '--output-path', output], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let report = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (report += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (report += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(report) : reject(new Error(`Pagefind failed (exit code ${code}):\n${report}`)),
    );
  });
}
