import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { EpisodeSchema, PageSchema } from './lib/schema/episode';
import { HandoutSchema } from './lib/schema/handout';

const episodes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env.EPISODES_DIR ?? './src/content/episodes' }),
  schema: EpisodeSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/pages' }),
  schema: PageSchema,
});

const handouts = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/handouts' }),
  schema: HandoutSchema,
});

export const collections = { episodes, pages, handouts };
