import { describe, expect, it } from 'vitest';
import { describeDiff, diffSummary } from '../../src/lib/workspace/wording';
import { safeUrl } from '../../src/lib/workspace/backlog';
import { backlogImportDone, backlogImportMessage } from '../../src/lib/import/backlog/backlog-parse';
import { domId } from '../../src/lib/dom-id';
import { hasContent, personalListText, workspaceCounts } from '../../src/lib/workspace/summary';
import { emptyWorkspace } from '../../src/lib/schema/workspace';

describe('describeDiff', () => {
  it('names a new item and an unchanged one', () => {
    expect(describeDiff({ id: 'a', status: 'new' })).toEqual(['New item']);
    expect(describeDiff({ id: 'a', status: 'unchanged' })).toEqual(['Unchanged']);
  });

  it('names each change with where it came from and where it went', () => {
    expect(
      describeDiff({
        id: 'a',
        status: 'changed',
        priority: { from: 'could', to: 'must' },
        size: { from: null, to: 'XL' },
        order: { from: 2, to: 1 },
      }),
    ).toEqual(['Priority Could → Must', 'Estimate none → XL', 'Order 2 → 1']);
    expect(describeDiff({ id: 'a', status: 'changed', priority: { from: 'wont', to: null } })).toEqual([
      "Priority Won't → none",
    ]);
  });
});

describe('diffSummary', () => {
  it('is empty for an empty worksheet', () => {
    expect(diffSummary([])).toBe('');
  });

  it('counts only new items when nothing was imported', () => {
    expect(diffSummary([{ id: 'a', status: 'new' }])).toBe('1 new (1 item in all)');
  });

  it('counts new, changed and unchanged items', () => {
    expect(
      diffSummary([
        { id: 'a', status: 'new' },
        { id: 'b', status: 'changed', order: { from: 1, to: 2 } },
        { id: 'c', status: 'unchanged' },
        { id: 'd', status: 'unchanged' },
      ]),
    ).toBe('1 new, 1 changed, 2 unchanged (4 items in all)');
  });
});

describe('safeUrl', () => {
  it('keeps http and https links', () => {
    expect(safeUrl('https://github.com/o/r/issues/1')).toBe('https://github.com/o/r/issues/1');
    expect(safeUrl('http://example.org/x')).toBe('http://example.org/x');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
    '/relative',
    'not a url',
    '',
    'https://example.org/a b',
    '   ',
  ])('refuses %j', (url) => {
    expect(safeUrl(url)).toBeNull();
  });

  it('has nothing for a missing link, and trims the spaces around one', () => {
    expect(safeUrl(null)).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
    expect(safeUrl('  https://example.org/x  ')).toBe('https://example.org/x');
  });
});

describe('backlog import messages', () => {
  it('says what went wrong for every kind, and that nothing was added', () => {
    const messages = [
      backlogImportMessage({ kind: 'empty' }),
      backlogImportMessage({ kind: 'notJson', message: 'Unexpected token' }),
      backlogImportMessage({ kind: 'notGhIssueList', messages: ['[0].title: required'] }),
      backlogImportMessage({ kind: 'notCsv', message: 'unclosed quote' }),
      backlogImportMessage({ kind: 'noTitleColumn' }),
    ];
    expect(messages[1]).toContain('Unexpected token');
    expect(messages[2]).toContain('[0].title: required');
    expect(messages[3]).toContain('unclosed quote');
    expect(messages[4]).toContain('no title column');
    for (const message of messages.slice(1)) expect(message).toContain('Nothing was added');
  });

  it('counts what was added and skipped', () => {
    expect(backlogImportDone(5, 0)).toBe('Added 5 items from your existing backlog.');
    expect(backlogImportDone(1, 1)).toBe(
      'Added 1 item from your existing backlog; 1 item already on the worksheet was skipped.',
    );
    expect(backlogImportDone(0, 3)).toBe('No new items were added; 3 items already on the worksheet were skipped.');
  });
});

describe('workspace summaries', () => {
  it('counts each section for the import preview', () => {
    const ws = { ...emptyWorkspace(), strengths: [{ id: 's', text: 'x' }] };
    expect(workspaceCounts(ws)).toEqual([
      { label: 'strengths', count: 1 },
      { label: 'weaknesses', count: 0 },
      { label: 'questions for the mentor', count: 0 },
      { label: 'goals', count: 0 },
      { label: 'backlog items', count: 0 },
    ]);
  });

  it('knows an empty workspace from one with anything in it', () => {
    expect(hasContent(emptyWorkspace())).toBe(false);
    expect(hasContent({ ...emptyWorkspace(), team: { name: 'Rocket', sessionDate: '', mentor: '' } })).toBe(true);
  });

  it('writes the personal list as numbered lines, text as typed', () => {
    expect(personalListText([{ text: 'Code review' }, { text: '<b>not html</b>' }])).toBe(
      '1. Code review\n2. <b>not html</b>',
    );
    expect(personalListText([])).toBe('');
  });
});

describe('domId', () => {
  it('keeps letters and digits and joins parts with hyphens', () => {
    expect(domId('goal', 'abc123')).toBe('goal-abc123');
  });

  it('encodes everything else, so any imported id makes a valid and distinct HTML id', () => {
    const ids = ['a b', 'a-b', 'a_b', '🚀', 'x"y', '__proto__', 'שלום'].map((id) => domId('w', id));
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(domId('a-b', 'c')).not.toBe(domId('a', 'b-c'));
  });
});
