import { getCollection, type CollectionEntry } from 'astro:content';
import type { HandoutAudience } from '../lib/schema/handout';

export type HandoutEntry = CollectionEntry<'handouts'>;

/** Written handouts (src/content/handouts) in index order. */
export async function getHandouts(): Promise<HandoutEntry[]> {
  return (await getCollection('handouts')).sort((a, b) => a.data.order - b.data.order);
}

export interface HandoutLink {
  slug: string;
  title: string;
  summary: string;
  audience: HandoutAudience;
  order: number;
}

/**
 * Handouts computed from the episodes' frontmatter rather than written: their pages live in
 * src/pages/handouts/ and take their title and summary from here.
 */
export const computedHandouts = {
  exercises: {
    slug: 'exercises',
    title: 'The exercises',
    summary: 'Every exercise of the day on its own: who does it, how long it takes, its parts and what you end with.',
    audience: 'participants',
    order: 20,
  },
  evaluation: {
    slug: 'evaluation',
    title: 'Closing evaluation',
    summary: 'A one-up, one-down and a rating of each objective of the day, for the last minutes of the workshop.',
    audience: 'participants',
    order: 60,
  },
} as const satisfies Record<string, HandoutLink>;

/** Every handout, written or computed, in index order. */
export async function getHandoutLinks(): Promise<HandoutLink[]> {
  const written = (await getHandouts()).map((entry): HandoutLink => ({
    slug: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    audience: entry.data.audience,
    order: entry.data.order,
  }));
  return [...written, ...Object.values(computedHandouts)].sort((a, b) => a.order - b.order);
}

export const audienceLabels: Readonly<Record<HandoutAudience, string>> = {
  participants: 'For every participant',
  teams: 'For each team',
  mentors: 'For each mentor',
  facilitators: 'For the facilitator',
};
