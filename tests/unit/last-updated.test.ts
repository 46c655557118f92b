import { describe, expect, it } from 'vitest';
import { lastUpdated, parseGitLog } from '../../src/lib/last-updated';

describe('last updated from one git log', () => {
  it('keeps each file’s newest commit date (git prints newest first)', () => {
    const log = [
      '\u00012026-11-21T09:16:55+00:00',
      '',
      'src/content/episodes/a.mdx',
      'README.md',
      '\u00012026-11-20T08:00:00+00:00',
      '',
      'src/content/episodes/a.mdx',
      'src/content/episodes/b.mdx',
      '',
    ].join('\n');
    const dates = parseGitLog(log);
    expect(dates.get('src/content/episodes/a.mdx')?.toISOString()).toBe('2026-11-21T09:16:55.000Z');
    expect(dates.get('src/content/episodes/b.mdx')?.toISOString()).toBe('2026-11-20T08:00:00.000Z');
    expect(dates.has('')).toBe(false);
  });

  it('falls back to the frontmatter date for a file git does not know', () => {
    const fallback = new Date('2026-01-01');
    expect(lastUpdated('no/such/file.mdx', fallback)).toBe(fallback);
    expect(lastUpdated(undefined, fallback)).toBe(fallback);
  });

  it('finds a committed file’s date in this checkout', () => {
    expect(lastUpdated('package.json')).toBeInstanceOf(Date);
  });
});
