import type { DotOutcome, DotRefusal } from './outcomes';

/** "1 dot", "3 dots". */
export const dots = (n: number) => `${n} ${n === 1 ? 'dot' : 'dots'}`;

/** A voter as the board names them: their name, or "Member 3" while they have none. */
export const memberName = (member: { name: string }, index: number) => member.name.trim() || `Member ${index + 1}`;

/** Why a dot was refused, as the board says it ("Member 1 has no dots left. …"). */
export function voteRefusalMessage(reason: DotRefusal, voter: string, item: string, perItemCap: number): string {
  switch (reason) {
    case 'noDotHere':
      return `${voter} has no dot on '${item}'.`;
    case 'noVotesLeft':
      return `${voter} has no dots left. Take one back, or start a new round.`;
    case 'itemCapReached':
      return `${voter} already has ${dots(perItemCap)} on '${item}', the most allowed on one item.`;
    case 'unknownMember':
      return 'Choose who is voting first.';
    case 'unknownWeakness':
      return `'${item}' is no longer on the board.`;
  }
}

/**
 * What the board says after + (`change` 1) or − (-1) on an item: "Member 1 put a dot on 'X'. 2 dots
 * left.", "Member 1 took back a dot from 'X'.", or why not.
 */
export function dotMessage(change: 1 | -1, outcome: DotOutcome, voter: string, item: string, perItemCap: number) {
  if (!outcome.ok) return voteRefusalMessage(outcome.reason, voter, item, perItemCap);
  return change === 1
    ? `${voter} put a dot on '${item}'. ${dots(outcome.left)} left.`
    : `${voter} took back a dot from '${item}'.`;
}

/** An undoable voting action, with what its wording needs. */
export type VotingUndoAction =
  | { kind: 'rank'; first: string | null }
  | { kind: 'round'; dots: number }
  | { kind: 'setting'; label: string; from: number; to: number; dots: number };

/** What an undoable voting action says: on its notice, on its Undo button, aloud, and once undone. */
export interface VotingUndoWording {
  done: string;
  button: string;
  announcement: string;
  undone: string;
}

export function votingUndoWording(action: VotingUndoAction): VotingUndoWording {
  const words = (done: string, button: string, brings: string, undone: string) => ({
    done,
    button,
    announcement: `${done} ${button} ${brings}.`,
    undone,
  });
  switch (action.kind) {
    case 'rank':
      return words(
        action.first === null ? 'Ranked by votes.' : `Ranked by votes. '${action.first}' is now first.`,
        'Undo ranking',
        'brings back the order you had',
        'The order you had is back.',
      );
    case 'round':
      return words(
        `New round: every dot was taken back (${dots(action.dots)}).`,
        'Undo new round',
        'brings them back',
        `${dots(action.dots)} from the last round ${action.dots === 1 ? 'is' : 'are'} back.`,
      );
    case 'setting':
      return words(
        `${action.label}: ${action.to}. ${dots(action.dots)} taken back.`,
        'Undo change',
        action.dots === 1 ? 'brings it back' : 'brings them back',
        `${action.label} is back to ${action.from}, with the ${dots(action.dots)} it took back.`,
      );
  }
}
