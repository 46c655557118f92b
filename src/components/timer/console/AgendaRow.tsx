import { displayTime, statusLabel, type TimerExercise, type TimerView } from '../../../lib/timer/timer';
import { formatActual, type ExerciseTiming } from '../../../lib/timer/agenda';
import { formatClockTime } from '../../../lib/timer/schedule';
import { setActiveExercise } from '../../../stores/timers';
import { TimerControls } from '../core/TimerControls';

interface Props {
  exercise: TimerExercise;
  view: TimerView;
  timing: ExerciseTiming | undefined;
  /** Planned start as "HH:MM". */
  planned: string;
  startedAt: number | null;
  /** On the projector now. */
  isActive: boolean;
}

const minutesOf = (ms: number) => Math.round(ms / 60_000);

/** One exercise on the console's agenda: planned and actual time, its timer and its controls. */
export function AgendaRow({ exercise, view, timing, planned, startedAt, isActive }: Props) {
  const started = startedAt === null ? null : new Date(startedAt);
  return (
    <tr
      class={isActive ? 'console-exercise is-active' : 'console-exercise'}
      aria-current={isActive ? 'true' : undefined}
      data-exercise-row={exercise.id}
    >
      <td class="console-time">
        <time data-planned>{planned}</time>
        {started && (
          <span class="console-muted" data-started>
            {' '}
            started <time>{formatClockTime(started.getHours() * 60 + started.getMinutes())}</time>
          </span>
        )}
      </td>
      <th scope="row">
        {exercise.title}
        {isActive && <span class="console-badge">On projector</span>}
        {exercise.parts && (
          <span class="console-parts">
            {exercise.parts.map((part) => `${part.label} (${part.minutes} min)`).join(' · ')}
          </span>
        )}
      </th>
      <td class="num">{exercise.minutes} min</td>
      <td class="num" data-actual>
        {formatActual(timing?.actualMs ?? null)}
        {timing && timing.actualMs !== null && minutesOf(timing.overrunMs) !== 0 && (
          <span class="console-muted">
            {' '}
            ({timing.overrunMs > 0 ? '+' : '−'}
            {Math.abs(minutesOf(timing.overrunMs))} min)
          </span>
        )}
      </td>
      <td class="console-timer" data-row-timer>
        <span class="console-clock">{displayTime(view)}</span> <span>{statusLabel(view)}</span>
        {view.hasParts && view.status !== 'idle' && (
          <span class="console-muted">
            {' '}
            · part {view.part.index + 1} of {view.partCount}
          </span>
        )}
      </td>
      <td>
        <div class="console-row-controls">
          <button
            type="button"
            class="toggle"
            aria-pressed={isActive ? 'true' : 'false'}
            onClick={() => setActiveExercise(isActive ? null : exercise.id)}
          >
            On projector<span class="visually-hidden">: {exercise.title}</span>
          </button>
          <TimerControls exercise={exercise} view={view} context={exercise.title} />
        </div>
      </td>
    </tr>
  );
}
