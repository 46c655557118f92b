import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  backlogPatch,
  clampVotes,
  knownWeaknessIds,
  memberNames,
  newBacklogItem,
  newGoal,
} from '../../src/lib/workspace/entries';
import { MAX_MEMBERS, MAX_VOTES } from '../../src/lib/schema/values';
import { sampleWorkspace } from './support/workspaces';

describe('vote limits', () => {
  test.each([
    [3, 3],
    [0, 1],
    [-5, 1],
    [2.9, 2],
    [MAX_VOTES + 1, MAX_VOTES],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 1],
  ])('%s sets a limit of %s', (typed, limit) => {
    expect(clampVotes(typed)).toBe(limit);
  });

  test('any number becomes a whole number from 1 to the maximum', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        const limit = clampVotes(n);
        return Number.isInteger(limit) && limit >= 1 && limit <= MAX_VOTES;
      }),
    );
  });
});

describe('voters', () => {
  const current = [
    { id: 'm-1', name: 'Ana' },
    { id: 'm-2', name: 'Member 2' },
  ];

  test('a count keeps the names already given by position and numbers the new ones', () => {
    expect(memberNames(current, 4)).toEqual(['Ana', 'Member 2', 'Member 3', 'Member 4']);
    expect(memberNames(current, 1)).toEqual(['Ana']);
  });

  test('a count is a whole number from 0 to the most voters a board takes', () => {
    expect(memberNames(current, -3)).toEqual([]);
    expect(memberNames(current, Number.NaN)).toEqual([]);
    expect(memberNames([], 2.7)).toEqual(['Member 1', 'Member 2']);
    expect(memberNames([], MAX_MEMBERS + 50)).toHaveLength(MAX_MEMBERS);
  });

  test('a list of names is trimmed', () => {
    expect(memberNames(current, ['  Bo ', 'Cy'])).toEqual(['Bo', 'Cy']);
  });
});

describe('links to weaknesses', () => {
  test('keeps weaknesses that exist, once each, in the order given', () => {
    expect(knownWeaknessIds(sampleWorkspace(), ['w-3', 'gone', 'w-1', 'w-3', 's-1'])).toEqual(['w-3', 'w-1']);
  });
});

describe('a new goal', () => {
  test('every part is optional and only known weaknesses are linked', () => {
    expect(newGoal(sampleWorkspace(), 'g-9', { statement: 'Smaller stories', weaknessIds: ['w-2', 'nope'] })).toEqual({
      id: 'g-9',
      statement: 'Smaller stories',
      weaknessIds: ['w-2'],
      owner: '',
      measure: '',
      due: '',
      checkIn: null,
    });
  });
});

describe('backlog items', () => {
  test('a new item needs a title, is trimmed, and links only to a goal that exists', () => {
    const ws = sampleWorkspace();
    expect(newBacklogItem(ws, 'b-9', { title: '   ' })).toBeNull();
    expect(newBacklogItem(ws, 'b-9', { title: ' Split stories ', goalId: 'g-2', size: 'M' })).toEqual({
      id: 'b-9',
      title: 'Split stories',
      description: '',
      priority: null,
      size: 'M',
      goalId: 'g-2',
      existing: null,
    });
    expect(newBacklogItem(ws, 'b-9', { title: 'Orphan', goalId: 'g-404' })?.goalId).toBeNull();
  });

  test('an edit keeps what is valid and leaves out an empty title or an unknown goal', () => {
    const ws = sampleWorkspace();
    expect(backlogPatch(ws, { title: '  ', description: 'Why', priority: 'could', goalId: 'g-404' })).toEqual({
      description: 'Why',
      priority: 'could',
    });
    expect(backlogPatch(ws, { title: ' New title ', goalId: null, size: null })).toEqual({
      title: 'New title',
      goalId: null,
      size: null,
    });
    expect(backlogPatch(ws, { goalId: 'g-1' })).toEqual({ goalId: 'g-1' });
  });
});
