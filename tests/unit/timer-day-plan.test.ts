import { describe, expect, it } from 'vitest';
import { readTimerAction, replayTimers } from '../../src/lib/timer/document';

const plan = (id: string, at: number, m: unknown, r: unknown) => ({ id, k: 'plan', x: null, at, m, r });

describe("the day's plan in the timers log", () => {
  it('is none until the console sets one', () => {
    expect(replayTimers([]).plan).toBeNull();
  });

  it('is the latest set, by time then id, whatever order the devices wrote it in', () => {
    const log = [plan('b', 200, '13:00', true), plan('a', 100, '09:30', false), plan('c', 200, '10:15', false)];
    expect(replayTimers(log).plan).toEqual({ start: '10:15', remote: false, at: 200 });
    expect(replayTimers([...log].reverse()).plan).toEqual({ start: '10:15', remote: false, at: 200 });
  });

  it('ignores an entry without a valid start time or remote choice, from any device', () => {
    for (const [m, r] of [
      ['25:00', false],
      ['9:3', false],
      ['', true],
      [930, false],
      ['09:30', 'yes'],
      ['09:30', undefined],
    ])
      expect(readTimerAction(plan('x', 1, m, r)), `${String(m)} ${String(r)}`).toBeNull();
    expect(replayTimers([plan('a', 1, '09:30', true), plan('b', 2, '99:99', false)]).plan).toEqual({
      start: '09:30',
      remote: true,
      at: 1,
    });
  });

  it('leaves the timers, the active exercise and the holding message as they were', () => {
    const before = replayTimers([{ id: 'h', k: 'holding', x: null, at: 5, m: 'Back at ten' }]);
    const after = replayTimers([
      { id: 'h', k: 'holding', x: null, at: 5, m: 'Back at ten' },
      plan('p', 6, '13:00', false),
    ]);
    expect({ ...after, plan: null }).toEqual({ ...before, plan: null });
  });
});
