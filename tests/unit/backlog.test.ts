import { describe, expect, test } from 'vitest';
import {
  diffBacklog,
  itemsFromImport,
  labelsFor,
  newItemFromGoal,
  orderKey,
  priorityLabel,
  sizeLabel,
  readLabels,
  readPriority,
  readSize,
} from '../../src/lib/workspace/backlog';
import { parseBacklogCsv, parseExistingBacklog, parseGhIssueList } from '../../src/lib/import/backlog/backlog-parse';
import type { BacklogItem } from '../../src/lib/schema/backlog-item';
import { fixture } from './support/fixtures';

let counter = 0;
const makeId = () => `id-${++counter}`;

describe('labels', () => {
  test('writes moscow: and size: labels in lower case', () => {
    expect(labelsFor('must', 'M')).toEqual(['moscow:must', 'size:m']);
    expect(labelsFor(null, 'XL')).toEqual(['size:xl']);
    expect(labelsFor(null, null)).toEqual([]);
  });

  test('reads priority and size from labels in any case, first one winning', () => {
    expect(readLabels(['bug', 'MoSCoW:Should', 'size:XS', 'moscow:must'])).toEqual({ priority: 'should', size: 'XS' });
    expect(readLabels(['moscow:someday'])).toEqual({ priority: null, size: null });
  });

  test('reads priority and size words', () => {
    expect(readPriority("Won't")).toBe('wont');
    expect(readPriority('won’t')).toBe('wont');
    expect(readPriority(' Must ')).toBe('must');
    expect(readPriority('urgent')).toBeNull();
    expect(readSize('xl')).toBe('XL');
    expect(readSize('huge')).toBeNull();
  });
});

describe('new item from a goal', () => {
  test('takes the statement as title and the other parts as description', () => {
    const item = newItemFromGoal(
      {
        id: 'g',
        statement: ' Sprint goals ',
        weaknessIds: [],
        owner: 'PO',
        measure: 'Checked at review',
        due: 'Sprint 14',
      },
      'b',
    );
    expect(item).toEqual({
      id: 'b',
      title: 'Sprint goals',
      description: 'Owner: PO\nSuccess will be seen when: Checked at review\nDue: Sprint 14',
      priority: null,
      size: null,
      goalId: 'g',
      existing: null,
    });
  });

  test('has a title even when the goal has no statement yet', () => {
    const item = newItemFromGoal({ id: 'g', statement: '', weaknessIds: [], owner: '', measure: '', due: '' }, 'b');
    expect(item.title).toBe('New item for a goal');
    expect(item.description).toBe('');
  });
});

describe('reading the existing backlog', () => {
  test('reads `gh issue list --json number,title,body,labels,url` output', () => {
    const result = parseGhIssueList(fixture('backlog/gh-issue-list.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.issues).toHaveLength(5);
    expect(result.issues[1]).toEqual({
      number: 42,
      title: 'Split the login story',
      description: 'It has been carried over twice.',
      url: 'https://github.com/example/rocket/issues/42',
      labels: ['moscow:could', 'size:l', 'story'],
      priority: 'could',
      size: 'L',
    });
    expect(result.issues[3]?.priority).toBe('should');
    expect(result.issues[4]?.description).toBe('');
  });

  test('explains JSON that is not a gh issue list, with paths', () => {
    expect(parseGhIssueList('{nope').ok).toBe(false);
    const result = parseGhIssueList('[{"number": 1}]');
    expect(result).toEqual({ ok: false, error: { kind: 'notGhIssueList', messages: ['[0].title: required'] } });
  });

  test('reads a CSV with a title column, whatever its case, with quotes and line breaks', () => {
    const result = parseBacklogCsv(fixture('backlog/backlog.csv'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.issues).toEqual([
      {
        number: 12,
        title: 'Fix flaky build',
        description: 'Fails on CI, about once a day',
        url: null,
        labels: ['bug'],
        priority: 'must',
        size: 'S',
      },
      {
        number: 13,
        title: 'Split the "login" story',
        description: 'Line one\r\nLine two',
        url: null,
        labels: ['story', 'size:l'],
        priority: null,
        size: 'L',
      },
      {
        number: null,
        title: 'Try mob programming',
        description: '',
        url: null,
        labels: [],
        priority: 'could',
        size: null,
      },
    ]);
  });

  test('accepts a TITLE header and skips rows without a title', () => {
    const result = parseBacklogCsv('TITLE\nFirst\n""\nSecond\n');
    expect(result.ok && result.issues.map((i) => i.title)).toEqual(['First', 'Second']);
  });

  test('takes a Summary or Name column as the title and refuses a CSV with none', () => {
    expect(parseBacklogCsv('name,estimate\nx,M')).toEqual({
      ok: true,
      issues: [{ number: null, title: 'x', description: '', url: null, labels: [], priority: null, size: 'M' }],
    });
    expect(parseBacklogCsv('what,estimate\nx,M')).toEqual({ ok: false, error: { kind: 'noTitleColumn' } });
  });

  test('tells JSON from CSV by its first character', () => {
    expect(parseExistingBacklog('  ')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parseExistingBacklog(fixture('backlog/gh-issue-list.json')).ok).toBe(true);
    expect(parseExistingBacklog('Title\nA').ok).toBe(true);
  });
});

describe('diff against the imported baseline', () => {
  const imported = (): BacklogItem[] => {
    const result = parseGhIssueList(fixture('backlog/gh-issue-list.json'));
    if (!result.ok) throw new Error('fixture');
    return itemsFromImport(result.issues.slice(0, 3), makeId);
  };

  test('just-imported items are unchanged and typed items are new', () => {
    const items = imported();
    const fresh: BacklogItem = { ...items[0]!, id: 'new', existing: null };
    expect(diffBacklog([...items, fresh]).map((d) => d.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'new']);
  });

  test('reports priority, estimate and order changes', () => {
    const [a, b, c] = imported() as [BacklogItem, BacklogItem, BacklogItem];
    const diffs = diffBacklog([{ ...b, priority: 'must', size: 'S' }, a, c]);
    expect(diffs).toEqual([
      {
        id: b.id,
        status: 'changed',
        priority: { from: 'could', to: 'must' },
        size: { from: 'L', to: 'S' },
        order: { from: 2, to: 1 },
      },
      { id: a.id, status: 'changed', order: { from: 1, to: 2 } },
      { id: c.id, status: 'unchanged' },
    ]);
  });

  test('does not mark the rest as moved when an imported item is deleted or a new one is put on top', () => {
    const [a, , c] = imported() as [BacklogItem, BacklogItem, BacklogItem];
    const fresh: BacklogItem = { ...a, id: 'new', existing: null };
    expect(diffBacklog([fresh, a, c]).map((d) => d.status)).toEqual(['new', 'unchanged', 'unchanged']);
  });
});

describe('links of imported issues', () => {
  test('keep http(s) addresses only, so a pasted javascript: URL never becomes a link', () => {
    const json = JSON.stringify([
      { number: 1, title: 'a', body: '', labels: [], url: 'javascript:alert(1)' },
      { number: 2, title: 'b', body: '', labels: [], url: ' https://github.com/o/r/issues/2 ' },
    ]);
    const result = parseGhIssueList(json);
    expect(result.ok && result.issues.map((i) => i.url)).toEqual([null, 'https://github.com/o/r/issues/2']);
    const csv = parseBacklogCsv('title,url\nx,data:text/html;base64,AAAA\n');
    expect(csv.ok && csv.issues[0]?.url).toBeNull();
  });
});

describe('an item made from a goal', () => {
  test('gets a one-line title from a statement written over several lines', () => {
    const item = newItemFromGoal(
      {
        id: 'g',
        statement: '\n  Pair on every deploy\r\nso two more people\u2028can ship  ',
        weaknessIds: [],
        owner: '',
        measure: '',
        due: '',
      },
      'b',
    );
    expect(item.title).toBe('Pair on every deploy');
    expect(item.title).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(item.goalId).toBe('g');
  });
});

describe('label convention shared by every export', () => {
  test('prefix, colon, lower-case value', () => {
    expect(labelsFor('wont', 'XL')).toEqual(['moscow:wont', 'size:xl']);
    expect(priorityLabel('must')).toBe('moscow:must');
    expect(sizeLabel('XS')).toBe('size:xs');
    expect(readLabels([priorityLabel('could'), sizeLabel('M')])).toEqual({ priority: 'could', size: 'M' });
  });

  test('order keys sort as text the way positions sort as numbers', () => {
    const keys = Array.from({ length: 120 }, (_, index) => orderKey(index, 120));
    expect(keys.slice(0, 3)).toEqual(['001', '002', '003']);
    expect([...keys].sort()).toEqual(keys);
    expect(orderKey(0, 5)).toBe('01');
  });
});
