import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type PageEntry = CollectionEntry<'pages'>;

/** Content pages with their own URL (the home page's text is shown on the index instead). */
export async function getStandalonePages(): Promise<PageEntry[]> {
  return (await getCollection('pages')).filter((page) => page.id !== 'home');
}

export async function getHomePage(): Promise<PageEntry | undefined> {
  return getEntry('pages', 'home');
}
