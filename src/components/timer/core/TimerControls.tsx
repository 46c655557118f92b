import type { ComponentChildren } from 'preact';
import { displayTime, statusLabel, type TimerExercise, type TimerView } from '../../../lib/timer/timer';
import {
  addMinute,
  finishTimer,
  nextPart,
  pauseTimer,
  removeMinute,
  resetTimer,
  resumeTimer,
  startTimer,
} from '../../../stores/timers';
import { primeAudio } from './chime';

type Action = (exercise: TimerExercise) => void;

/** What each control does: the workshop's timers by default, or another timer's (a team's own copy). */
export interface TimerActions {
  start: Action;
  pause: Action;
  resume: Action;
  removeMinute: Action;
  addMinute: Action;
  nextPart: Action;
  finish: Action;
  reset: Action;
}

const WORKSHOP_TIMERS: TimerActions = {
  start: startTimer,
  pause: pauseTimer,
  resume: resumeTimer,
  removeMinute,
  addMinute,
  nextPart,
  finish: finishTimer,
  reset: resetTimer,
};

interface Props {
  exercise: TimerExercise;
  view: TimerView;
  /** Hidden words after each label that name the exercise, where several timers share a page. */
  context?: string | undefined;
  actions?: TimerActions;
}

/**
 * Start/Pause/Resume, −1 min, +1 min, Next part, Stop and Reset, in that tab order. A control that
 * does not apply is marked aria-disabled rather than disabled, so it keeps focus after being used
 * (Stop would otherwise drop focus to the page).
 */
export function TimerControls({ exercise, view, context, actions = WORKSHOP_TIMERS }: Props) {
  const { status } = view;
  const hidden = (words: string) => <span class="visually-hidden">{words}</span>;
  const about = context ? ` ${context}` : '';
  const button = (label: ComponentChildren, action: Action, enabled: boolean, className = '') => (
    <button
      type="button"
      class={className || undefined}
      aria-disabled={enabled ? undefined : 'true'}
      onClick={(event) => {
        // Start and Pause share a button: the second click of a double click would pause again.
        if (!enabled || (className.includes('timer-primary') && event.detail > 1)) return;
        primeAudio();
        action(exercise);
      }}
    >
      {label}
    </button>
  );
  const [primaryLabel, primaryAction]: [string, Action] =
    status === 'running'
      ? ['Pause', actions.pause]
      : status === 'paused'
        ? ['Resume', actions.resume]
        : status === 'finished'
          ? ['Restart', actions.start]
          : ['Start', actions.start];
  const adjustable = status !== 'finished';
  return (
    <div class="timer-controls">
      {button(
        <>
          {primaryLabel}
          {context && hidden(about)}
        </>,
        primaryAction,
        true,
        'primary timer-primary',
      )}
      {button(
        <>−1 min{hidden(` (remove a minute${about ? ` from${about}` : ''})`)}</>,
        actions.removeMinute,
        adjustable && !view.overtime,
      )}
      {button(<>+1 min{hidden(` (add a minute${about ? ` to${about}` : ''})`)}</>, actions.addMinute, adjustable)}
      {view.hasParts &&
        button(
          <>Next part{context && hidden(about)}</>,
          actions.nextPart,
          (status === 'running' || status === 'paused') && !view.overtime && view.nextPart !== null,
        )}
      {button(<>Stop{context && hidden(about)}</>, actions.finish, status === 'running' || status === 'paused')}
      {button(<>Reset{context && hidden(about)}</>, actions.reset, status !== 'idle')}
    </div>
  );
}

/** The ring, the time left and the status. `kind` names the data attributes that tests and styles use. */
export function TimerFace({ view, kind }: { view: TimerView; kind: 'timer' | 'console' }) {
  return (
    <div class="timer-face">
      <TimerRing progress={view.progress} />
      <div class="timer-readout">
        <p class="timer-clock" role="timer" {...{ [`data-${kind}-clock`]: true }}>
          {displayTime(view)}
        </p>
        <p class="timer-status" {...{ [`data-${kind}-status`]: true }}>
          {statusLabel(view)}
        </p>
      </div>
    </div>
  );
}

/** A ring that empties as time passes; decorative (the time is in text beside it). */
function TimerRing({ progress }: { progress: number }) {
  const left = Math.round(1000 * (1 - Math.min(1, Math.max(0, progress))));
  return (
    <svg class="timer-ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
      <circle class="timer-ring-track" cx="60" cy="60" r="54" />
      <circle
        class="timer-ring-fill"
        cx="60"
        cy="60"
        r="54"
        pathLength={1000}
        stroke-dasharray="1000"
        stroke-dashoffset={1000 - left}
        transform="rotate(-90 60 60)"
      />
    </svg>
  );
}
