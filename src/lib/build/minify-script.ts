import { transformSync } from 'esbuild';

/** Results by source and values: every page renders the same few scripts, and esbuild is a call away. */
const minified = new Map<string, string>();

/**
 * An inline script as the page carries it: minified by esbuild (which Astro builds with), from a
 * readable source. `define` fills in values the source declares (each written as a JSON literal).
 * The same script is minified once per build, however many pages carry it. A classic script is
 * wrapped in a function ('iife'); an inline module ('esm') has a scope of its own already.
 */
export function minifyScript(
  source: string,
  define: Record<string, unknown> = {},
  format: 'iife' | 'esm' = 'iife',
): string {
  const literals = Object.fromEntries(Object.entries(define).map(([name, value]) => [name, JSON.stringify(value)]));
  const key = JSON.stringify([source, literals, format]);
  const known = minified.get(key);
  if (known !== undefined) return known;
  const code = transformSync(source, {
    loader: 'ts',
    format,
    minify: true,
    define: literals,
    target: 'es2022',
  }).code.trim();
  minified.set(key, code);
  return code;
}
