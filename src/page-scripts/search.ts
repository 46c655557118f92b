import { unavailableOffline } from '../lib/offline';

/** Pagefind's browser API, as much of it as the search page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
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

/** Pagefind marks matches with <mark>; everything else in an excerpt is rendered as text. */
function excerptNodes(excerpt: string): Node[] {
  const parts = excerpt.split(/<mark>(.*?)<\/mark>/g);
  const decode = (text: string) => new DOMParser().parseFromString(text, 'text/html').documentElement.textContent ?? '';
  return parts.map((part, index) => {
    if (index % 2 === 0) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(part);
    return mark;
  });
}

interface SearchTargets {
  status: HTMLElement;
  list: HTMLOListElement;
  base: string;
}

export async function runSearch(query: string, { status, list, base }: SearchTargets): Promise<void> {
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
    for (const result of top) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(result.excerpt));
      item.append(link, excerpt);
      list.append(item);
    }
    status.textContent =
      top.length === 0
        ? `Nothing found for “${query}”.`
        : `${top.length} result${top.length === 1 ? '' : 's'} for “${query}”.`;
  } catch {
    // Let the next search try again (the network may be back).
    pagefind = undefined;
    status.textContent = navigator.onLine
      ? 'Search is not available here: it works on the built site (npm start), not under astro dev.'
      : unavailableOffline('Search');
  }
}
