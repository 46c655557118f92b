import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HELD_TIMERS_KEY, holdsTimer } from '../../src/lib/timer/held';
import { encodeTimers, TIMERS_KEY, type Timers } from '../../src/stores/timers';
import { addMinute, finish, idleTimer, pause, reset, start } from '../../src/lib/timer/timer';
import { T0, twoParts } from './support/timer-exercises';

const storageWith = (text: string | null) => ({ getItem: (key: string) => (key === HELD_TIMERS_KEY ? text : null) });
const saved = (timers: Timers['timers']) => storageWith(encodeTimers({ active: { id: null, at: 0 }, timers }));

describe('holdsTimer: does this browser hold a timer for an exercise', () => {
  it('reads the key the timers store saves under', () => {
    expect(HELD_TIMERS_KEY).toBe(TIMERS_KEY);
  });

  it('is true for a running, paused or stopped timer, and one with a minute added', () => {
    const running = start(idleTimer(T0), T0);
    expect(holdsTimer(twoParts.id, saved({ [twoParts.id]: running }))).toBe(true);
    expect(holdsTimer(twoParts.id, saved({ [twoParts.id]: pause(running, T0 + 1000) }))).toBe(true);
    expect(holdsTimer(twoParts.id, saved({ [twoParts.id]: finish(running, T0 + 1000) }))).toBe(true);
    expect(holdsTimer(twoParts.id, saved({ [twoParts.id]: addMinute(idleTimer(T0), twoParts, T0) }))).toBe(true);
  });

  it('is false for a reset timer, another exercise’s timer, or nothing saved', () => {
    const running = start(idleTimer(T0), T0);
    expect(holdsTimer(twoParts.id, saved({ [twoParts.id]: reset(running, T0 + 1000) }))).toBe(false);
    expect(holdsTimer(twoParts.id, saved({ 'another-exercise': running }))).toBe(false);
    expect(holdsTimer(twoParts.id, storageWith(null))).toBe(false);
    expect(holdsTimer(twoParts.id, null)).toBe(false);
  });

  it('is false, never an error, for unreadable storage or any saved text', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(holdsTimer('x', blocked)).toBe(false);
    expect(holdsTimer('__proto__', storageWith('{"timers":{}}'))).toBe(false);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), fc.string(), (text, id) => {
        expect(typeof holdsTimer(id, storageWith(text))).toBe('boolean');
      }),
    );
  });
});
