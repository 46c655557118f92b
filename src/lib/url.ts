import { withBase } from './paths';

/** A site-relative path with Astro's configured base in front ("episodes/x/" → "/kit/episodes/x/"). */
export function href(path = ''): string {
  return withBase(import.meta.env.BASE_URL, path);
}
