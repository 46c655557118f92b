import { timerNow } from '../../stores/timers';
import { useEffect, useMemo } from 'preact/hooks';
import { deriveTimer, displayTime, statusLabel, type TimerExercise } from '../../lib/timer/timer';
import type { PlannedBlock } from '../../lib/timer/agenda';
import { comingUp } from '../../lib/timer/coming-up';
import { countdownFor, countdownSearch } from '../../lib/timer/countdown';
import { currentExerciseId } from '../../lib/timer/day';
import { dayStartAt, lateMinutes, lateness } from '../../lib/timer/lateness';
import { remotePlan } from '../../lib/timer/remote';
import { parseClockTime } from '../../lib/timer/format/clock-time';
import { formatMinutes } from '../../lib/timer/format/duration';
import { LiveRegion } from '../ui/announcer';
import { useMuted, useFollowLinks, useTimerFeedback, useTimers, useWakeLock } from './core/hooks';
import { useTick } from './core/tick';
import { IDLE_TIMER, NO_EXERCISE } from './core/idle';
import { useStartTime } from './common/start-time';
import { useRemoteDay } from './common/remote-day';
import { primeAudio, primeAudioOnFirstGesture } from './core/chime';
import { useFullscreen } from './projector/fullscreen';
import { HoldingScreen } from './projector/HoldingScreen';
import '../../styles/projector.css';

export interface ProjectorExercise extends TimerExercise {
  /** The episode the exercise belongs to, shown above its title. */
  episodeTitle: string;
}

interface Props {
  /** Every exercise of the workshop; the one the console put on the projector is shown. */
  exercises: ProjectorExercise[];
  /** The day's plan, for what comes next and when. */
  plan: PlannedBlock[];
  /** Where a remote or hybrid day has its transitions, for the plan when this browser chose one. */
  remoteTransitions: number[];
  defaultStart: string;
  /** The participant countdown and the schedule pages (with Astro's base). */
  countdownHref: string;
  scheduleHref: string;
}

/**
 * The projector: the exercise on it, readable from the back of the room, or between exercises the
 * holding screen. It follows the console through the timers store and only ever reads it: nothing
 * here starts, stops or resets a timer.
 */
export default function ProjectorView({
  exercises,
  plan: inPerson,
  remoteTransitions,
  defaultStart,
  countdownHref,
  scheduleHref,
}: Props) {
  const timers = useTimers();
  const muted = useMuted();
  const ready = timers !== null;
  // Live, the room's plan as the console set it: this device's own saved choice may be another.
  const following = useFollowLinks();
  const roomPlan = following ? (timers?.plan ?? null) : null;
  const [start] = useStartTime(defaultStart, roomPlan);
  const [remote] = useRemoteDay(roomPlan);
  const plan = useMemo(
    () => (remote ? remotePlan(inPerson, remoteTransitions) : inPerson),
    [inPerson, remote, remoteTransitions],
  );
  const now = ready ? timerNow() : 0;
  const states = timers?.timers ?? {};
  const active = exercises.find((exercise) => exercise.id === timers?.active.id) ?? null;
  const view = deriveTimer((active && states[active.id]) || IDLE_TIMER, active ?? NO_EXERCISE, now);
  const holding = ready && (active === null || view.status === 'finished');
  useTick(view.status === 'running' || holding, holding ? 1000 : 250);
  useWakeLock(holding || view.status === 'running' || view.status === 'paused');
  const message = useTimerFeedback(view, ready && active !== null, active?.id ?? '', muted);
  const fullscreen = useFullscreen();
  useEffect(primeAudioOnFirstGesture, []);

  const order = exercises.map((exercise) => exercise.id);
  const currentId = currentExerciseId(order, timers?.active.id ?? null, states);
  const current = exercises.find((exercise) => exercise.id === currentId);
  const startMinutes = parseClockTime(start) ?? parseClockTime(defaultStart) ?? 0;
  const late = ready ? lateMinutes(lateness(plan, exercises, states, dayStartAt(now, startMinutes), now)) : 0;
  const link = holding && current ? countdownFor(current, states[current.id] ?? IDLE_TIMER, now) : null;
  const base = typeof window === 'undefined' ? 'http://localhost/' : window.location.href;
  // Live, the phones open this view itself and follow every change; otherwise a link that carries the end time.
  const phoneLink = following?.phones ?? null;
  const qrLink = phoneLink ?? new URL(link ? countdownHref + countdownSearch(link) : scheduleHref, base).href;

  const classes = ['projector', `timer--${view.status}`, active && !holding && view.overtime ? 'timer--overtime' : ''];
  return (
    <div class={classes.filter(Boolean).join(' ')} data-projector data-ready={ready ? 'true' : undefined}>
      <div class="projector-bar">
        <p class="projector-episode">{active && !holding ? active.episodeTitle : 'Scrum team mentoring workshop'}</p>
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
      {active && !holding ? (
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
      ) : holding ? (
        <HoldingScreen
          message={timers.holding.message}
          coming={comingUp(plan, currentId, startMinutes, late)}
          now={now}
          qrLink={qrLink}
          qrLabel={
            phoneLink
              ? 'this screen on your phone: it follows every timer live'
              : link && current
                ? `the countdown of ${current.title} on your phone`
                : "today's schedule on your phone"
          }
        />
      ) : (
        <>
          <h1 class="projector-title">Waiting for the next exercise</h1>
          <p class="projector-instruction">Loading the timers saved in this browser…</p>
        </>
      )}
      <LiveRegion message={message} />
    </div>
  );
}
