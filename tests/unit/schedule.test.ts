import { describe, expect, it } from 'vitest';
import {
  buildSchedule,
  clockTimeAt,
  formatClockTime,
  formatDuration,
  parseClockTime,
} from '../../src/lib/timer/schedule';

const episode = (order: number, teaching: number, exerciseMinutes: number[]) => ({
  id: `episode-${order}`,
  title: `Episode ${order}`,
  order,
  teaching,
  exercises: exerciseMinutes.reduce((sum, minutes) => sum + minutes, 0),
  exercise: exerciseMinutes.map((minutes, index) => ({ id: `e${order}-${index}`, title: 'x', minutes })),
});

describe('buildSchedule', () => {
  it('orders episodes by their order field, not by the order they arrive in', () => {
    const schedule = buildSchedule([episode(2, 10, []), episode(1, 5, [])]);
    expect(schedule.rows.map((row) => row.order)).toEqual([1, 2]);
  });

  it('keeps a running total and each episode start offset', () => {
    const schedule = buildSchedule([episode(1, 15, [5]), episode(2, 20, [3]), episode(3, 15, [10, 25, 15])]);
    expect(schedule.rows.map((row) => [row.startOffset, row.minutes, row.runningTotal])).toEqual([
      [0, 20, 20],
      [20, 23, 43],
      [43, 65, 108],
    ]);
    expect(schedule.teaching).toBe(50);
    expect(schedule.exercises).toBe(58);
    expect(schedule.total).toBe(108);
  });

  it('handles an empty workshop', () => {
    expect(buildSchedule([])).toEqual({ rows: [], teaching: 0, exercises: 0, total: 0 });
  });
});

describe('clock times', () => {
  it('parses valid 24-hour times and rejects others', () => {
    expect(parseClockTime('09:30')).toBe(570);
    expect(parseClockTime('9:05')).toBe(545);
    expect(parseClockTime('23:59')).toBe(1439);
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('12:60')).toBeNull();
    expect(parseClockTime('noon')).toBeNull();
    expect(parseClockTime('')).toBeNull();
  });

  it('adds an offset to a start time and wraps past midnight', () => {
    expect(clockTimeAt('09:30', 0)).toBe('09:30');
    expect(clockTimeAt('09:30', 108)).toBe('11:18');
    expect(clockTimeAt('23:30', 45)).toBe('00:15');
    expect(formatClockTime(-15)).toBe('23:45');
  });

  it('refuses a start that is not a time', () => {
    expect(() => clockTimeAt('half nine', 10)).toThrow(/not a time of day/);
  });
});

describe('formatDuration', () => {
  it('reads naturally', () => {
    expect(formatDuration(50)).toBe('50 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(105)).toBe('1 h 45 min');
    expect(formatDuration(0)).toBe('0 min');
  });
});
