import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExerciseMode } from '../../src/lib/schema/episode';
import {
  isRemoteTransition,
  remoteMinutesBetween,
  remoteOffset,
  remotePlan,
  remoteTransitions,
  REMOTE_TRANSITION_MINUTES,
  type RemoteEpisode,
  type RemoteRoom,
} from '../../src/lib/timer/remote';
import { buildSchedule, dayBlocks } from '../../src/lib/timer/schedule';
import { plannedBlocks } from '../../src/lib/timer/agenda';

/** The console's plan of a day (lib/timer/agenda.ts), from the same episodes as the schedule's. */
const consolePlan = (episodes: readonly RemoteEpisode[]) =>
  plannedBlocks(
    episodes.map((e) => ({
      id: e.id,
      title: e.title,
      teaching: e.teaching,
      exercises: e.exercise.map((x) => ({ id: x.id, title: x.title, minutes: x.minutes, instruction: '' })),
      breakAfter: e.breakAfter,
    })),
  );

const episode = (
  order: number,
  teaching: number,
  exercises: readonly [ExerciseMode, number][],
  breakMinutes?: number,
): RemoteEpisode => ({
  id: `episode-${order}`,
  title: `Episode ${order}`,
  order,
  teaching,
  exercises: exercises.reduce((sum, [, minutes]) => sum + minutes, 0),
  exercise: exercises.map(([mode, minutes], index) => ({ id: `e${order}-${index}`, title: 'x', minutes, mode })),
  breakAfter: breakMinutes === undefined ? undefined : { title: 'Break', minutes: breakMinutes },
});

/** A day shaped like the workshop's: pairs, solo work, a pause, three team exercises, a break, pairs, groups. */
const day = [
  episode(1, 15, [['pair', 5]]), // 0–20: teaching 0–15, pairs 15–20
  episode(2, 10, [['solo', 3]], 5), // 20–33: teaching 20–30, solo 30–33; pause 33–38
  episode(
    3,
    18,
    [
      ['group', 10],
      ['group', 25],
      ['group', 15],
    ],
    15,
  ), // 38–106: teaching 38–56, teams 56–106; break 106–121
  episode(4, 10, [['pair', 10]]), // 121–141: teaching 121–131, pairs 131–141
  episode(5, 10, [['group', 10]]), // 141–161: teaching 141–151, groups 151–161
];

describe('which moves are transitions', () => {
  const rooms: RemoteRoom[] = ['main', 'pairs', 'groups', 'break'];

  it('counts arriving in another room, and back from a break', () => {
    expect(isRemoteTransition('main', 'pairs')).toBe(true);
    expect(isRemoteTransition('pairs', 'main')).toBe(true);
    expect(isRemoteTransition('groups', 'main')).toBe(true);
    expect(isRemoteTransition('break', 'main')).toBe(true);
    expect(isRemoteTransition('break', 'groups')).toBe(true);
  });

  it('does not count leaving for a break, or staying in the same room', () => {
    for (const room of rooms) {
      expect(isRemoteTransition(room, 'break'), `${room} → break`).toBe(false);
      expect(isRemoteTransition(room, room), `${room} → ${room}`).toBe(false);
    }
  });
});

describe('remoteTransitions', () => {
  it('finds the moves between rooms in a day, with teaching before the exercises of its episode', () => {
    // Into pairs, back to the main room, (solo work stays; the pause costs nothing to start) back
    // from the pause, into the teams' rooms, (three team exercises in the same room) back from the
    // break, into pairs, back to the main room, into groups.
    expect(remoteTransitions(day)).toEqual([15, 20, 38, 56, 121, 131, 141, 151]);
  });

  it('counts a solo exercise after teaching as no move, and a class exercise as the main room', () => {
    expect(remoteTransitions([episode(1, 10, [['solo', 5]]), episode(2, 5, [['class', 5]])])).toEqual([]);
  });

  it('counts a move from one kind of breakout room to another', () => {
    expect(
      remoteTransitions([
        episode(1, 0, [
          ['pair', 5],
          ['group', 5],
        ]),
      ]),
    ).toEqual([5]);
  });

  it('has none for an empty day or a single block', () => {
    expect(remoteTransitions([])).toEqual([]);
    expect(remoteTransitions([episode(1, 20, [])])).toEqual([]);
  });

  it('refuses an exercise whose mode it is not given, rather than guess its room', () => {
    const unknown = { ...episode(1, 10, [['pair', 5]]) };
    unknown.exercise = [{ id: 'other', title: 'Other', minutes: 5, mode: undefined as unknown as ExerciseMode }];
    expect(() => remoteTransitions([unknown])).toThrow(/"other" has no mode/);
  });
});

describe('remoteOffset', () => {
  const transitions = remoteTransitions(day);
  const each = REMOTE_TRANSITION_MINUTES;

  it('adds the minutes of every transition before a time, so the day grows by all of them', () => {
    const total = buildSchedule(day).total;
    expect(remoteOffset(0, transitions)).toBe(0);
    expect(remoteOffset(15, transitions)).toBe(15);
    expect(remoteOffset(16, transitions)).toBe(16 + each);
    expect(remoteOffset(total, transitions)).toBe(total + transitions.length * each);
  });

  it('puts a transition at the start of the block after it: the pause ends when episode 3 starts', () => {
    const [, , third] = buildSchedule(day).rows;
    // The pause before episode 3 ends at 38 and episode 3 starts at 38, so its first minutes are the move.
    expect(remoteOffset(38, transitions)).toBe(38 + 2 * each);
    expect(remoteOffset(third!.startOffset, transitions)).toBe(remoteOffset(38, transitions));
  });

  it('gives each episode the transitions from its start up to its end, and breaks none', () => {
    const rows = buildSchedule(day).rows;
    // Episode 2 starts with the move back from the pairs of episode 1, which ends as they finish.
    expect(rows.map((row) => remoteMinutesBetween(row.startOffset, row.runningTotal, transitions))).toEqual([
      each,
      each,
      2 * each,
      2 * each,
      2 * each,
    ]);
    for (const row of rows.filter((r) => r.breakAfter))
      expect(remoteMinutesBetween(row.breakAfter!.startOffset, row.breakAfter!.endOffset, transitions)).toBe(0);
  });

  it('takes another number of minutes per transition', () => {
    expect(remoteOffset(25, transitions, 3)).toBe(25 + 2 * 3);
  });
});

describe('the remote day, for any day', () => {
  const modes: ExerciseMode[] = ['solo', 'pair', 'group', 'class'];
  const episodeArb = fc.record({
    teaching: fc.integer({ min: 0, max: 30 }),
    exercises: fc.array(fc.tuple(fc.constantFrom(...modes), fc.integer({ min: 1, max: 30 })), { maxLength: 4 }),
    breakMinutes: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  });
  const dayArb = fc
    .array(episodeArb, { maxLength: 7 })
    .map((list) => list.map((e, index) => episode(index + 1, e.teaching, e.exercises, e.breakMinutes)));

  it('keeps every block its planned length or more, in order, with no gap and no overlap', () => {
    fc.assert(
      fc.property(dayArb, (episodes) => {
        const transitions = remoteTransitions(episodes);
        const blocks = dayBlocks(episodes);
        let previousEnd = 0;
        for (const block of blocks) {
          const start = remoteOffset(block.startOffset, transitions);
          const end = remoteOffset(block.endOffset, transitions);
          expect(start).toBe(previousEnd);
          expect(end - start).toBeGreaterThanOrEqual(block.minutes);
          expect(end - start - block.minutes).toBeLessThanOrEqual(REMOTE_TRANSITION_MINUTES);
          if (block.kind === 'break') expect(end - start).toBe(block.minutes);
          previousEnd = end;
        }
        expect(transitions.length).toBeLessThanOrEqual(Math.max(0, blocks.length - 1));
        expect(remoteOffset(buildSchedule(episodes).total, transitions)).toBe(
          buildSchedule(episodes).total + transitions.length * REMOTE_TRANSITION_MINUTES,
        );
      }),
    );
  });

  it("gives the console's plan, remote, the schedule's remote times: the same blocks, each moved the same", () => {
    fc.assert(
      fc.property(dayArb, (episodes) => {
        const transitions = remoteTransitions(episodes);
        const plan = consolePlan(episodes);
        const blocks = dayBlocks(episodes);
        // The build works the transitions out on the schedule's blocks; the console moves its own by them.
        expect(plan.map((b) => [b.startOffset, b.endOffset])).toEqual(blocks.map((b) => [b.startOffset, b.endOffset]));
        const remote = remotePlan(plan, transitions);
        expect(remote.map((b) => [b.id, b.minutes])).toEqual(plan.map((b) => [b.id, b.minutes]));
        expect(remote.map((b) => [b.startOffset, b.endOffset])).toEqual(
          blocks.map((b) => [remoteOffset(b.startOffset, transitions), remoteOffset(b.endOffset, transitions)]),
        );
        expect(remotePlan(plan, [])).toEqual(plan);
      }),
    );
  });
});

describe('remotePlan', () => {
  it("opens the block after each transition with the transition's minutes, and moves every later block", () => {
    const transitions = remoteTransitions(day);
    const plan = remotePlan(consolePlan(day), transitions);
    const [teaching1, pairs1, teaching2] = plan;
    expect([teaching1!.startOffset, teaching1!.endOffset]).toEqual([0, 15]);
    // The move into pairs opens the pairs exercise: it starts on time and ends five minutes later.
    expect([pairs1!.startOffset, pairs1!.endOffset]).toEqual([15, 20 + REMOTE_TRANSITION_MINUTES]);
    expect(teaching2!.startOffset).toBe(20 + REMOTE_TRANSITION_MINUTES);
    expect(plan.at(-1)!.endOffset).toBe(buildSchedule(day).total + transitions.length * REMOTE_TRANSITION_MINUTES);
  });
});
