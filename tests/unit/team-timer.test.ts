import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  defaultTeamExercise,
  describeTeamTimer,
  pressTeamTimer,
  readTeamExercises,
  readTeamTimer,
} from '../../src/lib/timer/team-timer';
import type { TimerExercise } from '../../src/lib/timer/timer';

const prepare: TimerExercise = {
  id: 'prepare',
  title: 'Prepare',
  minutes: 10,
  instruction: '',
  parts: [
    { label: 'Strengths', minutes: 5, instruction: 'List them' },
    { label: 'Questions', minutes: 5, instruction: 'Write them' },
  ],
};
const session: TimerExercise = { id: 'session', title: 'The mentoring session', minutes: 25, instruction: 'Talk' };
const exercises = [prepare, session];
const T0 = 1_800_000_000_000;
const MIN = 60_000;

/** Two devices in one room: updates cross both ways. */
function pair(): [Y.Doc, Y.Doc, () => void] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  };
  return [a, b, sync];
}

describe("a team's own timer", () => {
  it('offers the longest team exercise first, unused and at full time', () => {
    expect(defaultTeamExercise(exercises)).toBe(session);
    expect(defaultTeamExercise([])).toBeNull();
    const timer = readTeamTimer(new Y.Doc(), exercises, T0);
    expect(timer.exercise).toBe(session);
    expect(timer.used).toBe(false);
    expect(timer.view.remainingMs).toBe(25 * MIN);
    expect(describeTeamTimer(timer)).toBe('Not used');
  });

  it('runs, pauses and takes a minute for everyone in the room', () => {
    const [anna, ben, sync] = pair();
    pressTeamTimer(anna, 'start', session, T0, 'a1');
    sync();
    expect(describeTeamTimer(readTeamTimer(ben, exercises, T0 + 5 * MIN))).toBe(
      'The mentoring session: 20:00 (Running)',
    );
    // Pause on one device and +1 min on the other at the same instant: both take effect.
    pressTeamTimer(anna, 'pause', session, T0 + 10 * MIN, 'a2');
    pressTeamTimer(ben, 'addMinute', session, T0 + 10 * MIN, 'b1');
    sync();
    for (const doc of [anna, ben]) {
      const timer = readTeamTimer(doc, exercises, T0 + 30 * MIN);
      expect(timer.view.status).toBe('paused');
      expect(timer.view.remainingMs).toBe(16 * MIN);
    }
  });

  it('switches to another exercise when the team chooses one, with its parts', () => {
    const doc = new Y.Doc();
    pressTeamTimer(doc, 'activate', prepare, T0, 'a1');
    expect(readTeamTimer(doc, exercises, T0).exercise).toBe(prepare);
    expect(describeTeamTimer(readTeamTimer(doc, exercises, T0))).toBe('Prepare: not started');
    pressTeamTimer(doc, 'start', prepare, T0 + 1, 'a2');
    pressTeamTimer(doc, 'nextPart', prepare, T0 + MIN, 'a3');
    const timer = readTeamTimer(doc, exercises, T0 + MIN);
    // Next part a minute in: the first part's four minutes left go, so time is up at six minutes.
    expect(timer.view.part.label).toBe('Questions');
    expect(describeTeamTimer(readTeamTimer(doc, exercises, T0 + 20 * MIN))).toBe(
      'Prepare: +14:00 (Time is up · overtime)',
    );
  });

  it('reads only well-formed exercises from the page', () => {
    expect(readTeamExercises(JSON.stringify(exercises))).toEqual(exercises);
    expect(readTeamExercises(undefined)).toEqual([]);
    expect(readTeamExercises('{not json')).toEqual([]);
    expect(readTeamExercises('{"id":"x"}')).toEqual([]);
    expect(readTeamExercises(JSON.stringify([session, { id: 'bad', title: 'Bad', minutes: 0 }, 42, null]))).toEqual([
      session,
    ]);
  });
});
