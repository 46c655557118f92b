import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIN, T0, mentoringSession, twoParts } from './support/timer-exercises';
import { FakeBrowser, enter } from './support/tabs';
import type { TimerExercise } from '../../src/lib/timer/timer';
import { LIVE_TIMERS_KEY } from '../../src/lib/storage-keys';

type Store = typeof import('../../src/stores/timers') & typeof import('../../src/stores/console');
type Storage = typeof import('../../src/stores/storage');
type LibTimer = typeof import('../../src/lib/timer/timer');

const KEY = 'mentoring-kit:v1:timers';
const session = mentoringSession;
const plan: TimerExercise = { id: 'plan-next-sprint', title: 'Plan', minutes: 15, instruction: 'z' };

interface Tab {
  store: Store;
  storage: Storage;
  lib: LibTimer;
}

/** A fresh copy of the store modules in `browser`, as a new tab (or a reload) would have. */
async function openTab(browser: FakeBrowser): Promise<Tab> {
  vi.resetModules();
  enter(browser);
  const storage = await import('../../src/stores/storage');
  const store = { ...(await import('../../src/stores/timers')), ...(await import('../../src/stores/console')) };
  const lib = await import('../../src/lib/timer/timer');
  const view = browser.storage.tab();
  storage.configureStorage({ storage: view.storage, events: view.events });
  await store.startTimers()?.loaded;
  return { store, storage, lib };
}

function view(tab: Tab, exercise: TimerExercise, now: number) {
  return tab.lib.deriveTimer(tab.store.$timers.get().timers[exercise.id] ?? tab.lib.idleTimer(), exercise, now);
}

afterEach(() => {
  vi.resetModules();
});

describe('the timers store', () => {
  it('keeps each exercise timer after a reload', async () => {
    const browser = new FakeBrowser();
    const tab = await openTab(browser);
    tab.store.startTimer(twoParts, T0);
    tab.store.addMinute(twoParts, T0 + MIN);
    tab.store.startTimer(session, T0 + 2 * MIN);
    tab.store.pauseTimer(session, T0 + 3 * MIN);
    expect(await tab.store.startTimers()?.flushed()).toBe(true);
    const reloaded = await openTab(browser);
    expect(view(reloaded, twoParts, T0 + 7 * MIN)).toEqual(view(tab, twoParts, T0 + 7 * MIN));
    expect(view(reloaded, twoParts, T0 + 7 * MIN).part.index).toBe(1);
    expect(view(reloaded, session, T0 + 30 * MIN).remainingMs).toBe(24 * MIN);
    expect(reloaded.store.$timers.get().active.id).toBe('mentoring-session');
  });

  it('carries timers saved by the previous version in, then retires the old value', async () => {
    const browser = new FakeBrowser();
    const state = { startedAt: T0, pausedAt: null, pausedMs: 0, finishedAt: null, adjustMs: [], updatedAt: T0 };
    browser.storage.data.set(
      KEY,
      JSON.stringify({
        format: 'mentoring-kit-timers',
        version: 1,
        active: { id: 'mentoring-session', at: T0 },
        timers: { 'mentoring-session': state },
      }),
    );
    const tab = await openTab(browser);
    await vi.waitFor(() => expect(browser.storage.data.has(KEY)).toBe(false));
    expect(tab.store.$timers.get().active.id).toBe('mentoring-session');
    expect(view(tab, session, T0 + MIN)).toMatchObject({ status: 'running', remainingMs: 24 * MIN });
  });

  it('sets a corrupted old value aside instead of trusting it', async () => {
    const browser = new FakeBrowser();
    browser.storage.data.set(
      KEY,
      '{"format":"mentoring-kit-timers","version":1,"active":{"id":null,"at":0},"timers":{"x":{"startedAt":"soon"}}}',
    );
    const tab = await openTab(browser);
    await vi.waitFor(() => expect(tab.storage.$storageHealth.get().status).toBe('recovered-corrupt'));
    expect(tab.store.$timers.get().timers).toEqual({});
    const health = tab.storage.$storageHealth.get();
    const backupKey = health.status === 'recovered-corrupt' ? health.backupKey : '';
    expect(backupKey.startsWith(`${KEY}:corrupt:`)).toBe(true);
    expect(browser.storage.data.get(backupKey)).toContain('"soon"');
    tab.store.startTimer(session, T0);
    expect(view(tab, session, T0 + MIN).remainingMs).toBe(24 * MIN);
  });

  it('follows another tab through the Yjs sync protocol', async () => {
    const browser = new FakeBrowser();
    const console = await openTab(browser);
    const projector = await openTab(browser);
    console.store.startTimer(twoParts, T0);
    await vi.waitFor(() => expect(projector.store.$timers.get().active.id).toBe('team-strengths-weaknesses'));
    expect(view(projector, twoParts, T0 + MIN).status).toBe('running');
    console.store.pauseTimer(twoParts, T0 + 2 * MIN);
    console.store.addMinute(twoParts, T0 + 2 * MIN);
    await vi.waitFor(() => expect(view(projector, twoParts, T0 + 10 * MIN).remainingMs).toBe(9 * MIN));
  });

  it('merges changes two tabs made at the same time to different timers', async () => {
    const browser = new FakeBrowser();
    const a = await openTab(browser);
    const b = await openTab(browser);
    a.store.startTimer(twoParts, T0);
    b.store.startTimer(session, T0 + 5);
    for (const tab of [a, b]) {
      await vi.waitFor(() => {
        expect(view(tab, twoParts, T0 + MIN).status).toBe('running');
        expect(view(tab, session, T0 + MIN).status).toBe('running');
      });
      expect(tab.store.$timers.get().active.id).toBe('mentoring-session');
    }
  });

  it('applies both of two changes made to one timer at the same moment (pause and +1 min)', async () => {
    const browser = new FakeBrowser();
    const a = await openTab(browser);
    const b = await openTab(browser);
    a.store.startTimer(session, T0);
    await vi.waitFor(() => expect(view(b, session, T0 + MIN).status).toBe('running'));
    a.store.pauseTimer(session, T0 + MIN);
    b.store.addMinute(session, T0 + MIN);
    for (const tab of [a, b]) {
      await vi.waitFor(() => {
        const v = view(tab, session, T0 + 5 * MIN);
        expect(v.status).toBe('paused');
        expect(v.totalMs).toBe(26 * MIN);
      });
    }
  });

  it('starts the next exercise and stops the one before', async () => {
    const tab = await openTab(new FakeBrowser());
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
    const tab = await openTab(new FakeBrowser());
    const agenda = [twoParts, session, plan];
    tab.store.startNextExercise(agenda, T0);
    tab.store.setActiveExercise(null, T0 + 2 * MIN);
    expect(tab.store.startNextExercise(agenda, T0 + 12 * MIN)).toBe('mentoring-session');
    // The first exercise keeps its start and is stopped where it was, not reset and started again.
    expect(view(tab, twoParts, T0 + 20 * MIN)).toMatchObject({ status: 'finished', startedAt: T0, wallMs: 12 * MIN });
    expect(view(tab, session, T0 + 20 * MIN)).toMatchObject({ status: 'running', elapsedMs: 8 * MIN });
  });

  it('shares the holding screen message, the later one winning, and keeps it through a reload', async () => {
    const browser = new FakeBrowser();
    const a = await openTab(browser);
    a.store.startTimer(session, T0);
    const b = await openTab(browser);
    expect(b.store.$timers.get().holding).toEqual({ message: '', at: 0 });
    a.store.setHoldingMessage('  Back at 10:45 ', T0 + MIN);
    await vi.waitFor(() => expect(b.store.$timers.get().holding).toEqual({ message: 'Back at 10:45', at: T0 + MIN }));
    b.store.setHoldingMessage('Back at 11:00', T0 + 2 * MIN);
    await vi.waitFor(() => expect(a.store.$timers.get().holding.message).toBe('Back at 11:00'));
    expect(await a.store.startTimers()?.flushed()).toBe(true);
    const reloaded = await openTab(browser);
    expect(reloaded.store.$timers.get().holding.message).toBe('Back at 11:00');
    expect(view(reloaded, session, T0 + 3 * MIN).status).toBe('running');
  });

  it('makes an exercise active when its timer starts or resumes, not when it is paused or reset', async () => {
    const tab = await openTab(new FakeBrowser());
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

  it('lists the running and paused timers where a page that loads timers on demand can read them', async () => {
    const browser = new FakeBrowser();
    const tab = await openTab(browser);
    tab.store.startTimer(session, T0);
    tab.store.startTimer(twoParts, T0 + 1);
    tab.store.finishTimer(twoParts, T0 + 2);
    expect(JSON.parse(browser.storage.data.get(LIVE_TIMERS_KEY) ?? 'null')).toEqual(['mentoring-session']);
  });

  it('remembers the mute choice and shares it', async () => {
    const browser = new FakeBrowser();
    const a = await openTab(browser);
    const b = await openTab(browser);
    expect(a.store.$muted.get()).toBe(false);
    a.store.toggleMuted();
    browser.storage.deliver();
    expect(b.store.$muted.get()).toBe(true);
    const reloaded = await openTab(browser);
    expect(reloaded.store.$muted.get()).toBe(true);
  });
});
