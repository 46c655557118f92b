/**
 * Where the day is: which exercise the room is on, and which one "Start next exercise" starts.
 *
 * The projector's choice of exercise (`active`) is not enough: the facilitator blanks the projector
 * between exercises, and the day must not go back to the first exercise when it is blank. So when
 * nothing is on the projector, the exercise started last stands for where the day is.
 */
import { nextExerciseId, statusOf, type TimerState } from './timer';

type Timers = Readonly<Record<string, TimerState | undefined>>;

/** The exercise the room is on: the one on the projector, else the one started last; null before any. */
export function currentExerciseId(order: readonly string[], activeId: string | null, timers: Timers): string | null {
  if (activeId !== null && order.includes(activeId)) return activeId;
  let latest: { id: string; at: number } | null = null;
  for (const id of order) {
    const startedAt = timers[id]?.startedAt ?? null;
    if (startedAt !== null && (latest === null || startedAt >= latest.at)) latest = { id, at: startedAt };
  }
  return latest?.id ?? null;
}

/**
 * The exercise "Start next exercise" starts: the first after the current one in agenda order whose
 * timer has never run. One that already ran keeps its recorded time, so it is never restarted from
 * here (its own Restart button does that); null after the last.
 */
export function nextExerciseToStart(order: readonly string[], activeId: string | null, timers: Timers): string | null {
  let id = nextExerciseId(order, currentExerciseId(order, activeId, timers));
  while (id !== null) {
    const state = timers[id];
    if (!state || statusOf(state) === 'idle') return id;
    id = nextExerciseId(order, id);
  }
  return null;
}
