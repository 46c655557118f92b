import { startNextActions } from '../lib/timer/document';
import { withHoldingMessage } from '../lib/timer/message-to-room';
import type { TimerExercise } from '../lib/timer/timer';
import { newId } from '../lib/ids';
import { $timers, recordTimerActions, timerNow } from './timers';

/**
 * The facilitator console's actions on the shared timers: the day's order and the projector's
 * holding screen. Apart from ./timers.ts so that an exercise page does not load them.
 */

/**
 * Stops the current exercise's timer (if it runs) and starts the next one that has never run, in
 * agenda order; with the projector blank, the current exercise is the one started last, so blanking
 * never sends the day back to the first exercise. Returns the id started, or null after the last.
 */
export function startNextExercise(agenda: readonly TimerExercise[], now = timerNow()): string | null {
  const base = newId();
  const actions = startNextActions(agenda, $timers.get(), now, (index) => `${base}:${index}`);
  recordTimerActions(actions);
  return actions.at(-1)?.x ?? null;
}

/** Sets the message on the projector's holding screen ('' removes it). */
export function setHoldingMessage(text: string, now = timerNow()): void {
  const holding = withHoldingMessage($timers.get().holding, text, now);
  if (holding) recordTimerActions([{ id: newId(), k: 'holding', x: null, at: holding.at, m: holding.message }]);
}
