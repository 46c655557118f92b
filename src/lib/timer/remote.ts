/**
 * The day run remotely or hybrid, on a video call: every time people change rooms, the facilitator
 * opens or closes breakout rooms and waits for the last person to arrive and for a screen to be
 * shared, which a room of people at tables does not spend. The facilitator guide's contingencies
 * give each such transition five more minutes; this module places them on the day's clock.
 */
import type { ExerciseMode } from '../schema/episode';
import { dayBlocks, type DayBlock, type TimedEpisode, type TimedExercise } from './schedule';

/**
 * Extra minutes for each transition of a remote or hybrid run. The facilitator guide states the
 * same figure in its contingencies (tests/unit/content.test.ts holds the two together).
 */
export const REMOTE_TRANSITION_MINUTES = 5;

/** Where people are during a block on a video call. */
export type RemoteRoom = 'main' | 'pairs' | 'groups' | 'break';

/** Solo work needs no breakout room: people work on their own with the main room muted. */
const ROOM_OF_MODE: Readonly<Record<ExerciseMode, RemoteRoom>> = {
  class: 'main',
  solo: 'main',
  pair: 'pairs',
  group: 'groups',
};

/** An episode as the remote day needs it: its exercises carry their mode (pairs, groups, solo or the class). */
export interface RemoteEpisode extends TimedEpisode {
  exercise: readonly (TimedExercise & { mode: ExerciseMode })[];
}

/**
 * Whether going from one room to the next is a transition that costs a remote run its extra
 * minutes: it is when people must arrive somewhere else, that is in breakout rooms, back in the
 * main room, or back from a break. Leaving for a break costs nothing (the break absorbs it), and
 * neither does staying in the same room, such as a team's exercises one after another in its
 * breakout room or a solo exercise after teaching. This is the one definition of a transition.
 */
export function isRemoteTransition(from: RemoteRoom, to: RemoteRoom): boolean {
  return to !== 'break' && from !== to;
}

function roomOf(block: DayBlock, modes: ReadonlyMap<string, ExerciseMode>): RemoteRoom {
  if (block.kind === 'break') return 'break';
  if (block.kind === 'teaching') return 'main';
  const mode = block.exerciseId === undefined ? undefined : modes.get(block.exerciseId);
  if (mode === undefined) throw new Error(`the exercise "${block.exerciseId ?? block.title}" has no mode`);
  return ROOM_OF_MODE[mode];
}

/**
 * The offsets in the planned day (minutes from the start, without transitions) of the block
 * boundaries where a remote run has a transition, in order. The blocks are dayBlocks(): each
 * episode's teaching before its exercises, since the content does not say where inside an episode
 * the teaching falls, so the count for each episode is right while a transition's place inside an
 * episode is approximate.
 */
export function remoteTransitions(episodes: readonly RemoteEpisode[]): number[] {
  const modes = new Map(episodes.flatMap((episode) => episode.exercise.map((x) => [x.id, x.mode] as const)));
  const blocks = dayBlocks(episodes);
  const offsets: number[] = [];
  for (let index = 1; index < blocks.length; index++) {
    const before = blocks[index - 1]!;
    const after = blocks[index]!;
    if (isRemoteTransition(roomOf(before, modes), roomOf(after, modes))) offsets.push(after.startOffset);
  }
  return offsets;
}

/**
 * Where a time of the planned day (minutes from the start) falls in the remote day: the minutes of
 * every transition before it are added. A transition opens the block after it, so the block before
 * ends, and the next one starts, at the same clock time, and the day has no gaps.
 */
export function remoteOffset(
  offset: number,
  transitions: readonly number[],
  minutesEach: number = REMOTE_TRANSITION_MINUTES,
): number {
  return offset + minutesEach * transitions.filter((at) => at < offset).length;
}

/** Minutes a remote run adds between two times of the planned day (from start to end, start's transition included). */
export function remoteMinutesBetween(
  start: number,
  end: number,
  transitions: readonly number[],
  minutesEach: number = REMOTE_TRANSITION_MINUTES,
): number {
  return remoteOffset(end, transitions, minutesEach) - remoteOffset(start, transitions, minutesEach) - (end - start);
}

/** What remotePlan needs of a block of the day: its place in minutes from the start. */
interface Placed {
  startOffset: number;
  endOffset: number;
}

/**
 * The day's blocks as a remote or hybrid run places them: each transition's minutes open the block
 * after it (so that block starts when it would have, and runs that much longer), and every later
 * block moves by them. The console's and the projector's plan go through this when the facilitator
 * chooses a remote day, with the transitions the build worked out (remoteTransitions).
 */
export function remotePlan<Block extends Placed>(
  plan: readonly Block[],
  transitions: readonly number[],
  minutesEach: number = REMOTE_TRANSITION_MINUTES,
): Block[] {
  return plan.map((block) => ({
    ...block,
    startOffset: remoteOffset(block.startOffset, transitions, minutesEach),
    endOffset: remoteOffset(block.endOffset, transitions, minutesEach),
  }));
}
