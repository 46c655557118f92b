import * as rules from './timer';
import type { TimerExercise, TimerState } from './timer';
import type { ActiveExercise } from '../schema/timer';
import { decodeTimerState } from './decode';
import { NO_HOLDING_MESSAGE, type HoldingMessage } from './holding';
import { cleanHoldingMessage } from './message-to-room';
import { currentExerciseId, nextExerciseToStart } from './day';
import { parseClockTime } from './format/clock-time';

/**
 * The workshop's timers as a log of what people pressed, each entry with its time. Every device
 * replays the same log in the same order (by time, then id) through the pure timer rules, so two
 * actions made at the same instant on two devices both take effect, one after the other: a pause
 * and a +1 min pressed together give a paused timer one minute longer.
 */
export type TimerActionKind =
  | 'start'
  | 'pause'
  | 'resume'
  | 'toggle'
  | 'reset'
  | 'addMinute'
  | 'removeMinute'
  | 'nextPart'
  | 'finish'
  /** Chooses what the console, the projector and the phones follow (`x` null: nothing). */
  | 'activate'
  /** Sets a timer as it was saved by a version before the log (carried over once). */
  | 'restore'
  /** Sets the message on the projector's holding screen (`m`; '' removes it). */
  | 'holding'
  /** Sets the day's plan the console follows: its start time (`m`, "HH:MM") and a remote day (`r`). */
  | 'plan';

export interface TimerAction {
  /** Unique; orders actions made at the same millisecond. */
  id: string;
  k: TimerActionKind;
  /** The exercise id. */
  x: string | null;
  /** When it was pressed (epoch ms; the server's time when live). */
  at: number;
  /** The exercise's parts and minutes, for the actions that depend on them. */
  e?: TimerExercise;
  /** For `restore`: the saved state. */
  s?: TimerState;
  /** For `holding`: the message; for `plan`: the start time. */
  m?: string;
  /** For `plan`: whether the day runs remotely or hybrid. */
  r?: boolean;
}

/** The day's plan as the console set it, so that every device in the room counts the same clock times. */
export interface DayPlan {
  /** "HH:MM" */
  start: string;
  remote: boolean;
  at: number;
}

export interface Timers {
  active: ActiveExercise;
  timers: Record<string, TimerState>;
  /** The message on the projector's holding screen, shown while no exercise is on the projector. */
  holding: HoldingMessage;
  /** Null until the console sets one: each device then plans with its own saved choice. */
  plan: DayPlan | null;
}

const KINDS: readonly TimerActionKind[] = [
  'start',
  'pause',
  'resume',
  'toggle',
  'reset',
  'addMinute',
  'removeMinute',
  'nextPart',
  'finish',
  'activate',
  'restore',
  'holding',
  'plan',
];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readExercise(value: unknown, id: string): TimerExercise | null {
  if (typeof value !== 'object' || value === null) return null;
  const e = value as Record<string, unknown>;
  const minutes = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= 24 * 60;
  if (!minutes(e.minutes)) return null;
  const parts = Array.isArray(e.parts)
    ? e.parts
        .slice(0, 50)
        .filter(
          (p): p is { label: unknown; minutes: number; instruction: unknown } =>
            typeof p === 'object' && p !== null && minutes((p as { minutes?: unknown }).minutes),
        )
        .map((p) => ({
          label: typeof p.label === 'string' ? p.label : '',
          minutes: p.minutes,
          instruction: typeof p.instruction === 'string' ? p.instruction : '',
        }))
    : undefined;
  return {
    id,
    title: typeof e.title === 'string' ? e.title : '',
    minutes: e.minutes as number,
    instruction: typeof e.instruction === 'string' ? e.instruction : '',
    ...(parts && parts.length > 0 ? { parts } : {}),
  };
}

/** Reads one entry written by any device; anything malformed is null (and ignored). */
export function readTimerAction(value: unknown): TimerAction | null {
  if (typeof value !== 'object' || value === null) return null;
  const a = value as Record<string, unknown>;
  if (typeof a.id !== 'string' || !KINDS.includes(a.k as TimerActionKind)) return null;
  if (typeof a.at !== 'number' || !Number.isSafeInteger(a.at) || a.at < 0) return null;
  const x = a.x === null ? null : typeof a.x === 'string' && a.x.length <= 100 && ID.test(a.x) ? a.x : undefined;
  if (x === undefined || (x === null && a.k !== 'activate' && a.k !== 'holding' && a.k !== 'plan')) return null;
  const action: TimerAction = { id: a.id, k: a.k as TimerActionKind, x, at: a.at };
  if (x !== null && a.e !== undefined) {
    const exercise = readExercise(a.e, x);
    if (exercise) action.e = exercise;
  }
  if (a.k === 'holding') {
    if (typeof a.m !== 'string') return null;
    action.m = cleanHoldingMessage(a.m);
  }
  if (a.k === 'plan') {
    if (typeof a.m !== 'string' || parseClockTime(a.m) === null || typeof a.r !== 'boolean') return null;
    action.m = a.m;
    action.r = a.r;
  }
  if (a.k === 'restore') {
    const state = decodeTimerState(a.s);
    if (!state) return null;
    action.s = state;
  }
  return action;
}

const order = (a: TimerAction, b: TimerAction) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The timers and the active exercise from the log. */
export function replayTimers(log: readonly unknown[]): Timers {
  const actions = log.map(readTimerAction).filter((a): a is TimerAction => a !== null);
  actions.sort(order);
  let active: ActiveExercise = { id: null, at: 0 };
  let holding: HoldingMessage = NO_HOLDING_MESSAGE;
  let plan: DayPlan | null = null;
  const timers: Record<string, TimerState> = {};
  const activate = (id: string | null, at: number) => {
    if (active.id !== id) active = { id, at: Math.max(at, active.at + 1) };
  };
  for (const action of actions) {
    if (action.k === 'activate') {
      activate(action.x, action.at);
      continue;
    }
    if (action.k === 'holding') {
      holding = { message: action.m ?? '', at: action.at };
      continue;
    }
    if (action.k === 'plan') {
      plan = { start: action.m ?? '', remote: action.r === true, at: action.at };
      continue;
    }
    const id = action.x as string;
    const before = timers[id] ?? rules.idleTimer();
    const now = action.at;
    const needs = action.e;
    let after = before;
    switch (action.k) {
      case 'restore':
        after = action.s ?? before;
        break;
      case 'start':
        after = rules.start(before, now);
        break;
      case 'pause':
        after = rules.pause(before, now);
        break;
      case 'resume':
        after = rules.resume(before, now);
        break;
      case 'toggle':
        after = rules.toggle(before, now);
        break;
      case 'reset':
        after = rules.statusOf(before) === 'idle' ? before : rules.reset(before, now);
        break;
      case 'finish':
        after = rules.finish(before, now);
        break;
      case 'addMinute':
        if (needs) after = rules.addMinute(before, needs, now);
        break;
      case 'removeMinute':
        if (needs) after = rules.removeMinute(before, needs, now);
        break;
      case 'nextPart':
        if (needs) after = rules.nextPart(before, needs, now);
        break;
    }
    timers[id] = after;
    // A timer that starts (or resumes) becomes what the console and the projector follow.
    const starts = action.k === 'start' || action.k === 'resume' || action.k === 'toggle';
    if (starts && after !== before && rules.statusOf(after) === 'running') activate(id, now);
  }
  return { active, timers, holding, plan };
}

/**
 * The entries for "start the next exercise": the current exercise stops (if it runs) and the next
 * one that has never run starts and becomes the one everybody follows (see nextExerciseToStart: with
 * the projector blank, the current exercise is the one started last, so blanking never sends the
 * day back to the first exercise). `id` gives each entry an id that sorts in order.
 */
export function startNextActions(
  agenda: readonly TimerExercise[],
  current: Timers,
  now: number,
  id: (index: number) => string,
): TimerAction[] {
  const order = agenda.map((exercise) => exercise.id);
  const nextId = nextExerciseToStart(order, current.active.id, current.timers);
  if (nextId === null) return [];
  const currentId = currentExerciseId(order, current.active.id, current.timers);
  const actions: TimerAction[] = [];
  if (currentId !== null && current.timers[currentId]) actions.push({ id: id(0), k: 'finish', x: currentId, at: now });
  actions.push({ id: id(1), k: 'start', x: nextId, at: now });
  actions.push({ id: id(2), k: 'activate', x: nextId, at: now });
  return actions;
}

/** Ids of the timers that are running or paused: the exercise boxes that must load at once. */
export function liveTimerIds(timers: Timers): string[] {
  return Object.entries(timers.timers)
    .filter(([, state]) => {
      const status = rules.statusOf(state);
      return status === 'running' || status === 'paused';
    })
    .map(([id]) => id)
    .sort();
}
