/**
 * How far ahead or behind the plan the day is, from the plan (start time, teaching, exercises,
 * breaks) and the exercise timers.
 *
 * The day's position is the exercise started last. While it runs, the day is as late as its
 * projected end is after its planned end (a late start, a pause and added minutes all count; time
 * still left does not). Once it is stopped, the next exercise can start after the teaching and
 * breaks planned in between, but not before now: the lateness is how far that projected start is
 * from its planned one. Before the first exercise, the day is late only once the first exercise's
 * planned start has passed, and not at all once the whole day's plan is over: nothing has run, so
 * the plan is for another day (a facilitator trying the console the evening before). Time comes in
 * as an argument; nothing here reads the clock.
 */
import type { PlannedBlock } from './agenda';
import { deriveTimer, statusOf, type TimerExercise, type TimerState } from './timer';

const MINUTE = 60_000;
/** Timers started this long before the planned start belong to another day (a rehearsal). */
const ANOTHER_DAY_MS = 12 * 60 * MINUTE;

export interface Lateness {
  /** Positive: behind the plan; negative: ahead of it. */
  lateMs: number;
  /** The exercise the estimate is based on; null before the first starts. */
  basedOn: string | null;
}

/**
 * `dayStart` is the epoch time of the planned start; `plan` the day's blocks in order, with their
 * offsets in minutes from the start; `exercises` the timer data of the plan's exercises.
 */
export function lateness(
  plan: readonly PlannedBlock[],
  exercises: readonly TimerExercise[],
  timers: Readonly<Record<string, TimerState | undefined>>,
  dayStart: number,
  now: number,
): Lateness {
  const at = (offsetMinutes: number) => dayStart + offsetMinutes * MINUTE;
  const planned = plan.filter((block) => block.kind === 'exercise');
  let index = -1;
  let latestStart = -Infinity;
  planned.forEach((block, i) => {
    const startedAt = timers[block.id]?.startedAt ?? null;
    if (startedAt !== null && startedAt >= dayStart - ANOTHER_DAY_MS && startedAt >= latestStart) {
      latestStart = startedAt;
      index = i;
    }
  });

  if (index < 0) {
    const first = planned[0];
    const dayOver = now > at(plan.at(-1)?.endOffset ?? 0);
    return { lateMs: first && !dayOver ? Math.max(0, now - at(first.startOffset)) : 0, basedOn: null };
  }
  const block = planned[index]!;
  const state = timers[block.id]!;
  const exercise = exercises.find((candidate) => candidate.id === block.id);
  if (statusOf(state) !== 'finished') {
    const remainingMs = exercise ? deriveTimer(state, exercise, now).remainingMs : 0;
    return { lateMs: now + remainingMs - at(block.endOffset), basedOn: block.id };
  }
  // Stopped: the teaching and breaks planned before the next exercise (or the end) follow it.
  const nextStart = planned[index + 1]?.startOffset ?? plan.at(-1)?.endOffset ?? block.endOffset;
  const gapMs = (nextStart - block.endOffset) * MINUTE;
  const projected = Math.max((state.finishedAt ?? now) + gapMs, now);
  return { lateMs: projected - at(nextStart), basedOn: block.id };
}

/** The epoch time of `minutesAfterMidnight` (local time) on the day of `now`. */
export function dayStartAt(now: number, minutesAfterMidnight: number): number {
  const day = new Date(now);
  day.setHours(Math.floor(minutesAfterMidnight / 60), minutesAfterMidnight % 60, 0, 0);
  return day.getTime();
}

/** Whole minutes of lateness, as the console and the projector show them. */
export function lateMinutes(late: Lateness): number {
  return Math.round(late.lateMs / MINUTE);
}
