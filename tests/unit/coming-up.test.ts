import { describe, expect, it } from 'vitest';
import { plannedBlocks } from '../../src/lib/timer/agenda';
import { comingUp, describeComingUp } from '../../src/lib/timer/coming-up';

const ex = (id: string, minutes: number) => ({ id, title: `Exercise ${id}`, minutes, instruction: '' });
const plan = plannedBlocks([
  {
    id: 'one',
    title: 'One',
    teaching: 10,
    exercises: [ex('a', 10)],
    breakAfter: { title: 'Coffee break', minutes: 15 },
  },
  { id: 'two', title: 'Two', teaching: 15, exercises: [ex('b', 5)] },
]);
const NINE = 9 * 60;

describe('what comes next', () => {
  it('before anything has run, is the teaching and then the first exercise', () => {
    expect(comingUp(plan, null, NINE, 0).map(describeComingUp)).toEqual([
      'Teaching: One at 09:00',
      'Exercise: Exercise a at 09:10',
    ]);
  });

  it('after an exercise, lists the break and the teaching before the next exercise, moved by the lateness', () => {
    expect(comingUp(plan, 'a', NINE, 5).map(describeComingUp)).toEqual([
      'Coffee break at 09:25',
      'Teaching: Two at 09:40',
      'Exercise: Exercise b at 09:55',
    ]);
  });

  it('after the last exercise, is nothing', () => {
    expect(comingUp(plan, 'b', NINE, 0)).toEqual([]);
  });
});
