import { describe, expect, test } from 'vitest';
import {
  accessTo,
  consoleDocument,
  parseRoom,
  teamDocument,
  workshopDocument,
  type Grant,
  type Room,
} from '../../../src/lib/live/protocol.ts';

const workshop: Room = { kind: 'workshop', workshopId: 'w1' };
const red: Room = { kind: 'team', workshopId: 'w1', teamId: 'red' };
const blue: Room = { kind: 'team', workshopId: 'w1', teamId: 'blue' };
const elsewhere: Room = { kind: 'team', workshopId: 'w2', teamId: 'red' };
const consoleRoom: Room = { kind: 'console', workshopId: 'w1' };
const otherConsole: Room = { kind: 'console', workshopId: 'w2' };

describe('parseRoom', () => {
  test('reads the three kinds of document name', () => {
    expect(parseRoom(workshopDocument('w1'))).toEqual(workshop);
    expect(parseRoom(teamDocument('w1', 'red'))).toEqual(red);
    expect(parseRoom(consoleDocument('w1'))).toEqual(consoleRoom);
  });

  test.each([
    '',
    'workshop',
    'workshop/',
    'team/w1',
    'team/w1/',
    'team/w1/red/x',
    'board/w1',
    'workshop/a b',
    'team/../x',
    'console',
    'console/',
    'console/w1/red',
    'console/a b',
  ])('names no room: %j', (name) => expect(parseRoom(name)).toBeNull());
});

describe('accessTo', () => {
  const grant = (role: Grant['role'], teamId?: string): Grant => ({ workshopId: 'w1', role, teamId });

  test('the facilitator writes in the workshop document and every team room of their workshop', () => {
    expect([workshop, red, blue, elsewhere].map((room) => accessTo(grant('facilitator'), room))).toEqual([
      'write',
      'write',
      'write',
      'none',
    ]);
  });

  test.each(['member', 'mentor'] as const)('a %s writes in their own room and reads the workshop', (role) => {
    expect([workshop, red, blue, elsewhere].map((room) => accessTo(grant(role, 'red'), room))).toEqual([
      'read',
      'write',
      'none',
      'none',
    ]);
  });

  test('the projector reads the workshop document and nothing else', () => {
    expect([workshop, red, blue, elsewhere].map((room) => accessTo(grant('projector'), room))).toEqual([
      'read',
      'none',
      'none',
      'none',
    ]);
  });

  test("the console room is the facilitator's alone: nobody else even reads it", () => {
    expect(accessTo(grant('facilitator'), consoleRoom)).toBe('write');
    expect(accessTo(grant('facilitator'), otherConsole)).toBe('none');
    for (const other of [grant('projector'), grant('member', 'red'), grant('mentor', 'red')]) {
      expect(accessTo(other, consoleRoom)).toBe('none');
    }
  });
});
