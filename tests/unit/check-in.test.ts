import { describe, expect, it } from 'vitest';
import { describeCheckIn, tallyCheckIns, withCheckIn } from '../../src/lib/workspace/check-in';
import { sampleWorkspace } from './support/workspaces';

describe('the goal check-in', () => {
  it('sets, changes and clears one goal’s check-in and leaves the others alone', () => {
    const ws = sampleWorkspace();
    const [first, second] = ws.goals;
    const done = withCheckIn(ws, first!.id, { status: 'achieved', note: 'Shipped in Sprint 5' });
    expect(done.goals[0]?.checkIn).toEqual({ status: 'achieved', note: 'Shipped in Sprint 5' });
    expect(done.goals[1]).toBe(second);
    expect(withCheckIn(done, first!.id, { status: 'achieved', note: 'Shipped in Sprint 5' })).toBe(done);
    expect(withCheckIn(done, first!.id, null).goals[0]?.checkIn).toBeNull();
    expect(withCheckIn(done, 'no-such-goal', null)).toBe(done);
  });

  it('describes a check-in with its note, and tallies the goals by state', () => {
    expect(describeCheckIn({ checkIn: null })).toBe('Not checked in yet');
    expect(describeCheckIn({ checkIn: { status: 'dropped', note: '  ' } })).toBe('Dropped');
    expect(describeCheckIn({ checkIn: { status: 'in-progress', note: 'Half the stories done' } })).toBe(
      'In progress: Half the stories done',
    );
    expect(
      tallyCheckIns([
        { checkIn: null },
        { checkIn: { status: 'achieved', note: '' } },
        { checkIn: { status: 'achieved', note: 'x' } },
      ]),
    ).toEqual({ achieved: 2, 'in-progress': 0, dropped: 0, open: 1 });
  });
});
