import { searchHit, type ExcerptPart, type PagefindResultData, type SearchHit } from '../lib/search/results';

/** Pagefind's browser API, as much of it as the search page uses. */
interface Pagefind {
  options: (options: { baseUrl?: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind on first use only: a reading page never pays for search. */
function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (module) => {
    await module.options({ baseUrl: base });
    return module;
  });
  return pagefind;
}

/** The excerpt as text nodes and <mark>s: nothing from the index is parsed as HTML. */
function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => {
    if (!part.marked) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

/** One result: the page title (and the section that matched) linking to that section, then its excerpt. */
function resultItem(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.section === null ? hit.title : `${hit.title} › ${hit.section}`;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(hit.excerpt));
  item.append(link, excerpt);
  if (hit.otherSections.length > 0) {
    const also = document.createElement('p');
    also.className = 'search-also';
    also.append('Also in: ');
    hit.otherSections.forEach((section, index) => {
      if (index > 0) also.append(', ');
      const sectionLink = document.createElement('a');
      sectionLink.href = section.url;
      sectionLink.textContent = section.title;
      also.append(sectionLink);
    });
    item.append(also);
  }
  return item;
}

interface SearchTargets {
  status: HTMLElement;
  list: HTMLOListElement;
  base: string;
}

/** Counts searches, so that a slower earlier search never overwrites the results of a later one. */
let latest = 0;

export async function runSearch(query: string, { status, list, base }: SearchTargets): Promise<void> {
  const mine = ++latest;
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = 'Type a word or two, then press Enter.';
    return;
  }
  status.textContent = 'Searching…';
  try {
    const engine = await loadPagefind(base);
    const { results } = await engine.search(query);
    const top = await Promise.all(results.slice(0, 20).map((result) => result.data()));
    if (mine !== latest) return;
    for (const result of top) list.append(resultItem(searchHit(result)));
    status.textContent =
      top.length === 0
        ? `Nothing found for “${query}”.`
        : `${top.length} result${top.length === 1 ? '' : 's'} for “${query}”.`;
  } catch {
    if (mine !== latest) return;
    status.textContent = 'Search is not available here: it works on the built site (npm start), not under astro dev.';
  }
}
