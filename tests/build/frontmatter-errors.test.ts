import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Builds the site with the episodes of a fixture folder; returns the exit status and all output. */
function buildWithEpisodes(fixture: string) {
  const work = mkdtempSync(join(tmpdir(), 'kit-build-'));
  try {
    const result = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        EPISODES_DIR: resolve('tests/fixtures/episodes', fixture),
        OUT_DIR: join(work, 'dist'),
        ASTRO_CACHE_DIR: join(work, 'cache'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('a wrong frontmatter field fails the build', () => {
  it('names the file and the field of an exercise mode that does not exist', () => {
    const { status, output } = buildWithEpisodes('bad-mode');
    expect(status).not.toBe(0);
    expect(output).toContain('broken-episode');
    expect(output).toMatch(/exercise\.0\.mode/);
  });

  it('names the file and says why when parts and totals do not add up', () => {
    const { status, output } = buildWithEpisodes('bad-minutes');
    expect(status).not.toBe(0);
    expect(output).toContain('minutes-mismatch');
    expect(output).toMatch(/exercise\.0\.parts.*the parts add up to 9 minutes but the exercise declares 10/s);
  });
});
