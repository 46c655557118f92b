/*
 * Turning Pagefind's result data into what the search page shows: the excerpt as plain text with
 * its matches marked, and the section of the page that matched best. Pure, so it is tested without
 * a browser; the page script only builds elements from it.
 */

/** One stretch of an excerpt: a match (shown in <mark>) or the text between matches. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind's excerpts can hold; anything else is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt at Pagefind's <mark> tags. Every other part is text, spaces kept exactly: a
 * part that is only " " between two matches is what separates "Psychological" from "Safety".
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/<mark>([\s\S]*?)<\/mark>/g)
    .map((part, index) => ({ text: decodeEntities(part), marked: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}

/** A section of a result's page, as Pagefind describes it (the fields the search page reads). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: { balanced_score: number }[];
}

/** A result as Pagefind's `data()` returns it (the fields the search page reads). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

/** Where a result links to and what it shows. */
export interface SearchHit {
  /** The page's title. */
  title: string;
  /** The heading of the section that matched best, or null when that is the top of the page. */
  section: string | null;
  /** The address of that section (with its #anchor), or of the page. */
  url: string;
  excerpt: ExcerptPart[];
  /** Other sections of the page that matched, in page order. */
  otherSections: { title: string; url: string }[];
}

const score = (sub: PagefindSubResult) =>
  sub.weighted_locations?.reduce((sum, location) => sum + location.balanced_score, 0) ?? sub.locations?.length ?? 0;

const withoutHash = (url: string) => url.split('#')[0] ?? url;

/**
 * The hit for one result: linked to the section with the strongest matches (ties go to the
 * earlier section), so a reader lands where the words are rather than at the top of the page.
 */
export function searchHit(data: PagefindResultData): SearchHit {
  const title = data.meta.title ?? data.url;
  const sections = data.sub_results ?? [];
  let best: PagefindSubResult | undefined;
  for (const sub of sections) if (best === undefined || score(sub) > score(best)) best = sub;
  if (best === undefined)
    return { title, section: null, url: data.url, excerpt: excerptParts(data.excerpt), otherSections: [] };
  const atTop = best.url === data.url || withoutHash(best.url) === best.url;
  return {
    title,
    section: atTop || best.title === title ? null : best.title,
    url: best.url,
    excerpt: excerptParts(best.excerpt),
    otherSections: sections
      .filter((sub) => sub !== best && sub.url.includes('#'))
      .map((sub) => ({ title: sub.title, url: sub.url })),
  };
}
