import { useEffect, useState } from 'preact/hooks';
import type * as Y from 'yjs';
import type { TimerExercise } from '../../lib/timer/timer';
import { displayTime, statusLabel } from '../../lib/timer/timer';
import type { TimerActionKind } from '../../lib/timer/document';
import { pressTeamTimer, readTeamTimer, teamTimerLog } from '../../lib/timer/team-timer';
import { newId } from '../../lib/ids';
import { TimerControls, type TimerActions } from '../timer/core/TimerControls';
import { useTick } from '../timer/core/tick';
import { useMuted, useTimerFeedback } from '../timer/core/hooks';
import { primeAudioOnFirstGesture } from '../timer/core/chime';
import { toggleMuted } from '../../stores/timers';
import { LiveRegion } from '../ui/announcer';

interface Props {
  doc: Y.Doc;
  /** Add to this device's clock to get the live server's. */
  offsetMs: number;
  exercises: readonly TimerExercise[];
}

/**
 * The team's own copy of an exercise timer, shared by everyone in the room: when mentors go from
 * team to team, a team starts its session when its mentor sits down. The console sees it too.
 */
export default function TeamTimer({ doc, offsetMs, exercises }: Props) {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const log = teamTimerLog(doc);
    const changed = () => setVersion((version) => version + 1);
    log.observe(changed);
    return () => log.unobserve(changed);
  }, [doc]);
  const now = Date.now() + offsetMs;
  const { exercise, view } = readTeamTimer(doc, exercises, now);
  useTick(view.status === 'running');
  // Every device in the room chimes, like the exercise boxes, unless this device muted its timers.
  const muted = useMuted();
  const message = useTimerFeedback(view, true, `team:${exercise?.id ?? ''}`, muted);
  useEffect(primeAudioOnFirstGesture, []);
  if (!exercise) return null;

  const press = (kind: TimerActionKind) => (chosen: TimerExercise) =>
    pressTeamTimer(doc, kind, chosen, Date.now() + offsetMs, newId());
  const actions: TimerActions = {
    start: press('start'),
    pause: press('pause'),
    resume: press('resume'),
    removeMinute: press('removeMinute'),
    addMinute: press('addMinute'),
    nextPart: press('nextPart'),
    finish: press('finish'),
    reset: press('reset'),
  };
  const running = view.status === 'running' || view.status === 'paused';
  return (
    <section class="live-team-timer" aria-labelledby="live-team-timer-heading" data-team-timer>
      <h3 id="live-team-timer-heading">Your team’s timer</h3>
      <p class="live-help">
        For when your mentor arrives at a different time from the other teams’: everyone in the room sees the same
        timer, and so does the facilitator.
      </p>
      <label>
        Exercise{' '}
        <select
          value={exercise.id}
          disabled={running}
          onChange={(event) => {
            const chosen = exercises.find((candidate) => candidate.id === event.currentTarget.value);
            if (chosen) press('activate')(chosen);
          }}
        >
          {exercises.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title} ({candidate.minutes} min)
            </option>
          ))}
        </select>
      </label>
      {running && <span class="live-help"> (stop the timer to choose another)</span>}
      <p class="live-team-timer-clock">
        <span role="timer" data-team-timer-clock>
          {displayTime(view)}
        </span>{' '}
        <span data-team-timer-status>{statusLabel(view)}</span>
        {view.hasParts && view.status !== 'idle' && <span> · {view.part.label}</span>}
      </p>
      <TimerControls exercise={exercise} view={view} context="(your team’s timer)" actions={actions} />
      <button type="button" class="toggle timer-mute" aria-pressed={muted ? 'true' : 'false'} onClick={toggleMuted}>
        Mute chime
      </button>
      <LiveRegion message={message} />
    </section>
  );
}
