import { describe, expect, test } from 'vitest';
import {
  backlogAddedMessage,
  backlogFromGoalMessage,
  emptyRefusalMessage,
  goalAddedMessage,
  goalsProgress,
  questionAddedMessage,
  questionLinkMessage,
} from '../../src/lib/workspace/wording';
import { dotMessage } from '../../src/lib/workspace/vote-wording';
import { placeIn, type Added, type DotOutcome } from '../../src/lib/workspace/outcomes';

const added = (text: string, position: number, of: number): Added => ({
  ok: true,
  id: 'x',
  text,
  place: { position, of },
});

describe('where an entry stands', () => {
  test.each([
    [['a', 'b', 'c'], 'a', { position: 1, of: 3 }],
    [['a', 'b', 'c'], 'c', { position: 3, of: 3 }],
    [['a'], 'a', { position: 1, of: 1 }],
    [['a', 'b'], 'gone', null],
    [[], 'a', null],
  ] as const)('%j, %s → %j', (order, id, expected) => {
    expect(placeIn(order, id)).toEqual(expected);
  });
});

describe('what the tools say after adding or linking', () => {
  test.each([
    [backlogAddedMessage(added('Split the login story', 4, 4)), "Added 'Split the login story' at position 4."],
    [backlogFromGoalMessage(2, { position: 1, of: 1 }), 'New backlog item from goal 2, at position 1.'],
    [goalAddedMessage(added('', 1, 1)), 'Goal 1 added. 2 more goals needed (3 are expected).'],
    [goalAddedMessage(added('', 2, 2)), 'Goal 2 added. 1 more goal needed (3 are expected).'],
    [goalAddedMessage(added('', 3, 3)), 'Goal 3 added. 3 goals: enough for this session (3 are expected).'],
    [goalAddedMessage(added('', 4, 4)), 'Goal 4 added. 4 goals: enough for this session (3 are expected).'],
    [
      questionAddedMessage(added('How small should a story be?', 1, 2)),
      "Added question 'How small should a story be?' at position 1 of 2.",
    ],
    [
      questionLinkMessage(true, 'Unclear goals', { position: 1, of: 2 }),
      "Linked to 'Unclear goals'. The question is now number 1 of 2.",
    ],
    [
      questionLinkMessage(false, 'Unclear goals', { position: 2, of: 2 }),
      "Unlinked from 'Unclear goals'. The question is now number 2 of 2.",
    ],
    [emptyRefusalMessage('emptyTitle'), 'Type a title first.'],
    [emptyRefusalMessage('emptyQuestion'), 'Type a question first.'],
  ])('%s', (said, expected) => {
    expect(said).toBe(expected);
  });

  test.each([
    [0, '3 more goals needed (3 are expected).'],
    [1, '2 more goals needed (3 are expected).'],
    [2, '1 more goal needed (3 are expected).'],
    [3, '3 goals: enough for this session (3 are expected).'],
  ])('with %i goals the worksheet says "%s"', (count, expected) => {
    expect(goalsProgress(count)).toBe(expected);
  });
});

describe('what the board says after + or − on an item', () => {
  test.each<[1 | -1, DotOutcome, string]>([
    [1, { ok: true, left: 1 }, "Member 1 put a dot on 'Stories are too big'. 1 dot left."],
    [1, { ok: true, left: 0 }, "Member 1 put a dot on 'Stories are too big'. 0 dots left."],
    [1, { ok: true, left: 2 }, "Member 1 put a dot on 'Stories are too big'. 2 dots left."],
    [-1, { ok: true, left: 3 }, "Member 1 took back a dot from 'Stories are too big'."],
    [-1, { ok: false, reason: 'noDotHere' }, "Member 1 has no dot on 'Stories are too big'."],
    [1, { ok: false, reason: 'noVotesLeft' }, 'Member 1 has no dots left. Take one back, or start a new round.'],
    [
      1,
      { ok: false, reason: 'itemCapReached' },
      "Member 1 already has 2 dots on 'Stories are too big', the most allowed on one item.",
    ],
    [1, { ok: false, reason: 'unknownMember' }, 'Choose who is voting first.'],
    [1, { ok: false, reason: 'unknownWeakness' }, "'Stories are too big' is no longer on the board."],
  ])('%i, %j', (change, outcome, expected) => {
    expect(dotMessage(change, outcome, 'Member 1', 'Stories are too big', 2)).toBe(expected);
  });
});
