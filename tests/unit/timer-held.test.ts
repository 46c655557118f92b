import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { holdsTimer } from '../../src/lib/timer/held';
import { LIVE_TIMERS_KEY, TIMERS_KEY } from '../../src/lib/storage-keys';
import { liveTimerIds } from '../../src/lib/timer/document';
import { addMinute, finish, idleTimer, pause, reset, start } from '../../src/lib/timer/timer';
import type { TimerState } from '../../src/lib/schema/timer';
import { T0, twoParts } from './support/timer-exercises';

const storageWith = (entries: Record<string, string>) => ({ getItem: (key: string) => entries[key] ?? null });
/** What the timers store writes: the ids of the running or paused timers. */
const marker = (timers: Record<string, TimerState>) =>
  storageWith({
    [LIVE_TIMERS_KEY]: JSON.stringify(
      liveTimerIds({ active: { id: null, at: 0 }, timers, holding: { message: '', at: 0 }, plan: null }),
    ),
  });
const legacy = (timers: Record<string, TimerState>) =>
  storageWith({ [TIMERS_KEY]: JSON.stringify({ format: 'mentoring-kit-timers', version: 1, timers }) });

describe('holdsTimer: does this browser hold a timer for an exercise', () => {
  it('is true for a running or paused timer in the store’s marker', () => {
    const running = start(idleTimer(T0), T0);
    expect(holdsTimer(twoParts.id, marker({ [twoParts.id]: running }))).toBe(true);
    expect(holdsTimer(twoParts.id, marker({ [twoParts.id]: pause(running, T0 + 1000) }))).toBe(true);
  });

  it('is false for a stopped or reset timer, another exercise’s timer, or nothing saved', () => {
    const running = start(idleTimer(T0), T0);
    expect(holdsTimer(twoParts.id, marker({ [twoParts.id]: finish(running, T0 + 1000) }))).toBe(false);
    expect(holdsTimer(twoParts.id, marker({ [twoParts.id]: reset(running, T0 + 1000) }))).toBe(false);
    expect(holdsTimer(twoParts.id, marker({ 'another-exercise': running }))).toBe(false);
    expect(holdsTimer(twoParts.id, storageWith({}))).toBe(false);
    expect(holdsTimer(twoParts.id, null)).toBe(false);
  });

  it('still reads the saved form from before the document model', () => {
    const running = start(idleTimer(T0), T0);
    expect(holdsTimer(twoParts.id, legacy({ [twoParts.id]: running }))).toBe(true);
    expect(holdsTimer(twoParts.id, legacy({ [twoParts.id]: addMinute(idleTimer(T0), twoParts, T0) }))).toBe(true);
    expect(holdsTimer(twoParts.id, legacy({ [twoParts.id]: reset(running, T0 + 1000) }))).toBe(false);
  });

  it('is false, never an error, for unreadable storage or any saved text', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(holdsTimer('x', blocked)).toBe(false);
    expect(holdsTimer('__proto__', storageWith({ [TIMERS_KEY]: '{"timers":{}}' }))).toBe(false);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), fc.string(), fc.boolean(), (text, id, old) => {
        const storage = storageWith({ [old ? TIMERS_KEY : LIVE_TIMERS_KEY]: text });
        expect(typeof holdsTimer(id, storage)).toBe('boolean');
      }),
    );
  });
});
