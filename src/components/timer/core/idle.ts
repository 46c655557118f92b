import { idleTimer, type TimerExercise } from '../../../lib/timer/timer';

/** A timer nobody has started: what an island shows for an exercise with no saved state. */
export const IDLE_TIMER = idleTimer();

/** No exercise: the console and the projector derive an idle view from it when none is current. */
export const NO_EXERCISE: TimerExercise = { id: '', title: '', minutes: 0, instruction: '' };
