import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './support/memory-storage';
import { MIN, T0, mentoringSession, twoParts } from './support/timer-exercises';
import type { TimerExercise } from '../../src/lib/timer/timer';

type Store = typeof import('../../src/stores/timers') & typeof import('../../src/stores/console');
type Storage = typeof import('../../src/stores/storage');
type LibTimer = typeof import('../../src/lib/timer/timer');

const KEY = 'mentoring-kit:v1:timers';
const session = mentoringSession;
const plan: TimerExercise = { id: 'plan-next-sprint', title: 'Plan', minutes: 15, instruction: 'z' };

/** A fake fan-out BroadcastChannel: a message reaches every other tab's channel, later. */
class FakeBus {
  private listeners: { owner: number; listener: (event: { data: unknown }) => void }[] = [];
  queue: (() => void)[] = [];
  channel(owner: number) {
    return {
      postMessage: (message: string) => {
        for (const entry of this.listeners) {
          if (entry.owner !== owner) this.queue.push(() => entry.listener({ data: message }));
        }
      },
      addEventListener: (_type: 'message', listener: (event: { data: unknown }) => void) => {
        this.listeners.push({ owner, listener });
      },
    };
  }
  deliver(limit = 1000) {
    let count = 0;
    while (this.queue.length > 0) {
      if (++count > limit) throw new Error('messages keep coming: the tabs echo each other');
      this.queue.shift()?.();
    }
    return count;
  }
}

interface Tab {
  store: Store;
  storage: Storage;
  lib: LibTimer;
}

let memory: MemoryStorage;
let bus: FakeBus | null;
let tabCount = 0;

/** A fresh copy of the store modules, as a new tab (or a reload) would have. */
async function openTab(): Promise<Tab> {
  vi.resetModules();
  const storage = await import('../../src/stores/storage');
  const store = { ...(await import('../../src/stores/timers')), ...(await import('../../src/stores/console')) };
  const lib = await import('../../src/lib/timer/timer');
  storage.configureStorage(memory.tab());
  const owner = ++tabCount;
  store.configureTimerChannel(bus ? () => bus!.channel(owner) : () => null);
  store.startTimers();
  return { store, storage, lib };
}

function view(tab: Tab, exercise: TimerExercise, now: number) {
  return tab.lib.deriveTimer(tab.store.$timers.get().timers[exercise.id] ?? tab.lib.idleTimer(), exercise, now);
}

beforeEach(() => {
  memory = new MemoryStorage();
  bus = null;
});

afterEach(() => {
  vi.resetModules();
});

describe('the timers store', () => {
  it('keeps each exercise timer after a reload', async () => {
    const tab = await openTab();
    tab.store.startTimer(twoParts, T0);
    tab.store.addMinute(twoParts, T0 + MIN);
    tab.store.startTimer(session, T0 + 2 * MIN);
    tab.store.pauseTimer(session, T0 + 3 * MIN);
    const reloaded = await openTab();
    expect(view(reloaded, twoParts, T0 + 7 * MIN)).toEqual(view(tab, twoParts, T0 + 7 * MIN));
    expect(view(reloaded, twoParts, T0 + 7 * MIN).part.index).toBe(1);
    expect(view(reloaded, session, T0 + 30 * MIN).remainingMs).toBe(24 * MIN);
    expect(reloaded.store.$timers.get().active.id).toBe('mentoring-session');
  });

  it('saves under a versioned key in a named format', async () => {
    const tab = await openTab();
    tab.store.startTimer(session, T0);
    const saved = JSON.parse(memory.data.get(KEY) ?? 'null') as { format: string; version: number };
    expect(saved).toMatchObject({ format: 'mentoring-kit-timers', version: 1 });
  });

  it('sets a corrupted value aside instead of trusting it', async () => {
    memory.data.set(
      KEY,
      '{"format":"mentoring-kit-timers","version":1,"active":{"id":null,"at":0},"timers":{"x":{"startedAt":"soon"}}}',
    );
    const tab = await openTab();
    expect(tab.store.$timers.get().timers).toEqual({});
    const health = tab.storage.$storageHealth.get();
    expect(health.status).toBe('recovered-corrupt');
    const backupKey = health.status === 'recovered-corrupt' ? health.backupKey : '';
    expect(backupKey.startsWith(`${KEY}:corrupt:`)).toBe(true);
    expect(memory.data.get(backupKey)).toContain('"soon"');
    expect(memory.data.has(KEY)).toBe(false);
  });

  it('sets aside text that is not JSON, and keeps working in memory', async () => {
    memory.data.set(KEY, '{not json');
    const tab = await openTab();
    tab.store.startTimer(session, T0);
    expect(view(tab, session, T0 + MIN).remainingMs).toBe(24 * MIN);
    expect([...memory.data.keys()].some((key) => key.startsWith(`${KEY}:corrupt:`))).toBe(true);
  });

  it('follows another tab through the storage event, without echoing', async () => {
    const console = await openTab();
    const projector = await openTab();
    console.store.startTimer(twoParts, T0);
    expect(memory.deliver()).toBe(1);
    expect(projector.store.$timers.get().active.id).toBe('team-strengths-weaknesses');
    expect(view(projector, twoParts, T0 + MIN).status).toBe('running');
    console.store.pauseTimer(twoParts, T0 + 2 * MIN);
    console.store.addMinute(twoParts, T0 + 2 * MIN);
    memory.deliver();
    expect(view(projector, twoParts, T0 + 10 * MIN).remainingMs).toBe(9 * MIN);
    expect(memory.pending).toBe(0);
  });

  it('merges changes two tabs made at the same time to different timers', async () => {
    const a = await openTab();
    const b = await openTab();
    a.store.startTimer(twoParts, T0);
    b.store.startTimer(session, T0 + 5);
    memory.deliver();
    for (const tab of [a, b]) {
      expect(view(tab, twoParts, T0 + MIN).status).toBe('running');
      expect(view(tab, session, T0 + MIN).status).toBe('running');
      expect(tab.store.$timers.get().active.id).toBe('mentoring-session');
    }
    const reloaded = await openTab();
    expect(view(reloaded, twoParts, T0 + MIN).status).toBe('running');
    expect(view(reloaded, session, T0 + MIN).status).toBe('running');
  });

  it('keeps the later of two changes to one timer', async () => {
    const a = await openTab();
    const b = await openTab();
    a.store.startTimer(session, T0);
    memory.deliver();
    a.store.pauseTimer(session, T0 + MIN);
    b.store.addMinute(session, T0 + MIN + 10);
    memory.deliver();
    for (const tab of [a, b]) {
      const v = view(tab, session, T0 + 5 * MIN);
      expect(v.status).toBe('running');
      expect(v.totalMs).toBe(26 * MIN);
    }
  });

  it('follows through the BroadcastChannel too, and a double delivery changes nothing', async () => {
    bus = new FakeBus();
    const a = await openTab();
    const b = await openTab();
    a.store.startTimer(twoParts, T0);
    bus.deliver();
    expect(view(b, twoParts, T0 + MIN).status).toBe('running');
    memory.deliver();
    expect(bus.deliver()).toBe(0);
    expect(memory.pending).toBe(0);
    expect(view(b, twoParts, T0 + MIN).status).toBe('running');
  });

  it('ignores an unreadable value another tab wrote', async () => {
    const a = await openTab();
    a.store.startTimer(session, T0);
    const other = memory.tab();
    other.storage.setItem(KEY, '[]');
    memory.deliver();
    expect(view(a, session, T0 + MIN).status).toBe('running');
  });

  it('starts the next exercise and stops the one before', async () => {
    const tab = await openTab();
    const agenda = [twoParts, session, plan];
    expect(tab.store.startNextExercise(agenda, T0)).toBe('team-strengths-weaknesses');
    expect(tab.store.startNextExercise(agenda, T0 + 11 * MIN)).toBe('mentoring-session');
    expect(view(tab, twoParts, T0 + 20 * MIN)).toMatchObject({ status: 'finished', wallMs: 11 * MIN });
    expect(view(tab, session, T0 + 20 * MIN)).toMatchObject({ status: 'running', elapsedMs: 9 * MIN });
    tab.store.startNextExercise(agenda, T0 + 40 * MIN);
    expect(tab.store.startNextExercise(agenda, T0 + 60 * MIN)).toBeNull();
    expect(tab.store.$timers.get().active.id).toBe('plan-next-sprint');
  });

  it('after the projector is blanked, starts the next exercise and never restarts the first', async () => {
    const tab = await openTab();
    const agenda = [twoParts, session, plan];
    tab.store.startNextExercise(agenda, T0);
    tab.store.setActiveExercise(null, T0 + 2 * MIN);
    expect(tab.store.startNextExercise(agenda, T0 + 12 * MIN)).toBe('mentoring-session');
    // The first exercise keeps its start and is stopped where it was, not reset and started again.
    expect(view(tab, twoParts, T0 + 20 * MIN)).toMatchObject({ status: 'finished', startedAt: T0, wallMs: 12 * MIN });
    expect(view(tab, session, T0 + 20 * MIN)).toMatchObject({ status: 'running', elapsedMs: 8 * MIN });
  });

  it('shares the holding screen message, the later one winning, and reads files saved without one', async () => {
    bus = new FakeBus();
    const a = await openTab();
    a.store.startTimer(session, T0);
    expect(JSON.parse(memory.tab().storage.getItem(KEY) ?? '{}')).not.toHaveProperty('holding');
    const b = await openTab();
    expect(b.store.$timers.get().holding).toEqual({ message: '', at: 0 });
    a.store.setHoldingMessage('  Back at 10:45 ', T0 + MIN);
    bus.deliver();
    expect(b.store.$timers.get().holding).toEqual({ message: 'Back at 10:45', at: T0 + MIN });
    b.store.setHoldingMessage('Back at 11:00', T0 + 2 * MIN);
    bus.deliver();
    expect(a.store.$timers.get().holding.message).toBe('Back at 11:00');
    const reloaded = await openTab();
    expect(reloaded.store.$timers.get().holding.message).toBe('Back at 11:00');
    expect(view(reloaded, session, T0 + 3 * MIN).status).toBe('running');
  });

  it('makes an exercise active when its timer starts or resumes, not when it is paused or reset', async () => {
    const tab = await openTab();
    tab.store.startTimer(session, T0);
    tab.store.resetTimer(twoParts, T0 + 1);
    expect(tab.store.$timers.get().active.id).toBe('mentoring-session');
    tab.store.startTimer(twoParts, T0 + 2);
    tab.store.pauseTimer(twoParts, T0 + 3);
    tab.store.setActiveExercise('mentoring-session', T0 + 4);
    tab.store.toggleTimer(twoParts, T0 + 5); // resumes: active again
    expect(tab.store.$timers.get().active.id).toBe('team-strengths-weaknesses');
    tab.store.setActiveExercise('mentoring-session', T0 + 6);
    tab.store.toggleTimer(twoParts, T0 + 7); // pauses: stays in the background
    expect(tab.store.$timers.get().active.id).toBe('mentoring-session');
    tab.store.setActiveExercise('team-strengths-weaknesses', T0 + 8);
    expect(tab.store.$timers.get().active.id).toBe('team-strengths-weaknesses');
  });

  it('remembers the mute choice and shares it', async () => {
    const a = await openTab();
    const b = await openTab();
    expect(a.store.$muted.get()).toBe(false);
    a.store.toggleMuted();
    memory.deliver();
    expect(b.store.$muted.get()).toBe(true);
    expect(memory.pending).toBe(0);
    const reloaded = await openTab();
    expect(reloaded.store.$muted.get()).toBe(true);
  });
});
