import { transformSync } from 'esbuild';

/** Results by source and values: every page renders the same few scripts, and esbuild is a call away. */
const minified = new Map<string, string>();

/**
 * An inline script as the page carries it: minified by esbuild (which Astro builds with), from a
 * readable source. `define` fills in values the source declares (each written as a JSON literal).
 * The same script is minified once per build, however many pages carry it.
 */
export function minifyScript(source: string, define: Record<string, unknown> = {}): string {
  const literals = Object.fromEntries(Object.entries(define).map(([name, value]) => [name, JSON.stringify(value)]));
  const key = JSON.stringify([source, literals]);
  const known = minified.get(key);
  if (known !== undefined) return known;
  const code = transformSync(source, {
    loader: 'ts',
    format: 'iife',
    minify: true,
    define: literals,
    target: 'es2022',
  }).code.trim();
  minified.set(key, code);
  return code;
}
