// Starlight's build of the same synthetic lessons, for the side-by-side build time in the benchmark.
// Starlight is not a dependency of the kit: `--starlight DIR` names a throw-away folder outside the
// repository where it is installed (see bench/README.md):
//   mkdir /tmp/starlight-bench && cd /tmp/starlight-bench && npm init -y &&
//   npm i @astrojs/starlight@0.42 astro@^7 @astrojs/markdown-remark@^7 sharp node@24
// Each run writes a fresh Starlight site there with N lessons made from the same seeded generator as
// the kit's synthetic episodes, and times a cold `astro build` (Starlight runs Pagefind inside it).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure, dirBytes } from './scaling.mjs';
import { syntheticEpisode } from './synthetic.mjs';
import { prose } from './handwritten.mjs';

/** A synthetic episode as a Starlight lesson: the same prose; the callout as an aside; no exercise box. */
export function starlightLesson(index, words) {
  const episode = syntheticEpisode(index, index, words);
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(episode.text) ?? [];
  const field = (name) => new RegExp(`^${name}: (.*)$`, 'm').exec(frontmatter ?? '')?.[1] ?? name;
  const markdown = (body ?? '')
    .replace(/<Callout type="note" title="([^"]*)">\n\n([\s\S]*?)\n\n<\/Callout>/g, ':::note[$1]\n$2\n:::')
    .replace(/<Exercise id="[^"]*">\n\n([\s\S]*?)\n\n<\/Exercise>/g, '$1');
  return {
    name: `${episode.id}.md`,
    text: `---\ntitle: ${field('title')}\ndescription: ${field('summary')}\n---\n\n${markdown}`,
  };
}

/** Writes a Starlight site with `n` lessons into `dir` (which holds node_modules with Starlight). */
export function writeStarlightSite(dir, n, words, lessonOf = (index) => starlightLesson(index, words)) {
  // Astro's cache (its content store, with every lesson already rendered) lives in .astro-cache so that
  // each build starts cold, like the kit's: in node_modules/.astro it survived from one run to the next.
  for (const name of ['src', 'dist', '.astro', '.astro-cache'])
    rmSync(join(dir, name), { recursive: true, force: true });
  const lessons = join(dir, 'src', 'content', 'docs', 'lessons');
  mkdirSync(lessons, { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  cacheDir: './.astro-cache',
  integrations: [
    starlight({ title: 'Bench', sidebar: [{ label: 'Lessons', items: [{ autogenerate: { directory: 'lessons' } }] }] }),
  ],
});
`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(join(dir, 'src', 'content', 'docs', 'index.md'), '---\ntitle: Bench\n---\n\nLessons.\n');
  for (let index = 1; index <= n; index++) {
    const lesson = lessonOf(index);
    writeFileSync(join(lessons, lesson.name), lesson.text);
  }
}

/** One Starlight build of `n` lessons in `dir`: timings, peak memory and output size. */
export async function starlightRun(dir, n, words, { node = process.execPath, onStep = () => {} } = {}) {
  const astro = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  if (!existsSync(astro)) throw new Error(`${dir} has no Astro installed; see bench/lib/starlight.mjs`);
  writeStarlightSite(dir, n, words);
  onStep(`building ${n} Starlight lessons (Pagefind included)`);
  const build = await measure(node, [astro, 'build'], {
    cwd: dir,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    log: join(dir, `build-${n}.log`),
  });
  return { n, build, output: dirBytes(join(dir, 'dist')) };
}

/**
 * Starlight's twin of a built kit page, for Lighthouse in the same run: one lesson whose body is the
 * page's prose (the hand-written page's, as HTML inside Markdown). Builds it in `dir` and returns the
 * built site's folder and the lesson's path in it.
 */
export async function starlightTwin(dir, html, { node = process.execPath } = {}) {
  const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? 'Lesson';
  const body = prose(html).replace(/<h1\b[^>]*>[\s\S]*?<\/h1>/, '');
  writeStarlightSite(dir, 1, [], () => ({
    name: 'twin.md',
    text: `---\ntitle: ${JSON.stringify(title)}\ndescription: The same prose as the kit's page.\n---\n\n${body}\n`,
  }));
  const astro = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  if (!existsSync(astro)) throw new Error(`${dir} has no Astro installed; see bench/lib/starlight.mjs`);
  await measure(node, [astro, 'build'], {
    cwd: dir,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    log: join(dir, 'build-twin.log'),
  });
  return { dist: join(dir, 'dist'), page: 'lessons/twin/' };
}
