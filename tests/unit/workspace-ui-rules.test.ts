import { describe, expect, test } from 'vitest';
import { atEndMessage, resolveMove } from '../../src/lib/workspace/list-move';
import { dotsTakenBack, readVotingSetting, takeBackWarning } from '../../src/lib/workspace/voting-settings';
import { hasVotesOrLinks } from '../../src/lib/workspace/links';
import { dots, memberName, voteRefusalMessage, votingUndoWording } from '../../src/lib/workspace/vote-wording';
import { rankedWeaknesses } from '../../src/lib/workspace/board';
import { MOSCOW_VALUES, SIZE_VALUES } from '../../src/lib/workspace/backlog';
import { MAX_MEMBERS, MAX_VOTES, type Voting } from '../../src/lib/schema/voting';
import { sampleWorkspace } from './support/workspaces';

describe('moving an item of a list', () => {
  const order = ['a', 'b', 'c', 'd'];
  test.each([
    ['b', 'up', { kind: 'move', to: 0 }],
    ['b', 'down', { kind: 'move', to: 2 }],
    ['c', 'top', { kind: 'move', to: 0 }],
    ['b', 'bottom', { kind: 'move', to: 3 }],
    ['d', 2, { kind: 'move', to: 2 }],
    ['a', 99, { kind: 'move', to: 3 }],
    ['a', 'up', { kind: 'atEnd', end: 'top' }],
    ['a', 'top', { kind: 'atEnd', end: 'top' }],
    ['d', 'down', { kind: 'atEnd', end: 'bottom' }],
    ['d', 'bottom', { kind: 'atEnd', end: 'bottom' }],
  ] as const)('%s %s resolves by id', (id, move, expected) => {
    expect(resolveMove(order, id, move)).toEqual(expected);
  });

  test('an id that is no longer in the list moves nothing (a stale click does nothing)', () => {
    expect(resolveMove(order, 'gone', 'up')).toEqual({ kind: 'unknown' });
    expect(resolveMove(order, 'gone', 0)).toEqual({ kind: 'unknown' });
  });

  test('says when an item is already at an end', () => {
    expect(atEndMessage('Unclear goals', 'top')).toBe("'Unclear goals' is already at the top.");
    expect(atEndMessage('Unclear goals', 'bottom')).toBe("'Unclear goals' is already at the bottom.");
  });
});

describe('voting settings', () => {
  test.each(['-1', '0', '', '   ', 'three', '2.5', '1e2', String(MAX_VOTES + 1)])(
    'dots per voter refuses %j with a message',
    (text) => {
      const result = readVotingSetting('votesPerMember', text);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.message).toMatch(
          /^Dots per voter: type a whole number from 1 to 99( \(not '.+'\))?\. Nothing was changed\.$/,
        );
    },
  );

  test('the message quotes what was typed, or says the field is empty', () => {
    expect(readVotingSetting('perItemCap', 'lots')).toEqual({
      ok: false,
      message: "Most dots on one item: type a whole number from 1 to 99 (not 'lots'). Nothing was changed.",
    });
    expect(readVotingSetting('members', '')).toEqual({
      ok: false,
      message: `Voters: type a whole number from 0 to ${MAX_MEMBERS}. Nothing was changed.`,
    });
  });

  test('accepts whole numbers in range, with spaces around', () => {
    expect(readVotingSetting('votesPerMember', ' 5 ')).toEqual({ ok: true, value: 5 });
    expect(readVotingSetting('perItemCap', '99')).toEqual({ ok: true, value: 99 });
    expect(readVotingSetting('members', '0')).toEqual({ ok: true, value: 0 });
    expect(readVotingSetting('members', String(MAX_MEMBERS)).ok).toBe(true);
    expect(readVotingSetting('members', String(MAX_MEMBERS + 1)).ok).toBe(false);
    expect(readVotingSetting('members', '-1').ok).toBe(false);
  });

  const voting: Voting = {
    votesPerMember: 3,
    perItemCap: 2,
    members: [
      { id: 'm1', name: 'Ana' },
      { id: 'm2', name: 'Bo' },
    ],
    votes: [
      { memberId: 'm1', weaknessId: 'w1', count: 2 },
      { memberId: 'm1', weaknessId: 'w2', count: 1 },
      { memberId: 'm2', weaknessId: 'w1', count: 1 },
    ],
  };

  test('counts the dots a change would take back', () => {
    expect(dotsTakenBack(voting, 'votesPerMember', 3)).toBe(0);
    expect(dotsTakenBack(voting, 'votesPerMember', 2)).toBe(1);
    expect(dotsTakenBack(voting, 'votesPerMember', 1)).toBe(2);
    expect(dotsTakenBack(voting, 'perItemCap', 1)).toBe(1);
    expect(dotsTakenBack(voting, 'perItemCap', 5)).toBe(0);
    expect(dotsTakenBack(voting, 'members', 1)).toBe(1);
    expect(dotsTakenBack(voting, 'members', 0)).toBe(4);
    expect(dotsTakenBack(voting, 'members', 5)).toBe(0);
  });

  test('warns in a sentence', () => {
    expect(takeBackWarning(1)).toBe('This takes back 1 dot already placed.');
    expect(takeBackWarning(3)).toBe('This takes back 3 dots already placed.');
  });
});

describe('the board and its wording', () => {
  test('ranked weaknesses follow the rank and skip ids that are not weaknesses', () => {
    const weaknesses = [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ];
    expect(rankedWeaknesses(weaknesses, ['b', 'x', 'a']).map((w) => w.text)).toEqual(['B', 'A']);
  });

  test('a weakness with dots or links is reported as such', () => {
    const ws = sampleWorkspace();
    const unlinked = { ...ws, voting: { ...ws.voting, votes: [] }, discussion: [], goals: [] };
    const id = ws.weaknesses[0]?.id ?? '';
    expect(hasVotesOrLinks(unlinked, id)).toBe(false);
    expect(hasVotesOrLinks({ ...unlinked, goals: [{ ...emptyGoal(), weaknessIds: [id] }] }, id)).toBe(true);
  });

  test('refusals name the voter and the item', () => {
    expect(voteRefusalMessage('noVotesLeft', 'Ana', 'X', 2)).toBe(
      'Ana has no dots left. Take one back, or start a new round.',
    );
    expect(voteRefusalMessage('itemCapReached', 'Ana', 'X', 2)).toBe(
      "Ana already has 2 dots on 'X', the most allowed on one item.",
    );
    expect(voteRefusalMessage('unknownMember', 'Ana', 'X', 2)).toBe('Choose who is voting first.');
    expect(voteRefusalMessage('unknownWeakness', 'Ana', 'X', 2)).toBe("'X' is no longer on the board.");
    expect([dots(1), dots(0)]).toEqual(['1 dot', '0 dots']);
    expect([memberName({ name: ' Ana ' }, 0), memberName({ name: '' }, 2)]).toEqual(['Ana', 'Member 3']);
  });

  test('an undoable voting action says what happened, that its Undo brings it back, and what came back', () => {
    expect(votingUndoWording({ kind: 'rank', first: 'Slow builds' })).toEqual({
      done: "Ranked by votes. 'Slow builds' is now first.",
      button: 'Undo ranking',
      announcement: "Ranked by votes. 'Slow builds' is now first. Undo ranking brings back the order you had.",
      undone: 'The order you had is back.',
    });
    expect(votingUndoWording({ kind: 'rank', first: null }).done).toBe('Ranked by votes.');
    expect(votingUndoWording({ kind: 'round', dots: 5 })).toEqual({
      done: 'New round: every dot was taken back (5 dots).',
      button: 'Undo new round',
      announcement: 'New round: every dot was taken back (5 dots). Undo new round brings them back.',
      undone: '5 dots from the last round are back.',
    });
    expect(votingUndoWording({ kind: 'round', dots: 1 }).undone).toBe('1 dot from the last round is back.');
    expect(votingUndoWording({ kind: 'setting', label: 'Dots per voter', from: 3, to: 1, dots: 1 })).toEqual({
      done: 'Dots per voter: 1. 1 dot taken back.',
      button: 'Undo change',
      announcement: 'Dots per voter: 1. 1 dot taken back. Undo change brings it back.',
      undone: 'Dots per voter is back to 3, with the 1 dot it took back.',
    });
  });

  test('priorities and sizes come from the schema, in order', () => {
    expect(MOSCOW_VALUES).toEqual(['must', 'should', 'could', 'wont']);
    expect(SIZE_VALUES).toEqual(['XS', 'S', 'M', 'L', 'XL']);
  });
});

function emptyGoal() {
  return { id: 'g1', statement: '', weaknessIds: [] as string[], owner: '', measure: '', due: '', checkIn: null };
}

describe('the existing backlog from a file', () => {
  test('a file over the limit is refused before it is read, naming its size and the limit', async () => {
    const { backlogTooLarge } = await import('../../src/lib/import/backlog/backlog-parse');
    const { MAX_IMPORT_BYTES } = await import('../../src/lib/import/limits');
    expect(backlogTooLarge('issues.json', MAX_IMPORT_BYTES)).toBeNull();
    expect(backlogTooLarge('issues.json', MAX_IMPORT_BYTES + 1)).toBe(
      'issues.json is 2049 KB; the limit is 2 MB. Nothing was added.',
    );
  });
});
