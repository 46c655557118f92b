import * as Y from 'yjs';
import { replayTimers, type TimerAction, type TimerActionKind } from './document';
import { deriveTimer, displayTime, idleTimer, statusLabel, type TimerExercise, type TimerView } from './timer';

/**
 * A team's own copy of an exercise timer, kept in the team's room: when mentors rotate between
 * teams, each team starts its mentoring session when its mentor arrives. The timer is a log of timer
 * actions in the team's document, replayed by the same rules as the workshop's timers, so two
 * members pressing at once both take effect. Only the exercise the team chose last is shown.
 */
export const TEAM_TIMER_LOG = 'timerActions';

export const teamTimerLog = (doc: Y.Doc) => doc.getArray<TimerAction>(TEAM_TIMER_LOG);

export interface TeamTimer {
  /** The exercise the team's timer is for (the default one until the team chose), null with none. */
  exercise: TimerExercise | null;
  /** Whether anyone in the team has used the timer yet. */
  used: boolean;
  view: TimerView;
}

const NONE: TimerExercise = { id: '', title: '', minutes: 1, instruction: '' };

/** The team's timer at `now` (epoch ms, the server's time when live). */
export function readTeamTimer(doc: Y.Doc, exercises: readonly TimerExercise[], now: number): TeamTimer {
  const log = teamTimerLog(doc).toArray();
  const timers = replayTimers(log);
  const exercise =
    exercises.find((candidate) => candidate.id === timers.active.id) ?? defaultTeamExercise(exercises) ?? null;
  const state = (exercise && timers.timers[exercise.id]) || idleTimer();
  return { exercise, used: log.length > 0, view: deriveTimer(state, exercise ?? NONE, now) };
}

/** The exercise a team's timer offers first: the longest one, the session that mentors rotate through. */
export function defaultTeamExercise(exercises: readonly TimerExercise[]): TimerExercise | null {
  return exercises.reduce<TimerExercise | null>((best, e) => (best && best.minutes >= e.minutes ? best : e), null);
}

/** Records one press on the team's timer (`id`: a new unique id). Choosing an exercise is `activate`. */
export function pressTeamTimer(
  doc: Y.Doc,
  kind: TimerActionKind,
  exercise: TimerExercise,
  now: number,
  id: string,
): void {
  const { title, minutes, instruction, parts } = exercise;
  const needsExercise = kind === 'addMinute' || kind === 'removeMinute' || kind === 'nextPart';
  const action: TimerAction = {
    id,
    k: kind,
    x: exercise.id,
    at: now,
    ...(needsExercise ? { e: { id: exercise.id, title, minutes, instruction, ...(parts ? { parts } : {}) } } : {}),
  };
  teamTimerLog(doc).push([action]);
}

/** One line for the console's list of the teams' timers. */
export function describeTeamTimer(timer: TeamTimer): string {
  const { exercise, view } = timer;
  if (!exercise || !timer.used) return 'Not used';
  if (view.status === 'idle') return `${exercise.title}: not started`;
  return `${exercise.title}: ${displayTime(view)} (${statusLabel(view)})`;
}

/** The team exercises the workspace page lists for the team's timer (its own markup, checked anyway). */
export function readTeamExercises(json: string | undefined): TimerExercise[] {
  try {
    const value: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(value) ? value.filter(isExercise) : [];
  } catch {
    return [];
  }
}

function isExercise(value: unknown): value is TimerExercise {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.title === 'string' && typeof e.minutes === 'number' && e.minutes > 0;
}
