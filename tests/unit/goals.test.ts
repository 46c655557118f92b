import { describe, expect, test } from 'vitest';
import { goalsStillMissing, isSpecific, missingParts, specificityMessage } from '../../src/lib/workspace/goals';
import type { Goal } from '../../src/lib/schema/goal';

const goal = (over: Partial<Goal> = {}): Goal => ({
  id: 'g',
  statement: 'Every sprint has a goal',
  weaknessIds: ['w'],
  owner: 'PO',
  measure: 'Checked at review',
  due: 'Sprint 14',
  checkIn: null,
  ...over,
});

describe('goal specificity', () => {
  test('a goal with every part is specific and carries no flag', () => {
    expect(missingParts(goal())).toEqual([]);
    expect(isSpecific(goal())).toBe(true);
    expect(specificityMessage(goal())).toBeNull();
  });

  test('names each missing part in worksheet order; blank text counts as missing', () => {
    expect(missingParts(goal({ owner: '  ', due: '' }))).toEqual(['owner', 'due']);
    expect(missingParts(goal({ statement: '', weaknessIds: [], owner: '', measure: '', due: '' }))).toEqual([
      'statement',
      'weaknesses',
      'owner',
      'measure',
      'due',
    ]);
  });

  test('flags with the missing parts named', () => {
    expect(specificityMessage(goal({ measure: '', due: '' }))).toBe(
      'Not yet specific: missing how success will be seen, by when (which sprint)',
    );
  });

  test('counts how many goals are still missing to reach three', () => {
    expect(goalsStillMissing([])).toBe(3);
    expect(goalsStillMissing([goal(), goal()])).toBe(1);
    expect(goalsStillMissing([goal(), goal(), goal(), goal()])).toBe(0);
  });
});
