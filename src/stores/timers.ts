import { atom, onMount, type ReadableAtom } from 'nanostores';
import * as Y from 'yjs';
import { hasStorageContext, onExternalChange, readItem, writeItem } from './storage';
import { decodeTimersFile } from '../lib/timer/decode';
import type { TimerExercise } from '../lib/timer/timer';
import { liveTimerIds, replayTimers, type TimerAction, type TimerActionKind, type Timers } from '../lib/timer/document';
import { newId } from '../lib/ids';
import { NO_HOLDING_MESSAGE } from '../lib/timer/holding';
import { openLocalDocument, type LocalDocument } from './doc/local-document';
import { readLegacy, retireLegacy } from './doc/legacy';
import { LIVE_TIMERS_KEY, MUTE_KEY, TIMERS_DOCUMENT, TIMERS_KEY } from '../lib/storage-keys';

export type { Timers } from '../lib/timer/document';

/**
 * The workshop's timers: one Yjs document holding the log of timer actions (lib/timer/document.ts),
 * kept in this browser and in step with its other tabs (console, projector, exercise pages), or
 * joined to the live workshop. `$timers` mirrors it; the actions below each add one entry.
 */

const $state = atom<Timers>({ active: { id: null, at: 0 }, timers: {}, holding: NO_HOLDING_MESSAGE, plan: null });
/** All timers and the active exercise. Change them only through the actions below. */
export const $timers: ReadableAtom<Timers> = $state;

const $loadedState = atom(false);
/** True once what this browser saved is loaded: a first view before then would be a false "idle". */
export const $timersLoaded: ReadableAtom<boolean> = $loadedState;

const $mutedState = atom(false);
/** Whether the chime is muted; a choice of this device, saved, and shared by its tabs. */
export const $muted: ReadableAtom<boolean> = $mutedState;

let local: LocalDocument | null = null;
let doc: Y.Doc | null = null;
/** The offset to add to this device's clock (the server's time, when live). */
let clockOffset = 0;

const refresh = () => {
  if (!doc) return;
  const timers = replayTimers(doc.getArray('actions').toArray());
  $state.set(timers);
  const live = JSON.stringify(liveTimerIds(timers));
  const saved = readItem(LIVE_TIMERS_KEY);
  if (!saved.ok || saved.value !== live) writeItem(LIVE_TIMERS_KEY, live);
};

/** Mirrors `next` in `$timers` from now on (this browser's document, or the live workshop's). */
export function useTimersDocument(next: Y.Doc, offsetMs = 0): void {
  doc?.off('update', refresh);
  doc = next;
  clockOffset = offsetMs;
  doc.on('update', refresh);
  refresh();
}

/** The time actions are stamped with: this device's clock, corrected by the server's when live. */
export function timerNow(): number {
  return Date.now() + clockOffset;
}

/** Loads the saved timers and starts saving and syncing. Safe to call often; a no-op on the server. */
export function startTimers(): LocalDocument | null {
  if (local || !hasStorageContext()) return local;
  const opened = openLocalDocument(TIMERS_DOCUMENT);
  local = opened;
  if (!doc) useTimersDocument(opened.doc);
  void opened.loaded.then(async () => {
    await carryOver(opened);
    $loadedState.set(true);
  });
  const muted = readItem(MUTE_KEY);
  if (muted.ok && muted.value === 'true') $mutedState.set(true);
  onExternalChange(MUTE_KEY, (raw) => {
    if (raw === 'true' || raw === 'false') $mutedState.set(raw === 'true');
  });
  return local;
}
onMount($state, () => {
  startTimers();
});

/** Brings in timers saved by the version before the document model, once. */
async function carryOver(opened: LocalDocument): Promise<void> {
  const saved = readLegacy(TIMERS_KEY, decodeTimersFile);
  if (saved === null) return;
  const actions = opened.doc.getArray<TimerAction>('actions');
  if (actions.length === 0) {
    const entries: TimerAction[] = Object.entries(saved.timers).map(([x, s]) => ({
      id: newId(),
      k: 'restore',
      x,
      at: s.updatedAt,
      s,
    }));
    if (saved.active.id !== null) entries.push({ id: newId(), k: 'activate', x: saved.active.id, at: saved.active.at });
    if (saved.holding && saved.holding.at > 0) {
      entries.push({ id: newId(), k: 'holding', x: null, at: saved.holding.at, m: saved.holding.message });
    }
    actions.push(entries);
  }
  if (await opened.flushed()) retireLegacy(TIMERS_KEY);
}

/** Adds entries to the timers' log (the console's own actions build them in ./console.ts). */
export function recordTimerActions(entries: readonly TimerAction[]): void {
  record(entries);
}

function record(entries: readonly TimerAction[]): void {
  startTimers();
  // Without a browser (a server render) the document lives in memory only.
  if (!doc) {
    useTimersDocument(new Y.Doc());
    $loadedState.set(true);
  }
  if (!doc || entries.length === 0) return;
  doc.getArray<TimerAction>('actions').push([...entries]);
}

function act(kind: TimerActionKind, exercise: TimerExercise, now: number, withExercise = false): void {
  const { id, title, minutes, instruction, parts } = exercise;
  const e = withExercise ? { id, title, minutes, instruction, ...(parts ? { parts } : {}) } : undefined;
  record([{ id: newId(), k: kind, x: exercise.id, at: now, ...(e ? { e } : {}) }]);
}

/** Starts (or restarts after a stop, or resumes) a timer; the exercise becomes the active one. */
export const startTimer = (exercise: TimerExercise, now = timerNow()) => act('start', exercise, now);
export const pauseTimer = (exercise: TimerExercise, now = timerNow()) => act('pause', exercise, now);
export const resumeTimer = (exercise: TimerExercise, now = timerNow()) => act('resume', exercise, now);
/** Start, pause or resume, whichever applies (the Space shortcut). */
export const toggleTimer = (exercise: TimerExercise, now = timerNow()) => act('toggle', exercise, now);
export const resetTimer = (exercise: TimerExercise, now = timerNow()) => act('reset', exercise, now);
export const addMinute = (exercise: TimerExercise, now = timerNow()) => act('addMinute', exercise, now, true);
export const removeMinute = (exercise: TimerExercise, now = timerNow()) => act('removeMinute', exercise, now, true);
export const nextPart = (exercise: TimerExercise, now = timerNow()) => act('nextPart', exercise, now, true);
export const finishTimer = (exercise: TimerExercise, now = timerNow()) => act('finish', exercise, now);

/** Chooses what the console and the projector follow (null: nothing). */
export function setActiveExercise(id: string | null, now = timerNow()): void {
  startTimers();
  if ($state.get().active.id === id) return;
  record([{ id: newId(), k: 'activate', x: id, at: now }]);
}

/** Sets the day's plan every device following these timers counts from (the console's start time and remote choice). */
export function setDayPlan(start: string, remote: boolean, now = timerNow()): void {
  startTimers();
  const plan = $state.get().plan;
  if (plan && plan.start === start && plan.remote === remote) return;
  record([{ id: newId(), k: 'plan', x: null, at: now, m: start, r: remote }]);
}

export function setMuted(muted: boolean): void {
  startTimers();
  $mutedState.set(muted);
  writeItem(MUTE_KEY, String(muted));
}

export function toggleMuted(): void {
  setMuted(!$mutedState.get());
}
