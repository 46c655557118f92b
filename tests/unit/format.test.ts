import { describe, expect, it } from 'vitest';
import { clockTimeAt, formatClockTime, parseClockTime } from '../../src/lib/timer/format/clock-time';
import { formatActual, formatClock, formatDuration, formatMinutes } from '../../src/lib/timer/format/duration';

const MIN = 60_000;

describe('countdowns and lengths', () => {
  it('formats mm:ss rounding the countdown up and overtime down', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(59_999, 'up')).toBe('00:59');
    expect(formatClock(75 * MIN)).toBe('75:00');
  });

  it('formats an actual duration as minutes and seconds', () => {
    expect(formatActual(null)).toBe('—');
    expect(formatActual(12 * MIN + 5_900)).toBe('12:05');
  });

  it('says a length in minutes, or in seconds when it is not whole minutes', () => {
    expect(formatMinutes(5 * MIN)).toBe('5 minutes');
    expect(formatMinutes(MIN)).toBe('1 minute');
    expect(formatMinutes(90_000)).toBe('90 seconds');
    expect(formatMinutes(1000)).toBe('1 second');
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
