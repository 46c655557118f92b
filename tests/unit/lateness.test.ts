import { describe, expect, it } from 'vitest';
import { plannedBlocks, type AgendaEpisode } from '../../src/lib/timer/agenda';
import { dayStartAt, lateness } from '../../src/lib/timer/lateness';
import {
  addMinute,
  finish,
  idleTimer,
  pause,
  start,
  type TimerExercise,
  type TimerState,
} from '../../src/lib/timer/timer';

const MIN = 60_000;
/** The workshop's planned start: 09:00. */
const START = Date.UTC(2026, 10, 26, 9, 0);
const at = (hh: number, mm: number) => Date.UTC(2026, 10, 26, hh, mm);
const ex = (id: string, minutes: number): TimerExercise => ({ id, title: id, minutes, instruction: '' });

type Episode = Pick<AgendaEpisode, 'id' | 'title' | 'teaching' | 'exercises' | 'breakAfter'>;
const episode = (id: string, teaching: number, exercises: TimerExercise[], breakMinutes = 0): Episode => ({
  id,
  title: id,
  teaching,
  exercises,
  breakAfter: breakMinutes ? { title: 'Break', minutes: breakMinutes } : undefined,
});

// 09:00 one (ex a 09:00–09:10), 09:10 teaching 15, 09:25 ex b (10), 09:35 break 15, 09:50 teaching 15, 10:05 ex c (20)
const a = ex('a', 10);
const b = ex('b', 10);
const c = ex('c', 20);
const agenda = [episode('one', 0, [a]), episode('two', 15, [b], 15), episode('three', 15, [c])];
const plan = plannedBlocks(agenda);
const exercises = [a, b, c];

const ran = (from: number, to?: number): TimerState => {
  const started = start(idleTimer(), from);
  return to === undefined ? started : finish(started, to);
};

const yesterday = START - 24 * 60 * MIN;

const scenarios: { name: string; timers: Record<string, TimerState>; now: number; minutes: number }[] = [
  { name: 'before the start, nothing has run', timers: {}, now: at(8, 50), minutes: 0 },
  { name: 'the first exercise is not started at 09:40', timers: {}, now: at(9, 40), minutes: 40 },
  { name: 'nothing is started until the last minute of the plan', timers: {}, now: at(10, 25), minutes: 85 },
  {
    name: 'the evening after a plan on which nothing ran: the plan is for another day',
    timers: {},
    now: at(22, 35),
    minutes: 0,
  },
  {
    name: 'the first exercise begins at 09:40 instead of 09:00',
    timers: { a: ran(at(9, 40)) },
    now: at(9, 40),
    minutes: 40,
  },
  {
    name: 'a rehearsal of the first exercise yesterday does not count',
    timers: { a: ran(yesterday, yesterday + 10 * MIN) },
    now: at(8, 55),
    minutes: 0,
  },
  { name: 'the first exercise runs on time, with time left', timers: { a: ran(at(9, 0)) }, now: at(9, 4), minutes: 0 },
  { name: 'it runs 3 minutes into overtime', timers: { a: ran(at(9, 0)) }, now: at(9, 13), minutes: 3 },
  {
    name: 'it is paused for 5 minutes',
    timers: { a: pause(start(idleTimer(), at(9, 0)), at(9, 2)) },
    now: at(9, 7),
    minutes: 5,
  },
  {
    name: 'two minutes are added to it',
    timers: { a: addMinute(addMinute(ran(at(9, 0)), a, at(9, 1)), a, at(9, 1)) },
    now: at(9, 3),
    minutes: 2,
  },
  {
    name: 'it is stopped 3 minutes early; teaching follows',
    timers: { a: ran(at(9, 0), at(9, 7)) },
    now: at(9, 8),
    minutes: -3,
  },
  {
    name: 'stopped early, but the teaching has taken longer',
    timers: { a: ran(at(9, 0), at(9, 7)) },
    now: at(9, 30),
    minutes: 5,
  },
  {
    name: '"Start next exercise" alone, with the teaching in between on time',
    timers: { a: ran(at(9, 0), at(9, 25)), b: ran(at(9, 25)) },
    now: at(9, 26),
    minutes: 0,
  },
  {
    name: 'the break is counted: the third exercise starts on time at 10:05',
    timers: { a: ran(at(9, 0), at(9, 10)), b: ran(at(9, 25), at(9, 35)), c: ran(at(10, 5)) },
    now: at(10, 6),
    minutes: 0,
  },
  {
    name: 'during the break, after the second exercise ended 5 minutes late',
    timers: { a: ran(at(9, 0), at(9, 10)), b: ran(at(9, 25), at(9, 40)) },
    now: at(9, 45),
    minutes: 5,
  },
  {
    name: 'the last exercise is stopped 4 minutes early',
    timers: { a: ran(at(9, 0), at(9, 10)), b: ran(at(9, 25), at(9, 35)), c: ran(at(10, 5), at(10, 21)) },
    now: at(10, 21),
    minutes: -4,
  },
  {
    name: 'after the last exercise, the day cannot end before now',
    timers: { a: ran(at(9, 0), at(9, 10)), b: ran(at(9, 25), at(9, 35)), c: ran(at(10, 5), at(10, 21)) },
    now: at(10, 23),
    minutes: -2,
  },
];

describe('lateness against the plan', () => {
  it.each(scenarios)('$name: $minutes min', ({ timers, now, minutes }) => {
    expect(lateness(plan, exercises, timers, START, now).lateMs).toBe(minutes * MIN);
  });

  it('says which exercise the estimate is based on', () => {
    expect(lateness(plan, exercises, {}, START, at(9, 0)).basedOn).toBeNull();
    const timers = { a: ran(at(9, 0), at(9, 10)), b: ran(at(9, 25)) };
    expect(lateness(plan, exercises, timers, START, at(9, 26)).basedOn).toBe('b');
  });
});

describe('the day’s start', () => {
  it('is the chosen time of day on the day of now, in local time', () => {
    const now = new Date(2026, 10, 26, 14, 12).getTime();
    expect(dayStartAt(now, 9 * 60 + 30)).toBe(new Date(2026, 10, 26, 9, 30).getTime());
  });
});

describe('the planned blocks', () => {
  it('puts teaching first, then the exercises, then the break, with running offsets', () => {
    expect(plan.map((block) => `${block.kind}:${block.id}@${block.startOffset}-${block.endOffset}`)).toEqual([
      'exercise:a@0-10',
      'teaching:two@10-25',
      'exercise:b@25-35',
      'break:two:break@35-50',
      'teaching:three@50-65',
      'exercise:c@65-85',
    ]);
  });
});
