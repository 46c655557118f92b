/**
 * Planned against actual minutes for the facilitator console: how long each exercise
 * took on the wall clock (pauses included, because the room waited through them too) and how far
 * the session has drifted from its plan.
 */
import {
  deriveTimer,
  idleTimer,
  toTimerExercise,
  type TimerExercise,
  type TimerState,
  type TimerStatus,
} from './timer';

const MINUTE = 60_000;

export interface ExerciseTiming {
  id: string;
  status: TimerStatus;
  /** The declared length. */
  plannedMs: number;
  /** Wall-clock time since the start (to the finish once stopped); null before it starts. */
  actualMs: number | null;
  /** How much this exercise has pushed the session back (negative: it gave time back). */
  overrunMs: number;
}

export interface SessionTiming {
  exercises: ExerciseTiming[];
  /** Sum of the overruns: positive means the session runs late. */
  overrunMs: number;
}

/**
 * A stopped exercise counts what it took against its plan, either way. One still running or
 * paused counts only once it has gone past its plan: until then it may still end on time.
 */
export function sessionTiming(
  exercises: readonly TimerExercise[],
  timers: Readonly<Record<string, TimerState>>,
  now: number,
): SessionTiming {
  const rows = exercises.map((exercise): ExerciseTiming => {
    const state = timers[exercise.id] ?? idleTimer();
    const view = deriveTimer(state, exercise, now);
    const plannedMs = exercise.minutes * MINUTE;
    if (view.status === 'idle')
      return { id: exercise.id, status: view.status, plannedMs, actualMs: null, overrunMs: 0 };
    const actualMs = view.wallMs;
    const overrunMs = view.status === 'finished' ? actualMs - plannedMs : Math.max(0, actualMs - plannedMs);
    return { id: exercise.id, status: view.status, plannedMs, actualMs, overrunMs };
  });
  return { exercises: rows, overrunMs: rows.reduce((sum, row) => sum + row.overrunMs, 0) };
}

/** "Running 4 min late", "2 min ahead of plan", "On time" (to the nearest minute). */
export function describeOverrun(overrunMs: number): string {
  const minutes = Math.round(overrunMs / MINUTE);
  if (minutes === 0) return 'On time';
  return minutes > 0 ? `Running ${minutes} min late` : `${-minutes} min ahead of plan`;
}

/** "12:05" style minutes and seconds for an actual duration, "—" when there is none. */
export function formatActual(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** One episode on the console's agenda, with its exercises' timing data (props of the console island). */
export interface AgendaEpisode {
  id: string;
  order: number;
  title: string;
  /** Minutes of teaching and discussion outside the exercises. */
  teaching: number;
  /** Minutes from the workshop's start to this episode's start and end. */
  startOffset: number;
  endOffset: number;
  /** The episode page (with Astro's base). */
  href: string;
  exercises: TimerExercise[];
  /** A pause after the episode (a break, or mentors taking their seats). */
  breakAfter?: { title: string; minutes: number } | undefined;
}

/** One block of the day's plan, with its place in minutes from the workshop's start. */
export type PlannedBlock = (
  | { kind: 'teaching'; id: string; title: string }
  | { kind: 'exercise'; id: string; title: string }
  | { kind: 'break'; id: string; title: string }
) & {
  /** The episode the block belongs to (a break: the episode it follows). */
  episodeId: string;
  minutes: number;
  startOffset: number;
  endOffset: number;
};

/**
 * The day as blocks in order: each episode's teaching first, then its exercises, then its break if
 * it declares one. Every clock time on the console and the projector is counted from these.
 */
export function plannedBlocks(
  agenda: readonly Pick<AgendaEpisode, 'id' | 'title' | 'teaching' | 'exercises' | 'breakAfter'>[],
): PlannedBlock[] {
  const blocks: PlannedBlock[] = [];
  let offset = 0;
  const add = (kind: PlannedBlock['kind'], id: string, title: string, minutes: number, episodeId: string) => {
    if (minutes <= 0) return;
    blocks.push({ kind, id, title, episodeId, minutes, startOffset: offset, endOffset: offset + minutes });
    offset += minutes;
  };
  for (const episode of agenda) {
    add('teaching', episode.id, episode.title, episode.teaching, episode.id);
    for (const exercise of episode.exercises)
      add('exercise', exercise.id, exercise.title, exercise.minutes, episode.id);
    if (episode.breakAfter)
      add('break', `${episode.id}:break`, episode.breakAfter.title, episode.breakAfter.minutes, episode.id);
  }
  return blocks;
}

/** What the agenda needs of an episode entry: its id and the frontmatter's timing data. */
export interface AgendaSource {
  id: string;
  data: {
    order: number;
    title: string;
    teaching: number;
    exercise: readonly TimerExercise[];
    /** Optional in the frontmatter; read loosely until every content branch declares it. */
    breakAfter?: { title: string; minutes: number } | undefined;
  };
}

/**
 * The console's and the projector's agenda from the episodes (in workshop order): nothing about a
 * time is typed twice. Offsets count each episode's teaching and exercises and the breaks before it.
 */
export function agendaFrom(episodes: readonly AgendaSource[], pageHref: (id: string) => string): AgendaEpisode[] {
  const sorted = [...episodes].sort((a, b) => a.data.order - b.data.order);
  const agenda = sorted.map((episode): AgendaEpisode => ({
    id: episode.id,
    order: episode.data.order,
    title: episode.data.title,
    teaching: episode.data.teaching,
    startOffset: 0,
    endOffset: 0,
    href: pageHref(episode.id),
    exercises: episode.data.exercise.map(toTimerExercise),
    breakAfter: episode.data.breakAfter
      ? { title: episode.data.breakAfter.title, minutes: episode.data.breakAfter.minutes }
      : undefined,
  }));
  const plan = plannedBlocks(agenda);
  for (const episode of agenda) {
    const blocks = plan.filter((block) => block.episodeId === episode.id && block.kind !== 'break');
    episode.startOffset = blocks[0]?.startOffset ?? 0;
    episode.endOffset = blocks.at(-1)?.endOffset ?? episode.startOffset;
  }
  return agenda;
}
