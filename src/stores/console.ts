import { currentExerciseId, nextExerciseToStart } from '../lib/timer/day';
import { withHoldingMessage } from '../lib/timer/message-to-room';
import * as rules from '../lib/timer/timer';
import type { TimerExercise } from '../lib/timer/timer';
import { activeAt, changeTimers } from './timers';

/**
 * The facilitator console's actions on the shared timers: the day's order and the projector's
 * holding screen. Apart from ./timers.ts so that an exercise page does not load them.
 */

/**
 * Stops the current exercise's timer (if it runs) and starts the next one that has never run, in
 * agenda order (see nextExerciseToStart). With the projector blank, the current exercise is the one
 * started last: blanking never sends the day back to the first exercise. Returns the id started, or
 * null after the last exercise.
 */
export function startNextExercise(agenda: readonly TimerExercise[], now = Date.now()): string | null {
  let started: string | null = null;
  changeTimers((current) => {
    const order = agenda.map((exercise) => exercise.id);
    const nextId = nextExerciseToStart(order, current.active.id, current.timers);
    if (nextId === null) return current;
    const timers = { ...current.timers };
    const currentId = currentExerciseId(order, current.active.id, current.timers);
    const currentState = currentId === null ? undefined : timers[currentId];
    if (currentId !== null && currentState) timers[currentId] = rules.finish(currentState, now);
    timers[nextId] = rules.start(timers[nextId] ?? rules.idleTimer(), now);
    started = nextId;
    return { ...current, active: { id: nextId, at: activeAt(current, now) }, timers };
  });
  return started;
}

/** Sets the message on the projector's holding screen ('' removes it). */
export function setHoldingMessage(text: string, now = Date.now()): void {
  changeTimers((current) => {
    const holding = withHoldingMessage(current.holding, text, now);
    return holding ? { ...current, holding } : current;
  });
}
