import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// The project's own notes on its code (comments, ARCHITECTURE.md, the stores' README) are read by
// people who do not have the issue tracker open, and after files have moved.

const root = join(import.meta.dirname, '../..');
const CODE = /\.(ts|tsx|astro|mjs|css)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => CODE.test(file) || file.endsWith('.md'))
    .map((file) => join(dir, file));
}

const sources = [...filesUnder('src'), ...filesUnder('tests'), 'ARCHITECTURE.md', 'astro.config.mjs'];

describe('notes on the code', () => {
  test('say the requirement, not the number of the issue that asked for it', () => {
    const numbered = sources.filter((file) => /\bissues? \d+/i.test(readFileSync(join(root, file), 'utf8')));
    expect(numbered).toEqual([]);
  });

  test('name only files that exist', () => {
    // Tests are left out: they name made-up files as data.
    const notes = sources.filter((file) => !file.startsWith('tests'));
    const missing = notes.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/\bsrc\/[\w./[\]-]+\.(?:tsx?|astro|mjs|css|mdx?)\b/g)]
        .map(([path]) => path)
        .filter((path) => !existsSync(join(root, path)))
        .map((path) => `${file}: ${path}`),
    );
    expect(missing).toEqual([]);
  });
});
