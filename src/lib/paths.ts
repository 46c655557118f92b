/** Joins Astro's `base` with a site-relative path so every internal link works from a sub-path. */
export function withBase(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}
