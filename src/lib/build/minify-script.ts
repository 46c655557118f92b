import { transformSync } from 'esbuild';

/**
 * An inline script as the page carries it: minified by esbuild (which Astro builds with), from a
 * readable source. `define` fills in values the source declares (each written as a JSON literal).
 */
export function minifyScript(source: string, define: Record<string, unknown> = {}): string {
  const literals = Object.fromEntries(Object.entries(define).map(([name, value]) => [name, JSON.stringify(value)]));
  return transformSync(source, {
    loader: 'ts',
    format: 'iife',
    minify: true,
    define: literals,
    target: 'es2022',
  }).code.trim();
}
