/**
 * Pagefind indexes only the pages that carry `data-pagefind-body` once any page does, but it still
 * reads and parses every other page to find that out; the print-everything page alone is several
 * megabytes with hundreds of episodes. This is the glob of the pages it needs to read: a folder
 * whose every page is indexed as one pattern, other pages by name.
 */

export interface SitePage {
  /** The file's path in the built site, with forward slashes ("episodes/x/index.html"). */
  path: string;
  /** Whether the page marks the part Pagefind indexes (data-pagefind-body). */
  indexed: boolean;
}

/** Pagefind's own default: every page. */
export const ALL_PAGES = '**/*.{html}';

/** A path as a literal in Pagefind's glob syntax (wax): its special characters escaped. */
export function globLiteral(path: string): string {
  return path.replace(/[\\*?[\]{}<>,:!]/g, (character) => `\\${character}`);
}

/** The glob of the pages Pagefind should read; every page when none is marked (Pagefind then indexes all). */
export function searchGlob(pages: readonly SitePage[]): string {
  if (!pages.some((page) => page.indexed)) return ALL_PAGES;
  const folders = new Map<string, boolean>();
  for (const page of pages) {
    const slash = page.path.indexOf('/');
    if (slash === -1) continue;
    const folder = page.path.slice(0, slash);
    folders.set(folder, (folders.get(folder) ?? true) && page.indexed);
  }
  const patterns = new Set<string>();
  for (const page of pages) {
    if (!page.indexed) continue;
    const slash = page.path.indexOf('/');
    const folder = slash === -1 ? null : page.path.slice(0, slash);
    patterns.add(folder && folders.get(folder) ? `${globLiteral(folder)}/**/*.html` : globLiteral(page.path));
  }
  const list = [...patterns].sort();
  return list.length === 1 ? (list[0] ?? ALL_PAGES) : `{${list.join(',')}}`;
}
