/**
 * Exercise timers as pure functions of their timestamps and the current time.
 *
 * A timer's state is when it started, how long it has been paused, and how each part was lengthened
 * or shortened; the remaining time, the current part and the milestones are derived from it and
 * `now`, which is always passed in. Nothing here reads the clock, so a 25-minute run, an hour of
 * sleep or a reload are tested without waiting, and a display that re-derives on each frame cannot
 * drift however the browser throttles it.
 */
import type { TimerState } from '../schema/timer';

export type { TimerState } from '../schema/timer';

const MINUTE = 60_000;

/** One timed part of an exercise, as declared in the episode's frontmatter. */
export interface TimerPart {
  label: string;
  minutes: number;
  instruction: string;
}

/** What a timer needs to know about its exercise: the data declared once in the frontmatter. */
export interface TimerExercise {
  id: string;
  title: string;
  minutes: number;
  instruction: string;
  parts?: readonly TimerPart[] | undefined;
}

/**
 * The serialisable subset of an exercise that timer islands receive as props. With parts, each part
 * has its own instruction and the exercise's is never shown by a timer, so it is left out to keep
 * the page light (the exercise box prints it).
 */
export function toTimerExercise(exercise: TimerExercise): TimerExercise {
  const { id, title, minutes, parts } = exercise;
  const instruction = parts ? '' : exercise.instruction;
  return parts
    ? {
        id,
        title,
        minutes,
        instruction,
        parts: parts.map(({ label, minutes: m, instruction: i }) => ({ label, minutes: m, instruction: i })),
      }
    : { id, title, minutes, instruction };
}

export type TimerStatus = 'idle' | 'running' | 'paused' | 'finished';

export interface PartView {
  /** 0-based position. */
  index: number;
  label: string;
  instruction: string;
  /** Planned length, with the minutes added or removed. */
  durationMs: number;
  /** Running time at which the part starts and ends. */
  startMs: number;
  endMs: number;
}

export interface TimerView {
  status: TimerStatus;
  /** When the current run started (null when idle); a new run means new milestones. */
  startedAt: number | null;
  /** Length of the exercise, with the minutes added or removed. */
  totalMs: number;
  /** Running time so far, pauses excluded. */
  elapsedMs: number;
  /** Time left, never below zero. */
  remainingMs: number;
  /** Time past zero, zero until then. */
  overtimeMs: number;
  /** Zero has been reached (and the timer has started). */
  overtime: boolean;
  /** At most a minute left, not yet zero. */
  oneMinuteLeft: boolean;
  /** Whether the exercise declares parts. */
  hasParts: boolean;
  /** The current part (the last one once time is up); an exercise without parts has one. */
  part: PartView;
  partCount: number;
  /** Time left in the current part. */
  partRemainingMs: number;
  /** The part after the current one, if any. */
  nextPart: PartView | null;
  /** Elapsed share of the total, 0 to 1. */
  progress: number;
  /** Wall-clock time from start to finish (or to now), pauses included: what the session spent. */
  wallMs: number;
}

/** A timer that has never run. */
export function idleTimer(now = 0): TimerState {
  return { startedAt: null, pausedAt: null, pausedMs: 0, finishedAt: null, adjustMs: [], updatedAt: now };
}

interface Segment {
  label: string;
  instruction: string;
  baseMs: number;
}

function segments(exercise: TimerExercise): Segment[] {
  if (exercise.parts && exercise.parts.length > 0) {
    return exercise.parts.map((part) => ({
      label: part.label,
      instruction: part.instruction,
      baseMs: part.minutes * MINUTE,
    }));
  }
  return [{ label: exercise.title, instruction: exercise.instruction, baseMs: exercise.minutes * MINUTE }];
}

function durations(state: TimerState, exercise: TimerExercise): { segs: Segment[]; lengths: number[] } {
  const segs = segments(exercise);
  // Adjustments beyond the declared parts (the content changed since) are ignored.
  const lengths = segs.map((seg, index) => Math.max(0, seg.baseMs + (state.adjustMs[index] ?? 0)));
  return { segs, lengths };
}

export function statusOf(state: TimerState): TimerStatus {
  if (state.startedAt === null) return 'idle';
  if (state.finishedAt !== null) return 'finished';
  if (state.pausedAt !== null) return 'paused';
  return 'running';
}

/** Running time at `now`, pauses excluded. */
export function elapsedAt(state: TimerState, now: number): number {
  if (state.startedAt === null) return 0;
  const end = state.finishedAt ?? state.pausedAt ?? now;
  return Math.max(0, end - state.startedAt - state.pausedMs);
}

/** Everything a timer display shows, derived from the state and `now`. */
export function deriveTimer(state: TimerState, exercise: TimerExercise, now: number): TimerView {
  const status = statusOf(state);
  const { segs, lengths } = durations(state, exercise);
  const totalMs = lengths.reduce((sum, length) => sum + length, 0);
  const elapsedMs = elapsedAt(state, now);
  const started = status !== 'idle';
  const overtime = started && elapsedMs >= totalMs;

  // The current part is the first that ends after the elapsed time; past zero, the last one.
  let index = segs.length - 1;
  let startMs = totalMs - (lengths[index] ?? 0);
  for (let i = 0, acc = 0; i < segs.length; i++) {
    const end = acc + (lengths[i] ?? 0);
    if (elapsedMs < end) {
      index = i;
      startMs = acc;
      break;
    }
    acc = end;
  }
  const partAt = (i: number, start: number): PartView => {
    const seg = segs[i] ?? { label: exercise.title, instruction: exercise.instruction, baseMs: 0 };
    const durationMs = lengths[i] ?? 0;
    return {
      index: i,
      label: seg.label,
      instruction: seg.instruction,
      durationMs,
      startMs: start,
      endMs: start + durationMs,
    };
  };
  const part = partAt(index, startMs);
  const nextPart = index + 1 < segs.length ? partAt(index + 1, part.endMs) : null;
  const remainingMs = Math.max(0, totalMs - elapsedMs);
  const wallEnd = state.finishedAt ?? now;
  return {
    status,
    startedAt: state.startedAt,
    totalMs,
    elapsedMs,
    remainingMs,
    overtimeMs: Math.max(0, elapsedMs - totalMs),
    overtime,
    oneMinuteLeft: started && !overtime && remainingMs <= MINUTE,
    hasParts: segs.length > 1,
    part,
    partCount: segs.length,
    partRemainingMs: Math.max(0, part.endMs - elapsedMs),
    nextPart,
    progress: totalMs === 0 ? (started ? 1 : 0) : Math.min(1, elapsedMs / totalMs),
    wallMs: state.startedAt === null ? 0 : Math.max(0, wallEnd - state.startedAt),
  };
}

// ─── Actions: each returns a new state (or the same object when nothing changes) ─────────────────

function touched(state: TimerState, changes: Partial<TimerState>, now: number): TimerState {
  // updatedAt only grows, so the newest change wins across tabs even if the clock steps back.
  return { ...state, ...changes, updatedAt: Math.max(now, state.updatedAt + 1) };
}

/** Starts an idle or finished timer from the beginning; resumes a paused one. */
export function start(state: TimerState, now: number): TimerState {
  switch (statusOf(state)) {
    case 'running':
      return state;
    case 'paused':
      return resume(state, now);
    case 'finished':
      return touched(state, { startedAt: now, pausedAt: null, pausedMs: 0, finishedAt: null, adjustMs: [] }, now);
    case 'idle':
      return touched(state, { startedAt: now, pausedAt: null, pausedMs: 0, finishedAt: null }, now);
  }
}

export function pause(state: TimerState, now: number): TimerState {
  if (statusOf(state) !== 'running' || state.startedAt === null) return state;
  return touched(state, { pausedAt: Math.max(now, state.startedAt) }, now);
}

export function resume(state: TimerState, now: number): TimerState {
  if (statusOf(state) !== 'paused' || state.pausedAt === null) return state;
  return touched(state, { pausedAt: null, pausedMs: state.pausedMs + Math.max(0, now - state.pausedAt) }, now);
}

/** Space: start, pause or resume, whichever applies. */
export function toggle(state: TimerState, now: number): TimerState {
  return statusOf(state) === 'running' ? pause(state, now) : start(state, now);
}

export function reset(state: TimerState, now: number): TimerState {
  return touched(state, idleTimer(), now);
}

/** Stops the timer where it is (also in overtime); the time it ran stays for planned-versus-actual. */
export function finish(state: TimerState, now: number): TimerState {
  const status = statusOf(state);
  if (status === 'idle' || status === 'finished' || state.startedAt === null) return state;
  if (state.pausedAt !== null) {
    return touched(
      state,
      { pausedMs: state.pausedMs + Math.max(0, now - state.pausedAt), pausedAt: null, finishedAt: now },
      now,
    );
  }
  return touched(state, { finishedAt: Math.max(now, state.startedAt + state.pausedMs) }, now);
}

function withLength(
  state: TimerState,
  exercise: TimerExercise,
  index: number,
  lengthMs: number,
  now: number,
): TimerState {
  const segs = segments(exercise);
  const adjustMs = segs.map((_, i) => state.adjustMs[i] ?? 0);
  adjustMs[index] = Math.round(lengthMs - (segs[index]?.baseMs ?? 0));
  return touched(state, { adjustMs }, now);
}

/**
 * +1 min: the current part gets a minute longer. Past zero it gives a minute from now instead, so
 * that "one more minute" in overtime means what the facilitator says.
 */
export function addMinute(state: TimerState, exercise: TimerExercise, now: number): TimerState {
  if (statusOf(state) === 'finished') return state;
  const view = deriveTimer(state, exercise, now);
  if (view.overtime) {
    return withLength(state, exercise, view.part.index, view.part.durationMs + view.overtimeMs + MINUTE, now);
  }
  return withLength(state, exercise, view.part.index, view.part.durationMs + MINUTE, now);
}

/**
 * −1 min: the current part gets a minute shorter, but never ends before now (then it ends now and
 * the next part begins, or time is up). Before the start a part keeps at least a minute.
 */
export function removeMinute(state: TimerState, exercise: TimerExercise, now: number): TimerState {
  const view = deriveTimer(state, exercise, now);
  if (view.status === 'finished' || view.overtime) return state;
  const elapsedInPart = view.elapsedMs - view.part.startMs;
  const floor = view.status === 'idle' ? Math.min(MINUTE, view.part.durationMs) : elapsedInPart;
  const length = Math.max(view.part.durationMs - MINUTE, floor);
  if (length === view.part.durationMs) return state;
  return withLength(state, exercise, view.part.index, length, now);
}

/** Ends the current part now so the next one begins (the exercise gets shorter by what is skipped). */
export function nextPart(state: TimerState, exercise: TimerExercise, now: number): TimerState {
  const view = deriveTimer(state, exercise, now);
  if (view.status === 'idle' || view.status === 'finished' || view.overtime || !view.nextPart) return state;
  return withLength(state, exercise, view.part.index, view.elapsedMs - view.part.startMs, now);
}

// ─── Milestones ──────────────────────────────────────────────────────────────────────────────────

export type Milestone =
  | { kind: 'part'; index: number; label: string; instruction: string; durationMs: number; lateMs: number }
  | { kind: 'oneMinute'; lateMs: number }
  | { kind: 'timeUp'; lateMs: number };

/**
 * The announcements due between two successive views of the same timer: a part change, one minute
 * left, time is up. Each is due once, when it is crossed; re-deriving the same state announces
 * nothing. Pass `previous: null` for the first view after loading: nothing was crossed while this
 * page watched, so nothing is due. When several were crossed at once (a tab woke after an hour),
 * only the latest applies: time is up supersedes the rest. `lateMs` says how long ago it happened,
 * so a caller can skip the chime for stale news.
 */
export function milestonesBetween(previous: TimerView | null, next: TimerView): Milestone[] {
  if (!previous) return [];
  if (next.status === 'idle' || next.status === 'finished') return [];
  const fresh = previous.startedAt !== next.startedAt || previous.status === 'idle';
  const before = fresh
    ? { partIndex: 0, oneMinuteLeft: false, overtime: false }
    : {
        partIndex: previous.part.index,
        oneMinuteLeft: previous.oneMinuteLeft,
        overtime: previous.overtime,
      };
  if (next.overtime) return before.overtime ? [] : [{ kind: 'timeUp', lateMs: next.overtimeMs }];
  const due: Milestone[] = [];
  if (next.hasParts && next.part.index > before.partIndex) {
    due.push({
      kind: 'part',
      index: next.part.index,
      label: next.part.label,
      instruction: next.part.instruction,
      durationMs: next.part.durationMs,
      lateMs: next.elapsedMs - next.part.startMs,
    });
  }
  if (next.oneMinuteLeft && !before.oneMinuteLeft) {
    due.push({ kind: 'oneMinute', lateMs: Math.max(0, MINUTE - next.remainingMs) });
  }
  return due;
}

/** The sentence a screen reader hears for the milestones due at once. */
export function announcement(milestones: readonly Milestone[], partCount: number): string {
  return milestones
    .map((milestone) => {
      switch (milestone.kind) {
        case 'part':
          return `Part ${milestone.index + 1} of ${partCount}: ${milestone.label}, ${formatMinutes(milestone.durationMs)}. ${milestone.instruction}`;
        case 'oneMinute':
          return 'One minute left.';
        case 'timeUp':
          return 'Time is up.';
      }
    })
    .join(' ');
}

// ─── Agenda order ─────────────────────────────────────────────────────────────────────────────────

/** The exercise after `activeId` in agenda order; the first one when none is active; null after the last. */
export function nextExerciseId(order: readonly string[], activeId: string | null): string | null {
  if (activeId === null) return order[0] ?? null;
  const index = order.indexOf(activeId);
  if (index < 0) return order[0] ?? null;
  return order[index + 1] ?? null;
}

// ─── Formatting ──────────────────────────────────────────────────────────────────────────────────

/**
 * "mm:ss" for a countdown: rounded up, so it shows 10:00 at the start and 00:00 only at zero.
 * Overtime counts up and rounds down. Hours, if ever, stay in the minutes ("75:00").
 */
export function formatClock(ms: number, direction: 'down' | 'up' = 'down'): string {
  const seconds = direction === 'down' ? Math.ceil(Math.max(0, ms) / 1000) : Math.floor(Math.max(0, ms) / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What the big display shows: the countdown, or "+mm:ss" past zero. */
export function displayTime(view: TimerView): string {
  return view.overtime ? `+${formatClock(view.overtimeMs, 'up')}` : formatClock(view.remainingMs);
}

/** "5 minutes", "1 minute", "90 seconds" — for announcements and labels. */
export function formatMinutes(ms: number): string {
  if (ms % MINUTE !== 0) {
    const seconds = Math.round(ms / 1000);
    return seconds === 1 ? '1 second' : `${seconds} seconds`;
  }
  const minutes = ms / MINUTE;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** A spoken label for the current status, for the screen reader and the projector. */
export function statusLabel(view: TimerView): string {
  if (view.status === 'finished') return view.overtime ? 'Stopped after time was up' : 'Stopped';
  if (view.overtime) return view.status === 'paused' ? 'Overtime · paused' : 'Time is up · overtime';
  switch (view.status) {
    case 'idle':
      return 'Not started';
    case 'running':
      return 'Running';
    case 'paused':
      return 'Paused';
  }
}
