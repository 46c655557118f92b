import { describe, expect, it } from 'vitest';
import { currentExerciseId, nextExerciseToStart } from '../../src/lib/timer/day';
import { finish, idleTimer, start } from '../../src/lib/timer/timer';
import { MIN, T0 } from './support/timer-exercises';

const order = ['a', 'b', 'c'];

describe('where the day is', () => {
  it('starts with the first exercise before anything has run', () => {
    expect(currentExerciseId(order, null, {})).toBeNull();
    expect(nextExerciseToStart(order, null, {})).toBe('a');
  });

  it('follows the exercise on the projector', () => {
    const timers = { a: start(idleTimer(), T0) };
    expect(currentExerciseId(order, 'a', timers)).toBe('a');
    expect(nextExerciseToStart(order, 'a', timers)).toBe('b');
  });

  it('with the projector blank, goes on from the exercise started last, not from the first', () => {
    const timers = { a: finish(start(idleTimer(), T0), T0 + 5 * MIN), b: start(idleTimer(), T0 + 20 * MIN) };
    expect(currentExerciseId(order, null, timers)).toBe('b');
    expect(nextExerciseToStart(order, null, timers)).toBe('c');
  });

  it('never offers an exercise that already ran, and nothing after the last', () => {
    const timers = { a: start(idleTimer(), T0), b: finish(start(idleTimer(), T0 - 30 * MIN), T0 - 20 * MIN) };
    expect(nextExerciseToStart(order, 'a', timers)).toBe('c');
    expect(nextExerciseToStart(order, 'c', { ...timers, c: start(idleTimer(), T0) })).toBeNull();
  });

  it('ignores an active id that is not on the agenda', () => {
    expect(currentExerciseId(order, 'gone', { b: start(idleTimer(), T0) })).toBe('b');
  });
});
