import { describe, expect, test } from 'vitest';
import { goalsStillMissing, missingParts, specificityMessage } from '../../src/lib/workspace/goals';
import { checkGoal, goalFlag, type GoalFinding } from '../../src/lib/goal-check/goal-check';
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

describe('goal check judges the wording as a mentor would', () => {
  const specific: Partial<Goal>[] = [
    {
      statement: 'Split every story to fit in three days',
      owner: 'Priya',
      measure: 'No story carried over',
      due: 'Sprint 3',
    },
    {
      statement: 'Write a sprint goal at every planning',
      owner: 'Sam',
      measure: 'Goal on the board each sprint',
      due: 'Sprint 2',
    },
    {
      statement: 'Lee writes a deployment runbook',
      owner: 'Lee',
      measure: 'Two other team members have each deployed once',
      due: 'End of Sprint 2',
    },
    {
      statement: 'Review every pull request within one working day',
      owner: 'the Scrum Master',
      measure: 'Waiting time under 24 hours on the board',
      due: '31 January',
    },
    {
      statement: 'Rewrite the README so a newcomer can install the package',
      owner: 'Jonas',
      measure: 'The next person to join runs the tests using only the README',
      due: '2027-01-31',
    },
    {
      statement: 'Split L and XL items during refinement',
      owner: 'Sam and the Product Owner',
      measure: 'The review checks the board',
      due: 'next sprint',
    },
    {
      statement: 'Hold a ten-minute stand-up at 9:30',
      owner: 'Product Owner',
      measure: 'Stand-up ends by 9:40 on 8 of 10 days',
      due: 'within two sprints',
    },
    {
      statement: 'Pair on deployments',
      owner: 'Tech lead',
      measure: 'Deployments logged by Ana and Bo',
      due: 'by Friday',
    },
  ];
  test.each(specific)('accepts a specific goal: "$statement"', (over) => {
    const g = goal(over);
    expect(checkGoal(g)).toEqual([]);
    expect(goalFlag(g)).toBeNull();
  });

  const vague: [Partial<Goal>, GoalFinding['kind'][]][] = [
    [
      { statement: 'Communicate better', owner: 'Everyone', measure: 'We feel better', due: 'Soon' },
      ['wishStatement', 'wholeTeamOwner', 'vagueMeasure', 'vagueDue'],
    ],
    [{ statement: 'Be more agile' }, ['wishStatement']],
    [{ statement: 'Improve the docs' }, ['wishStatement']],
    [{ statement: 'Do code review better' }, ['wishStatement']],
    [{ statement: 'We want to collaborate' }, ['wishStatement']],
    [{ owner: 'the team' }, ['wholeTeamOwner']],
    [{ owner: 'The whole team.' }, ['wholeTeamOwner']],
    [{ owner: 'all of us' }, ['wholeTeamOwner']],
    [{ owner: 'We' }, ['wholeTeamOwner']],
    [{ owner: 'Everybody' }, ['wholeTeamOwner']],
    [{ owner: 'the developers' }, ['wholeTeamOwner']],
    [{ owner: 'Someone' }, ['wholeTeamOwner']],
    [{ owner: 'TBD' }, ['wholeTeamOwner']],
    [{ measure: 'People are happier' }, ['vagueMeasure']],
    [{ measure: 'It is smoother' }, ['vagueMeasure']],
    [{ measure: 'We understand the code base' }, ['vagueMeasure']],
    [{ measure: 'Things improve' }, ['vagueMeasure']],
    [{ due: 'ASAP' }, ['vagueDue']],
    [{ due: 'eventually' }, ['vagueDue']],
    [{ due: 'later' }, ['vagueDue']],
    [{ due: 'ongoing' }, ['vagueDue']],
    [{ due: 'when we have time' }, ['vagueDue']],
    [{ due: 'in the future' }, ['vagueDue']],
  ];
  test.each(vague)('flags a vague goal %o as %o', (over, kinds) => {
    const g = goal(over);
    expect(checkGoal(g).map((finding) => finding.kind)).toEqual(kinds);
  });

  test('says what is weak and how to fix it, in one flag, after the missing parts', () => {
    expect(
      goalFlag(goal({ statement: 'Communicate better', owner: 'Everyone', measure: 'We feel better', due: 'Soon' })),
    ).toBe(
      'Not yet specific. ' +
        'The statement “Communicate better” is a wish rather than an action: say what the team will do, for example “Review every pull request within one working day”. ' +
        'The owner “Everyone” is the whole team, so nobody in particular will see it through: name one person or a role, for example “Priya” or “the Scrum Master”. ' +
        'Success “We feel better” is not something anyone could see or count: say what will be observed or how many, for example “no story carried over at the Sprint 3 review”. ' +
        '“Soon” is not a sprint or a date: give one, for example “Sprint 14” or “31 January”.',
    );
    expect(goalFlag(goal({ owner: '', due: 'ASAP' }))).toBe(
      'Not yet specific: missing owner. “ASAP” is not a sprint or a date: give one, for example “Sprint 14” or “31 January”.',
    );
  });

  test('with only parts missing, the flag is the first-paint flag exactly', () => {
    const g = goal({ owner: '', due: '' });
    expect(goalFlag(g)).toBe(specificityMessage(g));
  });

  test('a blank part is reported as missing, not as vague', () => {
    expect(checkGoal(goal({ owner: ' ', due: '' }))).toEqual([
      { kind: 'missing', message: 'missing owner, by when (which sprint)' },
    ]);
  });
});
