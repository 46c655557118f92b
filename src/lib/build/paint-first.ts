import { minifyScript } from './minify-script';

/**
 * A tool page is rendered on the server, with its module script last (Astro writes it after
 * </html>). Left as it is, a browser on a fast link can fetch and run that code before its first
 * paint. The build replaces it with a small inline loader (src/page-scripts/paint-first.ts) that
 * imports the same file once the page has been painted; the page's policy then lists the loader's
 * hash (page-csp.ts), and the file stays a same-origin script ('self').
 */

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** The loader for the module at `src`, minified. */
export function paintFirstLoader(loaderSource: string, src: string): string {
  // A script address cannot hold "</script>" (Astro writes file paths), so the result is safe inline.
  return minifyScript(loaderSource, { SRC: src }, 'esm');
}

/** The page with each module script that has a src replaced by a loader that imports it after the first paint. */
export function paintFirst(html: string, loaderSource: string): string {
  return html.replace(
    MODULE_SCRIPT,
    (_script, src: string) => `<script type="module">${paintFirstLoader(loaderSource, src)}</script>`,
  );
}
