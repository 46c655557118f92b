import { atom, type ReadableAtom } from 'nanostores';
import { hasStorageContext, onExternalChange, readItem, setAsideCorrupt, writeItem } from './storage';
import type { ActiveExercise, TimerState } from '../lib/schema/timer';
import { decodeTimersFile } from '../lib/timer/decode';
import * as rules from '../lib/timer/timer';
import { NO_HOLDING_MESSAGE, laterHoldingMessage, type HoldingMessage } from '../lib/timer/holding';
import type { TimerExercise } from '../lib/timer/timer';

/**
 * Exercise timers by exercise id, and the exercise the console runs (issue 4).
 *
 * Saved under `mentoring-kit:v1:timers` and kept in step across the tabs and windows of one browser
 * (console, projector, exercise pages) through the `storage` event and a BroadcastChannel; both may
 * deliver the same change, which is harmless because receiving is a merge: for each timer the one
 * changed last wins (`updatedAt`), and so does the last choice of active exercise. A tab that
 * receives a value never writes it back; it writes only when it holds something newer than what it
 * received, so tabs cannot echo each other in a loop.
 *
 * What is loaded is checked against the schema (TimersFileSchema, through its zod-free twin
 * decodeTimersFile); an unreadable value is set aside under a backup key (see storage.ts) and
 * reported, never trusted.
 */

export const TIMERS_KEY = 'mentoring-kit:v1:timers';
export const MUTE_KEY = 'mentoring-kit:v1:timer-muted';
const CHANNEL_NAME = 'mentoring-kit:v1:timers';

export interface Timers {
  active: ActiveExercise;
  timers: Record<string, TimerState>;
  /** The message on the projector's holding screen, shown while no exercise is on the projector. */
  holding: HoldingMessage;
}

const EMPTY: Timers = { active: { id: null, at: 0 }, timers: {}, holding: NO_HOLDING_MESSAGE };

const $state = atom<Timers>(EMPTY);
/** All timers and the active exercise. Change them only through the actions below. */
export const $timers: ReadableAtom<Timers> = $state;

const $mutedState = atom(false);
/** Whether the chime is muted; saved, and shared by every timer. */
export const $muted: ReadableAtom<boolean> = $mutedState;

/** The part of BroadcastChannel the store uses (tests pass a fake). */
export interface ChannelLike {
  postMessage(message: string): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

let makeChannel: (() => ChannelLike | null) | null = null;

/** Replaces the BroadcastChannel (tests); `null` restores the browser's. Call before the first action. */
export function configureTimerChannel(factory: (() => ChannelLike | null) | null): void {
  makeChannel = factory;
}

// ─── Encoding ────────────────────────────────────────────────────────────────────────────────────

function canonicalTimer(state: TimerState): TimerState {
  const { startedAt, pausedAt, pausedMs, finishedAt, adjustMs, updatedAt } = state;
  return { startedAt, pausedAt, pausedMs, finishedAt, adjustMs: [...adjustMs], updatedAt };
}

/** The saved text: keys in a fixed order, so equal values give equal text. */
export function encodeTimers(value: Timers): string {
  const timers: Record<string, TimerState> = {};
  for (const id of Object.keys(value.timers).sort()) {
    const state = value.timers[id];
    if (state) timers[id] = canonicalTimer(state);
  }
  return JSON.stringify({
    format: 'mentoring-kit-timers',
    version: 1,
    active: { id: value.active.id, at: value.active.at },
    timers,
    // Left out until first set, so that a file without a message reads as before.
    ...(value.holding.at > 0 ? { holding: { message: value.holding.message, at: value.holding.at } } : {}),
  });
}

/** Reads saved text through the schema; null when it is not valid timers. */
export function decodeTimers(text: string): Timers | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const file = decodeTimersFile(data);
  return file ? { active: file.active, timers: file.timers, holding: file.holding ?? NO_HOLDING_MESSAGE } : null;
}

function newer(a: TimerState, b: TimerState): TimerState {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  // Same instant in two tabs: any fixed rule will do, as long as every tab picks the same one.
  return JSON.stringify(canonicalTimer(a)) >= JSON.stringify(canonicalTimer(b)) ? a : b;
}

/** Combines two tabs' values: per timer the later change, and the later choice of active exercise. */
export function mergeTimers(a: Timers, b: Timers): Timers {
  const timers: Record<string, TimerState> = { ...a.timers };
  for (const [id, state] of Object.entries(b.timers)) {
    const mine = timers[id];
    timers[id] = mine ? newer(mine, state) : state;
  }
  let active = a.active;
  if (b.active.at > a.active.at || (b.active.at === a.active.at && (b.active.id ?? '') > (a.active.id ?? ''))) {
    active = b.active;
  }
  return { active, timers, holding: laterHoldingMessage(a.holding, b.holding) };
}

// ─── Loading, saving, syncing ────────────────────────────────────────────────────────────────────

let started = false;
/** True while a value from another tab is being applied: it must not be saved or sent back. */
let receiving = false;
/** The text this tab last saved or received, to ignore news of it. */
let lastText: string | null = null;
/** The saved value could not be set aside: then it must not be overwritten either. */
let keyBlocked = false;
let channel: ChannelLike | null = null;

function send(value: Timers): void {
  const text = encodeTimers(value);
  if (text === lastText) return;
  lastText = text;
  if (!keyBlocked) writeItem(TIMERS_KEY, text);
  channel?.postMessage(text);
}

function receive(raw: string): void {
  if (raw === lastText) return;
  const incoming = decodeTimers(raw);
  // Another tab wrote something unreadable: keep ours; it is saved again with the next change.
  if (!incoming) return;
  const current = $state.get();
  const merged = mergeTimers(current, incoming);
  const mergedText = encodeTimers(merged);
  if (mergedText !== encodeTimers(current)) {
    receiving = true;
    try {
      $state.set(merged);
    } finally {
      receiving = false;
    }
  }
  if (mergedText === encodeTimers(incoming)) lastText = mergedText;
  else send(merged); // We knew something newer than the sender: share it once.
}

function openChannel(): ChannelLike | null {
  if (makeChannel) return makeChannel();
  if (typeof window === 'undefined' || typeof BroadcastChannel === 'undefined') return null;
  return new BroadcastChannel(CHANNEL_NAME);
}

/** Loads the saved timers and starts saving and syncing. Safe to call often; a no-op on the server. */
export function startTimers(): void {
  if (started || !hasStorageContext()) return;
  started = true;
  const read = readItem(TIMERS_KEY);
  if (read.ok && read.value !== null) {
    const loaded = decodeTimers(read.value);
    if (loaded) {
      lastText = read.value;
      $state.set(loaded);
    } else if (setAsideCorrupt(TIMERS_KEY, read.value, Date.now()) === null) {
      keyBlocked = true;
    }
  }
  const muted = readItem(MUTE_KEY);
  if (muted.ok && muted.value === 'true') $mutedState.set(true);

  $state.listen((value) => {
    if (!receiving) send(value);
  });
  $mutedState.listen((value) => {
    if (!receiving) writeItem(MUTE_KEY, String(value));
  });
  onExternalChange(TIMERS_KEY, (raw) => {
    if (raw !== null) receive(raw);
  });
  onExternalChange(MUTE_KEY, (raw) => {
    if (raw !== 'true' && raw !== 'false') return;
    receiving = true;
    try {
      $mutedState.set(raw === 'true');
    } finally {
      receiving = false;
    }
  });
  channel = openChannel();
  channel?.addEventListener('message', (event) => {
    if (typeof event.data === 'string') receive(event.data);
  });
}

// ─── Actions ─────────────────────────────────────────────────────────────────────────────────────

function update(id: string, change: (state: TimerState) => TimerState, now: number, activate: boolean): void {
  startTimers();
  const current = $state.get();
  const before = current.timers[id] ?? rules.idleTimer();
  const after = change(before);
  if (after === before) return;
  // A timer that starts (or resumes) becomes what the console and the projector follow.
  const makeActive = activate && rules.statusOf(after) === 'running' && current.active.id !== id;
  $state.set({
    ...current,
    active: makeActive ? { id, at: activeAt(current, now) } : current.active,
    timers: { ...current.timers, [id]: after },
  });
}

/** Starts (or restarts after a stop, or resumes) a timer; the exercise becomes the active one. */
export function startTimer(exercise: TimerExercise, now = Date.now()): void {
  update(exercise.id, (state) => rules.start(state, now), now, true);
}

export function pauseTimer(exercise: TimerExercise, now = Date.now()): void {
  update(exercise.id, (state) => rules.pause(state, now), now, false);
}

export function resumeTimer(exercise: TimerExercise, now = Date.now()): void {
  update(exercise.id, (state) => rules.resume(state, now), now, true);
}

/** Start, pause or resume, whichever applies (the Space shortcut). */
export function toggleTimer(exercise: TimerExercise, now = Date.now()): void {
  update(exercise.id, (state) => rules.toggle(state, now), now, true);
}

export function resetTimer(exercise: TimerExercise, now = Date.now()): void {
  update(exercise.id, (state) => (rules.statusOf(state) === 'idle' ? state : rules.reset(state, now)), now, false);
}

export function addMinute(exercise: TimerExercise, now = Date.now()): void {
  update(exercise.id, (state) => rules.addMinute(state, exercise, now), now, false);
}

export function removeMinute(exercise: TimerExercise, now = Date.now()): void {
  update(exercise.id, (state) => rules.removeMinute(state, exercise, now), now, false);
}

export function nextPart(exercise: TimerExercise, now = Date.now()): void {
  update(exercise.id, (state) => rules.nextPart(state, exercise, now), now, false);
}

export function finishTimer(exercise: TimerExercise, now = Date.now()): void {
  update(exercise.id, (state) => rules.finish(state, now), now, false);
}

/** Chooses what the console and the projector follow (null: nothing). */
export function setActiveExercise(id: string | null, now = Date.now()): void {
  startTimers();
  const current = $state.get();
  if (current.active.id === id) return;
  $state.set({ ...current, active: { id, at: activeAt(current, now) } });
}

/**
 * Applies a change to the timers as one step (the change returns the same object when nothing
 * changes). For the console's actions in ./console.ts, kept apart so that exercise pages, which
 * only run their own timer, do not load the console's rules.
 */
export function changeTimers(change: (current: Timers) => Timers): void {
  startTimers();
  const current = $state.get();
  const next = change(current);
  if (next !== current) $state.set(next);
}

/** When a new choice of active exercise is made: now, and always after the last choice. */
export function activeAt(current: Timers, now: number): number {
  return Math.max(now, current.active.at + 1);
}

export function setMuted(muted: boolean): void {
  startTimers();
  $mutedState.set(muted);
}

export function toggleMuted(): void {
  setMuted(!$mutedState.get());
}
