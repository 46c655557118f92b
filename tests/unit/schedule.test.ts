import { describe, expect, it } from 'vitest';
import { buildSchedule, dayBlocks } from '../../src/lib/timer/schedule';

const episode = (order: number, teaching: number, exerciseMinutes: number[]) => ({
  id: `episode-${order}`,
  title: `Episode ${order}`,
  order,
  teaching,
  exercises: exerciseMinutes.reduce((sum, minutes) => sum + minutes, 0),
  exercise: exerciseMinutes.map((minutes, index) => ({ id: `e${order}-${index}`, title: 'x', minutes })),
});

describe('buildSchedule', () => {
  it('orders episodes by their order field, not by the order they arrive in', () => {
    const schedule = buildSchedule([episode(2, 10, []), episode(1, 5, [])]);
    expect(schedule.rows.map((row) => row.order)).toEqual([1, 2]);
  });

  it('keeps a running total and each episode start offset', () => {
    const schedule = buildSchedule([episode(1, 15, [5]), episode(2, 20, [3]), episode(3, 15, [10, 25, 15])]);
    expect(schedule.rows.map((row) => [row.startOffset, row.minutes, row.runningTotal])).toEqual([
      [0, 20, 20],
      [20, 23, 43],
      [43, 65, 108],
    ]);
    expect(schedule.teaching).toBe(50);
    expect(schedule.exercises).toBe(58);
    expect(schedule.total).toBe(108);
  });

  it('handles an empty workshop', () => {
    expect(buildSchedule([])).toEqual({ rows: [], teaching: 0, exercises: 0, breaks: 0, total: 0 });
  });

  it('counts a break in every later offset and in the total, but not in teaching or exercises', () => {
    const schedule = buildSchedule([
      episode(1, 15, [5]),
      { ...episode(2, 20, [3]), breakAfter: { title: 'Mentors take their seats', minutes: 5 } },
      { ...episode(3, 15, [10, 25, 15]), breakAfter: { title: 'Break', minutes: 15 } },
      episode(4, 10, [10]),
    ]);
    expect(schedule.rows.map((row) => [row.startOffset, row.runningTotal])).toEqual([
      [0, 20],
      [20, 43],
      [48, 113],
      [128, 148],
    ]);
    expect(schedule.rows[1]?.breakAfter).toEqual({
      title: 'Mentors take their seats',
      minutes: 5,
      startOffset: 43,
      endOffset: 48,
    });
    expect(schedule.rows[2]?.breakAfter).toMatchObject({ startOffset: 113, endOffset: 128 });
    expect(schedule.rows[0]?.breakAfter).toBeUndefined();
    expect(schedule.breaks).toBe(20);
    expect(schedule.teaching + schedule.exercises).toBe(128);
    expect(schedule.total).toBe(148);
  });

  it('places the breaks of episodes given out of order after the right episode', () => {
    const schedule = buildSchedule([
      episode(2, 10, []),
      { ...episode(1, 5, []), breakAfter: { title: 'B', minutes: 7 } },
    ]);
    expect(schedule.rows.map((row) => [row.order, row.startOffset])).toEqual([
      [1, 0],
      [2, 12],
    ]);
  });
});

describe('dayBlocks', () => {
  it('lists teaching, each exercise and the break in order, back to back, from the first minute to the last', () => {
    const episodes = [
      { ...episode(1, 15, [5]), breakAfter: { title: 'Mentors take their seats', minutes: 5 } },
      { ...episode(2, 15, [10, 25]), breakAfter: { title: 'Break', minutes: 15 } },
      episode(3, 0, [10]),
    ];
    const blocks = dayBlocks(episodes);
    expect(blocks.map((block) => [block.kind, block.episodeId, block.minutes, block.startOffset])).toEqual([
      ['teaching', 'episode-1', 15, 0],
      ['exercise', 'episode-1', 5, 15],
      ['break', 'episode-1', 5, 20],
      ['teaching', 'episode-2', 15, 25],
      ['exercise', 'episode-2', 10, 40],
      ['exercise', 'episode-2', 25, 50],
      ['break', 'episode-2', 15, 75],
      ['exercise', 'episode-3', 10, 90],
    ]);
    expect(blocks.map((block) => block.exerciseId)).toEqual([
      undefined,
      'e1-0',
      undefined,
      undefined,
      'e2-0',
      'e2-1',
      undefined,
      'e3-0',
    ]);
    expect(blocks[2]?.title).toBe('Mentors take their seats');
    for (const [index, block] of blocks.entries()) {
      expect(block.endOffset - block.startOffset).toBe(block.minutes);
      if (index > 0) expect(block.startOffset).toBe(blocks[index - 1]?.endOffset);
    }
  });

  it('agrees with the schedule on every episode boundary and on the length of the day', () => {
    const episodes = [
      { ...episode(2, 20, [3]), breakAfter: { title: 'Pause', minutes: 5 } },
      episode(1, 15, [5]),
      { ...episode(3, 15, [10, 25, 15]), breakAfter: { title: 'Break', minutes: 15 } },
    ];
    const schedule = buildSchedule(episodes);
    const blocks = dayBlocks(episodes);
    expect(blocks.at(-1)?.endOffset).toBe(schedule.total);
    for (const row of schedule.rows) {
      const own = blocks.filter((block) => block.episodeId === row.id && block.kind !== 'break');
      expect(own[0]?.startOffset, row.id).toBe(row.startOffset);
      expect(own.at(-1)?.endOffset, row.id).toBe(row.runningTotal);
    }
    const sum = (kind: string) => blocks.filter((b) => b.kind === kind).reduce((t, b) => t + b.minutes, 0);
    expect([sum('teaching'), sum('exercise'), sum('break')]).toEqual([
      schedule.teaching,
      schedule.exercises,
      schedule.breaks,
    ]);
  });

  it('is empty for an empty workshop', () => {
    expect(dayBlocks([])).toEqual([]);
  });
});
