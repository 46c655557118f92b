/** Workshop timing computed from the episodes' declared minutes: nothing here is typed twice. */

export interface TimedExercise {
  id: string;
  title: string;
  minutes: number;
  parts?: readonly { label: string; minutes: number }[] | undefined;
}

export interface TimedEpisode {
  id: string;
  title: string;
  order: number;
  teaching: number;
  exercises: number;
  exercise: readonly TimedExercise[];
}

export interface ScheduleRow {
  id: string;
  title: string;
  order: number;
  teaching: number;
  exercises: number;
  /** teaching + exercises */
  minutes: number;
  /** Minutes from the workshop's start to this episode's start. */
  startOffset: number;
  /** Minutes from the workshop's start to this episode's end (the running total). */
  runningTotal: number;
  exerciseList: readonly TimedExercise[];
}

export interface Schedule {
  rows: ScheduleRow[];
  teaching: number;
  exercises: number;
  total: number;
}

export function buildSchedule(episodes: readonly TimedEpisode[]): Schedule {
  const sorted = [...episodes].sort((a, b) => a.order - b.order);
  let elapsed = 0;
  const rows = sorted.map((episode) => {
    const minutes = episode.teaching + episode.exercises;
    const row: ScheduleRow = {
      id: episode.id,
      title: episode.title,
      order: episode.order,
      teaching: episode.teaching,
      exercises: episode.exercises,
      minutes,
      startOffset: elapsed,
      runningTotal: elapsed + minutes,
      exerciseList: episode.exercise,
    };
    elapsed += minutes;
    return row;
  });
  return {
    rows,
    teaching: rows.reduce((sum, row) => sum + row.teaching, 0),
    exercises: rows.reduce((sum, row) => sum + row.exercises, 0),
    total: elapsed,
  };
}

/** Parses "HH:MM" (24-hour) into minutes after midnight, or null when it is not a valid time. */
export function parseClockTime(value: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** Formats minutes after midnight as "HH:MM", wrapping past midnight. */
export function formatClockTime(minutesAfterMidnight: number): string {
  const wrapped = ((Math.round(minutesAfterMidnight) % 1440) + 1440) % 1440;
  const hours = Math.floor(wrapped / 60);
  const minutes = wrapped % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Clock time at which something starts `offset` minutes after a workshop starting at `start` ("HH:MM"). */
export function clockTimeAt(start: string, offset: number): string {
  const startMinutes = parseClockTime(start);
  if (startMinutes === null) throw new Error(`"${start}" is not a time of day (HH:MM)`);
  return formatClockTime(startMinutes + offset);
}

/** "1 h 45 min", "50 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
