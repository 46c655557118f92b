import { describe, expect, it } from 'vitest';
import { agendaFrom, describeOverrun, sessionTiming } from '../../src/lib/timer/agenda';
import { finish, idleTimer, nextExerciseId, pause, start, type TimerExercise } from '../../src/lib/timer/timer';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 21, 9, 30);
const ex = (id: string, minutes: number): TimerExercise => ({ id, title: id, minutes, instruction: 'x' });
const agenda = [ex('a', 5), ex('b', 10), ex('c', 15)];

describe('planned against actual minutes', () => {
  it('counts nothing before anything starts', () => {
    const timing = sessionTiming(agenda, {}, T0);
    expect(timing.overrunMs).toBe(0);
    expect(timing.exercises.map((row) => row.actualMs)).toEqual([null, null, null]);
  });

  it('counts a stopped exercise either way and a running one only once it is over plan', () => {
    const timers = {
      a: finish(start(idleTimer(), T0), T0 + 8 * MIN), // 3 min over
      b: finish(start(idleTimer(), T0 + 8 * MIN), T0 + 16 * MIN), // 2 min under
      c: start(idleTimer(), T0 + 16 * MIN),
    };
    const during = sessionTiming(agenda, timers, T0 + 20 * MIN);
    expect(during.exercises.map((row) => row.overrunMs)).toEqual([3 * MIN, -2 * MIN, 0]);
    expect(during.overrunMs).toBe(MIN);
    const late = sessionTiming(agenda, timers, T0 + 35 * MIN);
    expect(late.exercises[2]).toMatchObject({ status: 'running', actualMs: 19 * MIN, overrunMs: 4 * MIN });
    expect(late.overrunMs).toBe(5 * MIN);
  });

  it('counts pauses as time the session spent', () => {
    const paused = pause(start(idleTimer(), T0), T0 + 2 * MIN);
    const timing = sessionTiming([ex('a', 5)], { a: paused }, T0 + 9 * MIN);
    expect(timing.exercises[0]).toMatchObject({ status: 'paused', actualMs: 9 * MIN, overrunMs: 4 * MIN });
  });

  it('describes the drift in whole minutes', () => {
    expect(describeOverrun(0)).toBe('On time');
    expect(describeOverrun(29_000)).toBe('On time');
    expect(describeOverrun(4 * MIN + 10_000)).toBe('Running 4 min late');
    expect(describeOverrun(-2 * MIN)).toBe('2 min ahead of plan');
  });

  it('finds the next exercise in agenda order', () => {
    const order = agenda.map((e) => e.id);
    expect(nextExerciseId(order, null)).toBe('a');
    expect(nextExerciseId(order, 'b')).toBe('c');
    expect(nextExerciseId(order, 'c')).toBeNull();
    expect(nextExerciseId(order, 'gone')).toBe('a');
  });
});

describe('the agenda from the episodes', () => {
  it('orders the episodes and places each after the teaching, exercises and breaks before it', () => {
    const source = (id: string, order: number, teaching: number, exercise: TimerExercise[], pause?: number) => ({
      id,
      data: {
        order,
        title: id,
        teaching,
        exercise,
        breakAfter: pause ? { title: 'Break', minutes: pause } : undefined,
      },
    });
    const agendaOf = agendaFrom(
      [source('two', 2, 15, [ex('b', 10)]), source('one', 1, 10, [ex('a', 5)], 15)],
      (id) => `/episodes/${id}/`,
    );
    expect(agendaOf.map(({ id, startOffset, endOffset, href }) => ({ id, startOffset, endOffset, href }))).toEqual([
      { id: 'one', startOffset: 0, endOffset: 15, href: '/episodes/one/' },
      { id: 'two', startOffset: 30, endOffset: 55, href: '/episodes/two/' },
    ]);
    expect(agendaOf[0]?.breakAfter).toEqual({ title: 'Break', minutes: 15 });
  });
});
