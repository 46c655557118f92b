import type { ComponentChildren } from 'preact';
import type { AgendaEpisode } from '../../../lib/timer/agenda';
import type { TimerExercise, TimerView } from '../../../lib/timer/timer';
import { LiveRegion } from '../../ui/announcer';
import { PartBlock } from '../common/PartBlock';
import { TimerControls, TimerFace } from '../core/TimerControls';

interface Props {
  /** The exercise the room is on (on the projector, or started last); null before the first. */
  exercise: TimerExercise | null;
  view: TimerView;
  episode: AgendaEpisode | undefined;
  /** Whether the exercise is on the projector (otherwise the projector shows the holding screen). */
  onProjector: boolean;
  /** Milestone announcements of the current timer. */
  message: string;
  /** The actions under the panel: start next, projector link, mute. */
  children: ComponentChildren;
}

/** The exercise the room is on: its timer, its part and its controls. */
export function NowPanel({ exercise, view, episode, onProjector, message, children }: Props) {
  const classes = [
    'panel console-now',
    `timer--${view.status}`,
    exercise && view.overtime ? 'timer--overtime' : '',
    exercise && view.oneMinuteLeft ? 'timer--last-minute' : '',
  ];
  return (
    <section class={classes.filter(Boolean).join(' ')} aria-labelledby="console-now-heading" data-console-now>
      <h2 id="console-now-heading">Now</h2>
      {exercise ? (
        <div class="console-active" data-active-exercise={exercise.id}>
          <p class="console-active-title">
            {episode ? <a href={`${episode.href}#${exercise.id}`}>{exercise.title}</a> : exercise.title}
            {episode && <span class="console-muted"> · episode {episode.order}</span>}
          </p>
          {!onProjector && (
            <p class="console-blank" data-console-blank>
              Not on the projector: the room sees the holding screen.
            </p>
          )}
          <TimerFace view={view} kind="console" />
          <PartBlock view={view} />
          <TimerControls exercise={exercise} view={view} />
        </div>
      ) : (
        <p data-console-idle>No exercise has started yet. Start the first one when the group is ready.</p>
      )}
      <div class="console-actions">{children}</div>
      <LiveRegion message={message} />
    </section>
  );
}
