import { createHash } from 'node:crypto';

/**
 * Astro writes the hash of every inline script and style the site might use into every page's
 * policy (twenty hashes, about 0.9 KiB gzip, as good as incompressible). A static page's inline
 * scripts and styles are all in its HTML, so its policy needs exactly their hashes: this rewrites
 * each page's <meta> policy to list those, and keeps every other source as Astro wrote it.
 */

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE = (tag: 'script' | 'style') => new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');

function hashOf(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The hashes of a page's inline scripts (those without src) or styles, each once, in page order. */
export function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const hashes = [...html.matchAll(INLINE(tag))]
    .filter((match) => !/\ssrc=/.test(match[1] ?? ''))
    .map((match) => hashOf(match[2] ?? ''));
  return [...new Set(hashes)];
}

/** One directive of a policy with its hashes replaced by these (none: the hash-free sources alone). */
function withHashes(directive: string, hashes: readonly string[]): string {
  const [name = '', ...sources] = directive.trim().split(/\s+/);
  return [name, ...sources.filter((source) => !source.startsWith("'sha256-")), ...hashes].join(' ');
}

/** The page with its policy listing exactly the hashes of its own inline scripts and styles. */
export function pageCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta?.[1]) return html;
  const hashes = { 'script-src': inlineHashes(html, 'script'), 'style-src': inlineHashes(html, 'style') };
  const policy = meta[1]
    .split(';')
    .filter((directive) => directive.trim() !== '')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0] as keyof typeof hashes;
      return name in hashes ? withHashes(directive, hashes[name]) : directive.trim();
    })
    .join(';');
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}
