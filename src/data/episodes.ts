import { getCollection, type CollectionEntry } from 'astro:content';
import type { Exercise } from '../lib/schema/episode';
import { toTimerExercise, type TimerExercise } from '../lib/timer/timer';
import { remoteTransitions } from '../lib/timer/remote';

export type EpisodeEntry = CollectionEntry<'episodes'>;

/** All episodes in workshop order. */
export async function getEpisodes(): Promise<EpisodeEntry[]> {
  const episodes = await getCollection('episodes');
  return episodes.sort((a, b) => a.data.order - b.data.order);
}

export interface ExerciseInEpisode {
  exercise: Exercise;
  episode: EpisodeEntry;
}

/** Finds an exercise by its id anywhere in the workshop; the build fails on an unknown id. */
export async function getExercise(id: string): Promise<ExerciseInEpisode> {
  for (const episode of await getEpisodes()) {
    const exercise = episode.data.exercise.find((candidate) => candidate.id === id);
    if (exercise) return { exercise, episode };
  }
  throw new Error(`<Exercise id="${id}"> is not declared in any episode's frontmatter`);
}

/** Where the day has a transition when it runs remotely or hybrid (minutes from its start: lib/timer/remote.ts). */
export async function getRemoteTransitions(): Promise<number[]> {
  return remoteTransitions((await getEpisodes()).map((episode) => ({ id: episode.id, ...episode.data })));
}

/** The team exercises, whose timer a team in a live room can run on its own (mentors rotating). */
export async function getTeamExercises(): Promise<TimerExercise[]> {
  return (await getEpisodes())
    .flatMap((episode) => episode.data.exercise)
    .filter((exercise) => exercise.mode === 'group')
    .map(toTimerExercise);
}
