import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  exportWarnings,
  exportWarningSummary,
  GITHUB_TITLE_MAX,
  JIRA_SUMMARY_MAX,
  trackerTitle,
} from '../../src/lib/export/limits';
import type { BacklogItem } from '../../src/lib/schema/backlog-item';
import { emptyWorkspace, type Workspace } from '../../src/lib/schema/workspace';

const item = (over: Partial<BacklogItem>): BacklogItem => ({
  id: 'b',
  title: 'A title',
  description: '',
  priority: null,
  size: null,
  goalId: null,
  existing: null,
  ...over,
});
const withItems = (...backlog: BacklogItem[]): Workspace => ({ ...emptyWorkspace(), backlog });

describe('tracker titles', () => {
  test('a title that fits is left as typed, spaces tidied', () => {
    expect(trackerTitle('  Split  the story ', JIRA_SUMMARY_MAX)).toEqual({
      title: 'Split the story',
      shortened: false,
    });
  });

  test('a multi-line title keeps its first line and says it was shortened', () => {
    expect(trackerTitle('\nFirst\r\nSecond', GITHUB_TITLE_MAX)).toEqual({ title: 'First', shortened: true });
    expect(trackerTitle(' \n ', GITHUB_TITLE_MAX)).toEqual({ title: 'Untitled item', shortened: false });
  });

  test('any text becomes one line within the limit, never splitting a character (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 600 }),
        fc.constantFrom(JIRA_SUMMARY_MAX, GITHUB_TITLE_MAX),
        (text, max) => {
          const { title, shortened } = trackerTitle(text, max);
          expect(title.length).toBeLessThanOrEqual(max);
          expect(title).not.toMatch(/[\r\n\u2028\u2029]/);
          expect(title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
          if (!shortened) expect(title).toBe(text.replace(/\s+/g, ' ').trim() || 'Untitled item');
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('warnings before a download', () => {
  test('none when every title and description fits', () => {
    expect(exportWarnings(withItems(item({}), item({ id: 'c', title: 'x'.repeat(255) })))).toEqual([]);
  });

  test('names the items whose titles will be shortened or put on one line', () => {
    expect(
      exportWarnings(
        withItems(item({}), item({ id: 'c', title: 'x'.repeat(256) }), item({ id: 'd', title: 'One\ntwo' })),
      ),
    ).toEqual([
      'Item 2’s title has 256 characters: Jira takes 255 and GitHub 256, so it is shortened there, with the full title at the top of the description.',
      'Item 3’s title has more than one line: Jira and GitHub get its first line as the title, and the full title at the top of the description.',
    ]);
  });

  test('warns of a description longer than Jira takes', () => {
    expect(exportWarnings(withItems(item({ description: 'y'.repeat(40_000) })))).toEqual([
      'Item 1’s description has 40000 characters: Jira takes 32767, so the import will refuse it. Shorten it or move part of it elsewhere.',
    ]);
  });

  test('counts imported items only when they are exported', () => {
    const imported = item({
      title: 'z'.repeat(300),
      existing: { number: 1, url: null, labels: [], baseline: { priority: null, size: null, order: 0 } },
    });
    expect(exportWarnings(withItems(imported))).toEqual([]);
    expect(exportWarnings(withItems(imported), { includeExisting: true })).toHaveLength(1);
  });

  test('sums them up before the download, one sentence per kind, naming at most five items', () => {
    expect(exportWarningSummary(withItems(item({})))).toEqual([]);
    const long = (id: string) => item({ id, description: 'y'.repeat(40_000) });
    const many = withItems(
      item({ id: 'a', title: 'One\ntwo' }),
      ...['b', 'c', 'd', 'e', 'f', 'g', 'h'].map(long),
      item({ id: 'i', title: 'x'.repeat(300) }),
    );
    expect(exportWarningSummary(many)).toEqual([
      '1 title has more than one line (item 1): Jira and GitHub will get its first line as the title, and the full title at the top of the description.',
      '1 title is longer than Jira’s 255 characters (item 9): it will be shortened, with the full title at the top of the description.',
      '7 descriptions are longer than Jira’s 32767 characters (items 2, 3, 4, 5, 6 and 2 more): Jira’s import will refuse them. Shorten them before you download.',
    ]);
    expect(exportWarningSummary(withItems(long('a'), item({ id: 'b' }), long('c')))).toEqual([
      '2 descriptions are longer than Jira’s 32767 characters (items 1 and 3): Jira’s import will refuse them. Shorten them before you download.',
    ]);
  });
});
