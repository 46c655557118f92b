import { describe, expect, it } from 'vitest';
import { countdownAt, countdownFor, countdownSearch, parseCountdown } from '../../src/lib/timer/countdown';
import { addMinute, idleTimer, pause, start, type TimerExercise } from '../../src/lib/timer/timer';
import { MIN, T0 } from './support/timer-exercises';

/** Labels with characters that a link must encode. */
const twoParts: TimerExercise = {
  id: 'team-strengths-weaknesses',
  title: 'How can mentoring help your team?',
  minutes: 10,
  instruction: 'x',
  parts: [
    { label: 'Strengths & weaknesses', minutes: 5, instruction: 'a' },
    { label: 'Questions ~ for your mentor', minutes: 5, instruction: 'b' },
  ],
};

describe('the participant link', () => {
  it('has no link before the start', () => {
    expect(countdownFor(twoParts, idleTimer(), T0)).toBeNull();
  });

  it('carries the absolute end time and part ends, and reads back the same', () => {
    const state = addMinute(start(idleTimer(), T0), twoParts, T0 + MIN);
    const link = countdownFor(twoParts, state, T0 + 2 * MIN);
    expect(link).toEqual({
      title: 'How can mentoring help your team?',
      endsAt: T0 + 11 * MIN,
      parts: [
        { label: 'Strengths & weaknesses', endsAt: T0 + 6 * MIN },
        { label: 'Questions ~ for your mentor', endsAt: T0 + 11 * MIN },
      ],
      pausedRemainingMs: null,
    });
    const parsed = parseCountdown(countdownSearch(link!));
    expect(parsed).toEqual({ ok: true, value: link });
  });

  it('shows the remaining time and the part from the end time alone', () => {
    const link = countdownFor(twoParts, start(idleTimer(), T0), T0)!;
    const early = countdownAt(link, T0 + 90_000);
    expect(early.remainingMs).toBe(8 * MIN + 30_000);
    expect(early.part).toEqual({ label: 'Strengths & weaknesses', index: 0, count: 2 });
    expect(early.nextPart).toBe('Questions ~ for your mentor');
    const second = countdownAt(link, T0 + 5 * MIN);
    expect(second.part?.index).toBe(1);
    const over = countdownAt(link, T0 + 12 * MIN);
    expect(over).toMatchObject({ overtime: true, overtimeMs: 2 * MIN, remainingMs: 0, nextPart: null });
  });

  it('stands still in a link made while paused', () => {
    const state = pause(start(idleTimer(), T0), T0 + 6 * MIN);
    const link = countdownFor(twoParts, state, T0 + 20 * MIN)!;
    expect(link.pausedRemainingMs).toBe(4 * MIN);
    const shown = countdownAt(link, T0 + 90 * MIN);
    expect(shown).toMatchObject({ paused: true, remainingMs: 4 * MIN, overtime: false });
    expect(shown.part?.index).toBe(1);
  });

  it('stands still in overtime in a link made while paused past zero', () => {
    const state = pause(start(idleTimer(), T0), T0 + 11 * MIN);
    const link = countdownFor(twoParts, state, T0 + 12 * MIN)!;
    expect(link.pausedRemainingMs).toBe(-MIN);
    const parsed = parseCountdown(countdownSearch(link));
    expect(parsed).toEqual({ ok: true, value: link });
    expect(countdownAt(link, T0 + 90 * MIN)).toMatchObject({ paused: true, overtime: true, overtimeMs: MIN });
  });

  it('rejects a link without an end, or with one that is not a time', () => {
    expect(parseCountdown('')).toEqual({ ok: false, reason: 'missing' });
    expect(parseCountdown('?t=x&end=soon')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseCountdown('?end=1&p=abc')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseCountdown('?end=1&paused=5s')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseCountdown('?end=-1')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseCountdown('?end=99999999999999999999')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('names an untitled link and cuts an overlong title', () => {
    const parsed = parseCountdown(`?end=5&t=${'a'.repeat(500)}`);
    expect(parsed.ok && parsed.value.title.length).toBe(200);
    const untitled = parseCountdown('?end=5');
    expect(untitled.ok && untitled.value.title).toBe('Exercise');
  });
});
