import type { AgendaEpisode, ExerciseTiming, PlannedBlock } from '../../../lib/timer/agenda';
import { formatClockTime } from '../../../lib/timer/format/clock-time';
import { formatDuration } from '../../../lib/timer/format/duration';
import type { TimerExercise, TimerView } from '../../../lib/timer/timer';
import { AgendaRow } from './AgendaRow';

interface Props {
  agenda: readonly AgendaEpisode[];
  plan: readonly PlannedBlock[];
  /** The start in minutes after midnight. */
  startMinutes: number;
  viewOf: (exercise: TimerExercise) => TimerView;
  startedAtOf: (id: string) => number | null;
  timingOf: (id: string) => ExerciseTiming | undefined;
  activeId: string | null;
}

/** The day's plan: each episode, its exercises with their timers, and its break, at planned clock times. */
export function AgendaTable({ agenda, plan, startMinutes, viewOf, startedAtOf, timingOf, activeId }: Props) {
  const clock = (offset: number) => formatClockTime(startMinutes + offset);
  return (
    <section class="console-agenda" aria-labelledby="console-agenda-heading">
      <h2 id="console-agenda-heading">Agenda</h2>
      <div class="table-scroll">
        <table class="console-table stacked-table">
          <caption class="visually-hidden">
            Episodes, exercises and breaks with planned and actual minutes and timer controls
          </caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Episode and exercise</th>
              <th scope="col" class="num">
                Planned
              </th>
              <th scope="col" class="num">
                Actual
              </th>
              <th scope="col">Timer</th>
              <th scope="col">Controls</th>
            </tr>
          </thead>
          {agenda.map((episode) => {
            const pause = plan.find((block) => block.kind === 'break' && block.episodeId === episode.id);
            // From the plan, which a remote day lengthens, rather than the episode's own offsets.
            const blocks = plan.filter((block) => block.episodeId === episode.id && block.kind !== 'break');
            const start = blocks[0]?.startOffset ?? episode.startOffset;
            const end = blocks.at(-1)?.endOffset ?? start;
            return (
              <tbody key={episode.id}>
                <tr class="console-episode">
                  <td class="console-time">
                    <time>{clock(start)}</time>–<time>{clock(end)}</time>
                  </td>
                  <th scope="row" colSpan={5}>
                    <a href={episode.href}>
                      {episode.order}. {episode.title}
                    </a>{' '}
                    <span class="console-muted">
                      ({formatDuration(end - start)}, of which {episode.teaching} min teaching)
                    </span>
                  </th>
                </tr>
                {episode.exercises.map((exercise) => (
                  <AgendaRow
                    key={exercise.id}
                    exercise={exercise}
                    view={viewOf(exercise)}
                    timing={timingOf(exercise.id)}
                    planned={clock(plan.find((block) => block.id === exercise.id)?.startOffset ?? start)}
                    startedAt={startedAtOf(exercise.id)}
                    isActive={exercise.id === activeId}
                  />
                ))}
                {pause && (
                  <tr class="console-break" data-break-row>
                    <td class="console-time">
                      <time>{clock(pause.startOffset)}</time>–<time>{clock(pause.endOffset)}</time>
                    </td>
                    <th scope="row" colSpan={5}>
                      {pause.title} <span class="console-muted">({formatDuration(pause.minutes)})</span>
                    </th>
                  </tr>
                )}
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}
