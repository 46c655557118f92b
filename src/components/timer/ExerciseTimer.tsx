import { useEffect } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { deriveTimer, type TimerExercise } from '../../lib/timer/timer';
import { addMinute, removeMinute, resetTimer, timerNow, toggleMuted, toggleTimer } from '../../stores/timers';
import { LiveRegion } from '../ui/announcer';
import { useMuted, useTimerFeedback, useTimers, useWakeLock } from './core/hooks';
import { useTick } from './core/tick';
import { IDLE_TIMER } from './core/idle';
import { TimerControls, TimerFace } from './core/TimerControls';
import { PartBlock } from './common/PartBlock';
import { primeAudio, primeAudioOnFirstGesture } from './core/chime';

interface Props {
  /** The exercise's timing data from its episode's frontmatter (see toTimerExercise). */
  exercise: TimerExercise;
}

/** The timer in an exercise box: countdown, parts, controls, shortcuts, announcements. */
export default function ExerciseTimer({ exercise }: Props) {
  const timers = useTimers();
  const muted = useMuted();
  const ready = timers !== null;
  const state = timers?.timers[exercise.id] ?? IDLE_TIMER;
  // Before hydration every timer is idle, and an idle view does not depend on the time.
  const view = deriveTimer(state, exercise, ready ? timerNow() : 0);
  useTick(view.status === 'running');
  useWakeLock(view.status === 'running');
  const message = useTimerFeedback(view, ready, exercise.id, muted);
  useEffect(primeAudioOnFirstGesture, []);

  const id = `timer-${exercise.id}`;
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    // Space and Enter keep their usual meaning on the buttons inside.
    const onControl = target !== event.currentTarget && target.closest('button, a, input, select, textarea') !== null;
    switch (event.key) {
      case ' ':
        if (onControl) return;
        primeAudio();
        toggleTimer(exercise);
        break;
      case 'r':
      case 'R':
        resetTimer(exercise);
        break;
      case '+':
      case '=':
        addMinute(exercise);
        break;
      case '-':
      case '−':
        removeMinute(exercise);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const classes = [
    'timer',
    `timer--${view.status}`,
    view.overtime ? 'timer--overtime' : '',
    view.oneMinuteLeft ? 'timer--last-minute' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <div
        class={classes}
        role="group"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-keys`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-timer={exercise.id}
        data-ready={ready ? 'true' : undefined}
      >
        <p id={`${id}-label`} class="timer-label">
          Timer <span class="visually-hidden">for {exercise.title}</span>
        </p>
        <TimerFace view={view} kind="timer" />
        <PartBlock view={view} />
        <TimerControls exercise={exercise} view={view} />
        <div class="timer-footer">
          <button type="button" class="toggle timer-mute" aria-pressed={muted ? 'true' : 'false'} onClick={toggleMuted}>
            Mute chime
          </button>
          <p id={`${id}-keys`} class="timer-keys">
            With the timer focused: <kbd>Space</kbd> start or pause, <kbd>R</kbd> reset, <kbd>+</kbd> and <kbd>−</kbd>{' '}
            add or remove a minute.
          </p>
        </div>
        <LiveRegion message={message} />
      </div>
    </>
  );
}
