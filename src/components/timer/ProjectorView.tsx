import { timerNow } from '../../stores/timers';
import { useEffect, useState } from 'preact/hooks';
import {
  deriveTimer,
  displayTime,
  formatMinutes,
  idleTimer,
  statusLabel,
  type TimerExercise,
} from '../../lib/timer/timer';
import { LiveRegion } from '../ui/announcer';
import { useMuted, useTimerFeedback, useTimers, useWakeLock } from './common/hooks';
import { useTick } from './common/tick';
import { primeAudio, primeAudioOnFirstGesture } from './common/chime';
import '../../styles/projector.css';

export interface ProjectorExercise extends TimerExercise {
  /** The episode the exercise belongs to, shown above its title. */
  episodeTitle: string;
}

interface Props {
  /** Every exercise of the workshop; the one the console made active is shown. */
  exercises: ProjectorExercise[];
}

const IDLE = idleTimer();
const NOTHING: TimerExercise = { id: '', title: '', minutes: 0, instruction: '' };

/**
 * The projector (issue 4): the active exercise's title, part, instruction and a countdown readable
 * from the back of the room. It follows the console through the timers store (storage event and
 * BroadcastChannel) and reloads into the same state from localStorage.
 */
export default function ProjectorView({ exercises }: Props) {
  const timers = useTimers();
  const muted = useMuted();
  const ready = timers !== null;
  const active = exercises.find((exercise) => exercise.id === timers?.active.id) ?? null;
  const state = (active && timers?.timers[active.id]) || IDLE;
  const view = deriveTimer(state, active ?? NOTHING, ready ? timerNow() : 0);
  useTick(view.status === 'running');
  useWakeLock(view.status === 'running' || view.status === 'paused');
  const message = useTimerFeedback(view, ready && active !== null, active?.id ?? '', muted);
  const fullscreen = useFullscreen();
  useEffect(primeAudioOnFirstGesture, []);

  const classes = ['projector', `timer--${view.status}`, active && view.overtime ? 'timer--overtime' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={classes} data-projector data-ready={ready ? 'true' : undefined}>
      <div class="projector-bar">
        <p class="projector-episode">{active ? active.episodeTitle : 'Scrum team mentoring workshop'}</p>
        <button
          type="button"
          class="toggle projector-fullscreen"
          aria-pressed={fullscreen.on ? 'true' : 'false'}
          hidden={!fullscreen.available}
          onClick={() => {
            primeAudio();
            fullscreen.toggle();
          }}
        >
          Full screen
        </button>
      </div>
      {active ? (
        <>
          <h1 class="projector-title" data-projector-title>
            {active.title}
          </h1>
          {view.hasParts && (
            <p class="projector-part" data-projector-part>
              Part {view.part.index + 1} of {view.partCount}: {view.part.label}
            </p>
          )}
          <p class="projector-clock" role="timer" data-projector-clock>
            {displayTime(view)}
          </p>
          <p class="projector-status" data-projector-status>
            {statusLabel(view)}
          </p>
          <svg class="projector-progress" viewBox="0 0 1000 12" preserveAspectRatio="none" aria-hidden="true">
            <rect class="projector-progress-track" width="1000" height="12" />
            <rect class="projector-progress-fill" width={Math.round(1000 * (1 - view.progress))} height="12" />
          </svg>
          <p class="projector-instruction">{view.part.instruction}</p>
          {view.nextPart && !view.overtime && (
            <p class="projector-next">
              Next: {view.nextPart.label} ({formatMinutes(view.nextPart.durationMs)})
            </p>
          )}
        </>
      ) : (
        <>
          <h1 class="projector-title">Waiting for the next exercise</h1>
          <p class="projector-instruction">
            {ready
              ? 'Start an exercise on the facilitator console and it appears here.'
              : 'Loading the timers saved in this browser…'}
          </p>
        </>
      )}
      <LiveRegion message={message} />
    </div>
  );
}

/** Whether the Fullscreen API is available and on, and a toggle for it. */
function useFullscreen(): { available: boolean; on: boolean; toggle: () => void } {
  const [available, setAvailable] = useState(false);
  const [on, setOn] = useState(false);
  useEffect(() => {
    setAvailable(document.fullscreenEnabled);
    const update = () => setOn(document.fullscreenElement !== null);
    update();
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggle = () => {
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    request.catch(() => undefined);
  };
  return { available, on, toggle };
}
