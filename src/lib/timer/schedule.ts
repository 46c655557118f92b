/**
 * Workshop timing computed from the episodes' declared minutes: nothing here is typed twice.
 * Breaks are declared in the content too (an episode's `breakAfter`) and count in every offset.
 */
import type { TimerExercise } from './timer';

/** What the schedule needs of an exercise: the timer's exercise (lib/timer/timer.ts) without its instruction. */
export type TimedExercise = Pick<TimerExercise, 'id' | 'title' | 'minutes' | 'parts'>;

export interface TimedBreak {
  title: string;
  minutes: number;
}

export interface TimedEpisode {
  id: string;
  title: string;
  order: number;
  teaching: number;
  exercises: number;
  exercise: readonly TimedExercise[];
  /** A pause between this episode and the next. */
  breakAfter?: TimedBreak | undefined;
}

export interface ScheduledBreak extends TimedBreak {
  /** Minutes from the workshop's start to the start and the end of the pause. */
  startOffset: number;
  endOffset: number;
}

export interface ScheduleRow {
  id: string;
  title: string;
  order: number;
  teaching: number;
  exercises: number;
  /** teaching + exercises */
  minutes: number;
  /** Minutes from the workshop's start to this episode's start (earlier breaks included). */
  startOffset: number;
  /** Minutes from the workshop's start to this episode's end (the running total, earlier breaks included). */
  runningTotal: number;
  exerciseList: readonly TimedExercise[];
  /** The pause that follows this episode, placed on the clock. */
  breakAfter?: ScheduledBreak | undefined;
}

export interface Schedule {
  rows: ScheduleRow[];
  teaching: number;
  exercises: number;
  /** Minutes of breaks and pauses. */
  breaks: number;
  /** The whole day: teaching, exercises and breaks. */
  total: number;
}

export function buildSchedule(episodes: readonly TimedEpisode[]): Schedule {
  const sorted = [...episodes].sort((a, b) => a.order - b.order);
  let elapsed = 0;
  const rows = sorted.map((episode) => {
    const minutes = episode.teaching + episode.exercises;
    const end = elapsed + minutes;
    const row: ScheduleRow = {
      id: episode.id,
      title: episode.title,
      order: episode.order,
      teaching: episode.teaching,
      exercises: episode.exercises,
      minutes,
      startOffset: elapsed,
      runningTotal: end,
      exerciseList: episode.exercise,
    };
    elapsed = end;
    if (episode.breakAfter) {
      const { title, minutes: pause } = episode.breakAfter;
      row.breakAfter = { title, minutes: pause, startOffset: end, endOffset: end + pause };
      elapsed += pause;
    }
    return row;
  });
  return {
    rows,
    teaching: rows.reduce((sum, row) => sum + row.teaching, 0),
    exercises: rows.reduce((sum, row) => sum + row.exercises, 0),
    breaks: rows.reduce((sum, row) => sum + (row.breakAfter?.minutes ?? 0), 0),
    total: elapsed,
  };
}

export type DayBlockKind = 'teaching' | 'exercise' | 'break';

/** One stretch of the day with its planned minutes, for the schedule, the console and the projector. */
export interface DayBlock {
  kind: DayBlockKind;
  /** The episode the block belongs to (for a break, the episode it follows). */
  episodeId: string;
  /** The exercise's id, for an exercise block. */
  exerciseId?: string;
  /** The episode's title for teaching, the exercise's for an exercise, the break's for a break. */
  title: string;
  minutes: number;
  /** Minutes from the workshop's start. */
  startOffset: number;
  endOffset: number;
}

/**
 * The day as a list of blocks in order: each episode's teaching, then its exercises in the order
 * they are declared, then the break that follows it. The content does not say where inside an
 * episode the teaching falls, so its teaching is one block before its exercises: episode and break
 * boundaries are exact, the places of exercises inside an episode are planned approximations.
 * Episodes without teaching minutes get no teaching block.
 */
export function dayBlocks(episodes: readonly TimedEpisode[]): DayBlock[] {
  const schedule = buildSchedule(episodes);
  const byId = new Map(episodes.map((episode) => [episode.id, episode]));
  const blocks: DayBlock[] = [];
  for (const row of schedule.rows) {
    let offset = row.startOffset;
    const push = (block: Omit<DayBlock, 'startOffset' | 'endOffset' | 'episodeId'>) => {
      blocks.push({ ...block, episodeId: row.id, startOffset: offset, endOffset: offset + block.minutes });
      offset += block.minutes;
    };
    if (row.teaching > 0) push({ kind: 'teaching', title: row.title, minutes: row.teaching });
    for (const exercise of byId.get(row.id)?.exercise ?? [])
      push({ kind: 'exercise', exerciseId: exercise.id, title: exercise.title, minutes: exercise.minutes });
    if (row.breakAfter) push({ kind: 'break', title: row.breakAfter.title, minutes: row.breakAfter.minutes });
  }
  return blocks;
}
