// Synthetic episodes for the build-scaling benchmark: about 1,500 words each, deterministic (a
// seeded generator), varied text drawn from the real episodes' vocabulary, with headings, lists,
// a callout, and an exercise (with a timer, sometimes in parts) in every third episode.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded PRNG (mulberry32): the same seed gives the same episode on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of the real episodes' prose (frontmatter, markup and components removed). */
export function vocabulary(episodesDir) {
  const words = new Set();
  for (const name of readdirSync(episodesDir).filter((file) => file.endsWith('.mdx'))) {
    const body = readFileSync(join(episodesDir, name), 'utf8').replace(/^---[\s\S]*?---/, '');
    const prose = body.replace(/<[^>]+>/g, ' ').replace(/[^A-Za-z' -]/g, ' ');
    for (const word of prose.split(/\s+/)) {
      const clean = word.replace(/^'+|'+$/g, '').toLowerCase();
      if (clean.length >= 2 && clean.length <= 14 && !clean.includes('--')) words.add(clean);
    }
  }
  return [...words].sort();
}

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One synthetic episode as MDX. `index` is 1-based; `order` places it after the real episodes.
 * Returns the file name and text; `words` is the approximate word count of the prose.
 */
export function syntheticEpisode(index, order, words, targetWords = 1500) {
  const rand = random(index * 7919 + 17);
  const pick = () => words[Math.floor(rand() * words.length)];
  const phrase = (min, max) => {
    const count = min + Math.floor(rand() * (max - min + 1));
    return Array.from({ length: count }, pick).join(' ');
  };
  const sentence = () => {
    let text = phrase(7, 22);
    if (rand() < 0.15) text = text.replace(/(\S+) (\S+)$/, '**$1 $2**');
    return `${capitalise(text)}${rand() < 0.1 ? '?' : '.'}`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(rand() * 4) }, sentence).join(' ');
  const id = `synthetic-${String(index).padStart(4, '0')}`;
  const hasExercise = index % 3 === 0;
  const inParts = index % 6 === 0;
  const exerciseId = `${id}-exercise`;
  const minutes = inParts ? 10 : 5 + (index % 4) * 5;

  const body = [];
  let count = 0;
  let section = 0;
  while (count < targetWords) {
    if (count === 0 || rand() < 0.25) {
      section += 1;
      body.push(`## ${capitalise(phrase(2, 5))}`);
    }
    const text = paragraph();
    body.push(text);
    count += text.split(/\s+/).length;
    if (rand() < 0.2) {
      const items = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => `- ${capitalise(phrase(4, 12))}.`);
      body.push(items.join('\n'));
      count += items.join(' ').split(/\s+/).length;
    }
    if (section === 2 && !body.some((block) => block.startsWith('<Callout'))) {
      const text = paragraph();
      body.push(`<Callout type="note" title="${capitalise(phrase(2, 4))}">\n\n${text}\n\n</Callout>`);
      count += text.split(/\s+/).length;
    }
  }
  if (hasExercise) {
    body.push(`## Exercise\n\n<Exercise id="${exerciseId}">\n\n${paragraph()}\n\n</Exercise>`);
  }

  const exercise = hasExercise
    ? [
        `  - id: ${exerciseId}`,
        `    title: ${capitalise(phrase(3, 6))}`,
        `    mode: ${['solo', 'pair', 'group', 'class'][index % 4]}`,
        `    minutes: ${minutes}`,
        `    instruction: ${capitalise(phrase(10, 20))}.`,
        `    produces: ${capitalise(phrase(8, 14))}.`,
        `    tools: []`,
        ...(inParts
          ? [
              `    parts:`,
              `      - label: ${capitalise(phrase(2, 4))}`,
              `        minutes: 6`,
              `        instruction: ${capitalise(phrase(8, 16))}.`,
              `      - label: ${capitalise(phrase(2, 4))}`,
              `        minutes: 4`,
              `        instruction: ${capitalise(phrase(8, 16))}.`,
            ]
          : []),
      ]
    : [];
  const frontmatter = [
    '---',
    `title: ${capitalise(phrase(3, 6))} ${index}`,
    `order: ${order}`,
    `summary: ${capitalise(phrase(12, 24))}.`,
    `teaching: ${10 + (index % 3) * 5}`,
    `exercises: ${hasExercise ? minutes : 0}`,
    'questions:',
    ...Array.from({ length: 3 }, () => `  - ${capitalise(phrase(6, 12))}?`),
    'objectives:',
    ...Array.from({ length: 3 }, () => `  - ${capitalise(phrase(6, 14))}`),
    'keypoints:',
    ...Array.from({ length: 3 }, () => `  - ${capitalise(phrase(8, 16))}.`),
    ...(hasExercise ? ['exercise:', ...exercise] : []),
    'updated: 2026-01-15',
    '---',
  ];
  return {
    name: `${id}.mdx`,
    id,
    hasExercise,
    words: count,
    text: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`,
  };
}
