/**
 * Reads saved timers without zod, so that exercise pages stay within their byte budget (zod adds
 * about 26 KB gzip). It implements `TimersFileSchema` (src/lib/schema/timer.ts) rule for rule: same
 * verdict, same output (unknown keys dropped), which tests/unit/timer-decode.test.ts checks on
 * arbitrary input with fast-check. Change both together.
 */
import type { ActiveExercise, TimerState, TimersFile } from '../schema/timer';

const MAX_EPOCH = 8.64e15;
const MAX_ADJUST = 86_400_000;
const EXERCISE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Record_ = Record<string, unknown>;

function isObject(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isInt(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

function isEpochOrNull(value: unknown): value is number | null {
  return value === null || isInt(value, 0, MAX_EPOCH);
}

function isExerciseId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && EXERCISE_ID.test(value);
}

/** One timer, or null when it breaks a rule of TimerStateSchema. */
export function decodeTimerState(data: unknown): TimerState | null {
  if (!isObject(data)) return null;
  const { startedAt, pausedAt, pausedMs, finishedAt, adjustMs, updatedAt } = data;
  if (!isEpochOrNull(startedAt) || !isEpochOrNull(pausedAt) || !isEpochOrNull(finishedAt)) return null;
  if (!isInt(pausedMs, 0, MAX_EPOCH) || !isInt(updatedAt, 0, MAX_EPOCH)) return null;
  if (!Array.isArray(adjustMs) || adjustMs.length > 50) return null;
  if (!adjustMs.every((value) => isInt(value, -MAX_ADJUST, MAX_ADJUST))) return null;
  if (startedAt === null) {
    if (pausedAt !== null || finishedAt !== null || pausedMs !== 0) return null;
  } else {
    if (pausedAt !== null && pausedAt < startedAt) return null;
    if (finishedAt !== null && finishedAt < startedAt + pausedMs) return null;
    if (finishedAt !== null && pausedAt !== null) return null;
  }
  return { startedAt, pausedAt, pausedMs, finishedAt, adjustMs: [...adjustMs], updatedAt };
}

function decodeActive(data: unknown): ActiveExercise | null {
  if (!isObject(data)) return null;
  const { id, at } = data;
  if (!(id === null || isExerciseId(id)) || !isInt(at, 0, MAX_EPOCH)) return null;
  return { id, at };
}

function decodeHolding(data: unknown): { message: string; at: number } | null {
  if (!isObject(data)) return null;
  const { message, at } = data;
  if (typeof message !== 'string' || message.length > 140 || !isInt(at, 0, MAX_EPOCH)) return null;
  return { message, at };
}

/** The whole saved value, or null when TimersFileSchema would reject it. */
export function decodeTimersFile(data: unknown): TimersFile | null {
  if (!isObject(data)) return null;
  if (data.format !== 'mentoring-kit-timers' || data.version !== 1) return null;
  const active = decodeActive(data.active);
  if (!active || !isObject(data.timers)) return null;
  const timers: Record<string, TimerState> = {};
  for (const [id, value] of Object.entries(data.timers)) {
    // zod's record skips an own "__proto__" key (neither checked nor kept): so does this.
    if (id === '__proto__') continue;
    if (!isExerciseId(id)) return null;
    const state = decodeTimerState(value);
    if (!state) return null;
    timers[id] = state;
  }
  if (data.holding === undefined) return { format: 'mentoring-kit-timers', version: 1, active, timers };
  const holding = decodeHolding(data.holding);
  if (!holding) return null;
  return { format: 'mentoring-kit-timers', version: 1, active, timers, holding };
}
