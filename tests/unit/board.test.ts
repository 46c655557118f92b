import { describe, expect, test } from 'vitest';
import {
  castVote,
  moveAnnouncement,
  moveTo,
  rankByVotes,
  removeVote,
  tally,
  votesLeft,
  withLimits,
} from '../../src/lib/workspace/board';
import { dotsOverCaps, replayVotes } from '../../src/lib/workspace/vote-log';
import type { Voting } from '../../src/lib/schema/voting';

const order = ['a', 'b', 'c', 'd', 'e', 'f'];
const voting = (over: Partial<Voting> = {}): Voting => ({
  votesPerMember: 3,
  perItemCap: 2,
  members: [
    { id: 'm1', name: 'Member 1' },
    { id: 'm2', name: 'Member 2' },
  ],
  votes: [],
  ...over,
});

describe('rank order', () => {
  test('moves an item to a position, keeping the others in order', () => {
    expect(moveTo(order, 'e', 1)).toEqual(['a', 'e', 'b', 'c', 'd', 'f']);
    expect(moveTo(order, 'a', 5)).toEqual(['b', 'c', 'd', 'e', 'f', 'a']);
  });

  test('clamps positions outside the list and ignores unknown ids', () => {
    expect(moveTo(order, 'c', -4)).toEqual(['c', 'a', 'b', 'd', 'e', 'f']);
    expect(moveTo(order, 'c', 99)).toEqual(['a', 'b', 'd', 'e', 'f', 'c']);
    expect(moveTo(order, 'c', Number.NaN)).toEqual(order);
    expect(moveTo(order, 'zzz', 0)).toEqual(order);
  });

  test('moves one place up or down; the ends stay put', () => {
    expect(moveTo(order, 'c', 1)).toEqual(['a', 'c', 'b', 'd', 'e', 'f']);
    expect(moveTo(order, 'c', 3)).toEqual(['a', 'b', 'd', 'c', 'e', 'f']);
    expect(moveTo(order, 'a', -1)).toEqual(order);
    expect(moveTo(order, 'f', 6)).toEqual(order);
  });

  test('announces a move with the text, the new position and the count', () => {
    const moved = moveTo(['x', 'y', 'u', 'v', 'w', 'z'], 'u', 0);
    expect(moveAnnouncement('Unclear sprint goals', moveTo(moved, 'u', 1), 'u')).toBe(
      "'Unclear sprint goals' moved to position 2 of 6",
    );
  });
});

describe('dot voting', () => {
  test('a member places dots until their votes are used up', () => {
    let v = voting({ perItemCap: 3 });
    for (const id of ['a', 'b', 'c']) {
      const r = castVote(v, 'm1', id, order);
      expect(r.ok).toBe(true);
      if (r.ok) v = r.voting;
    }
    expect(votesLeft(v, 'm1')).toBe(0);
    expect(castVote(v, 'm1', 'd', order)).toEqual({ ok: false, reason: 'noVotesLeft' });
    expect(votesLeft(v, 'm2')).toBe(3);
  });

  test('refuses a dot over the per-item cap', () => {
    let v = voting({ perItemCap: 2 });
    for (let i = 0; i < 2; i++) {
      const r = castVote(v, 'm1', 'a', order);
      if (r.ok) v = r.voting;
    }
    expect(castVote(v, 'm1', 'a', order)).toEqual({ ok: false, reason: 'itemCapReached' });
    expect(castVote(v, 'm2', 'a', order).ok).toBe(true);
  });

  test('refuses unknown members and weaknesses', () => {
    expect(castVote(voting(), 'ghost', 'a', order)).toEqual({ ok: false, reason: 'unknownMember' });
    expect(castVote(voting(), 'm1', 'ghost', order)).toEqual({ ok: false, reason: 'unknownWeakness' });
  });

  test('taking a dot back frees the vote; with no dot there nothing changes', () => {
    const v = voting({ votes: [{ memberId: 'm1', weaknessId: 'a', count: 2 }] });
    const once = removeVote(v, 'm1', 'a');
    expect(once.votes).toEqual([{ memberId: 'm1', weaknessId: 'a', count: 1 }]);
    expect(removeVote(once, 'm1', 'a').votes).toEqual([]);
    expect(removeVote(v, 'm2', 'a')).toBe(v);
  });

  test('tallies dots per weakness across members', () => {
    const v = voting({
      votes: [
        { memberId: 'm1', weaknessId: 'a', count: 2 },
        { memberId: 'm2', weaknessId: 'a', count: 1 },
        { memberId: 'm2', weaknessId: 'c', count: 2 },
      ],
    });
    expect(Object.fromEntries(tally(v))).toEqual({ a: 3, c: 2 });
  });

  test('ranks by votes, most first, ties keeping their current order', () => {
    const v = voting({
      votes: [
        { memberId: 'm1', weaknessId: 'e', count: 2 },
        { memberId: 'm2', weaknessId: 'c', count: 1 },
        { memberId: 'm2', weaknessId: 'b', count: 1 },
      ],
    });
    expect(rankByVotes(order, v)).toEqual(['e', 'b', 'c', 'a', 'd', 'f']);
  });

  test('lower limits take back the dots that no longer fit, latest first', () => {
    const v = voting({
      votesPerMember: 3,
      perItemCap: 3,
      votes: [
        { memberId: 'm1', weaknessId: 'a', count: 1 },
        { memberId: 'm1', weaknessId: 'b', count: 2 },
        { memberId: 'm2', weaknessId: 'a', count: 3 },
      ],
    });
    const lowered = withLimits(v, 2, 2);
    expect(lowered.votes).toEqual([
      { memberId: 'm1', weaknessId: 'a', count: 1 },
      { memberId: 'm1', weaknessId: 'b', count: 1 },
      { memberId: 'm2', weaknessId: 'a', count: 2 },
    ]);
    expect(lowered.votesPerMember).toBe(2);
    expect(lowered.perItemCap).toBe(2);
  });

  test('members who leave take their dots with them, and deleted weaknesses theirs', () => {
    const log = [
      { t: 'vote', r: '', m: 'm1', w: 'a', d: 1 },
      { t: 'vote', r: '', m: 'm2', w: 'a', d: 1 },
      { t: 'vote', r: '', m: 'm1', w: 'b', d: 1 },
    ];
    expect(replayVotes(log, new Set(['m1']), new Set(['a', 'b'])).votes).toEqual([
      { memberId: 'm1', weaknessId: 'a', count: 1 },
      { memberId: 'm1', weaknessId: 'b', count: 1 },
    ]);
    expect(replayVotes(log, new Set(['m1', 'm2']), new Set(['a'])).votes).toEqual([
      { memberId: 'm1', weaknessId: 'a', count: 1 },
      { memberId: 'm2', weaknessId: 'a', count: 1 },
    ]);
  });

  test('counts the dots of a saved tally that its own caps would not keep', () => {
    const within = { votesPerMember: 3, perItemCap: 2, votes: [{ memberId: 'm1', weaknessId: 'a', count: 2 }] };
    expect(dotsOverCaps(within)).toBe(0);
    // Three on one weakness with a cap of two, and five dots for a voter who may place three.
    const over = {
      votesPerMember: 3,
      perItemCap: 2,
      votes: [
        { memberId: 'm1', weaknessId: 'a', count: 3 },
        { memberId: 'm2', weaknessId: 'a', count: 2 },
        { memberId: 'm2', weaknessId: 'b', count: 2 },
        { memberId: 'm2', weaknessId: 'c', count: 1 },
      ],
    };
    expect(dotsOverCaps(over)).toBe(3);
  });
});
