import type { VoteRefusal } from './board';

/** "1 dot", "3 dots". */
export const dots = (n: number) => `${n} ${n === 1 ? 'dot' : 'dots'}`;

/** A voter as the board names them: their name, or "Member 3" while they have none. */
export const memberName = (member: { name: string }, index: number) => member.name.trim() || `Member ${index + 1}`;

/** Why a dot was refused, as the board says it ("Member 1 has no dots left. …"). */
export function voteRefusalMessage(reason: VoteRefusal, voter: string, item: string, perItemCap: number): string {
  switch (reason) {
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
