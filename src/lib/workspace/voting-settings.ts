import { MAX_MEMBERS, MAX_VOTES } from '../schema/values';
import type { Voting } from '../schema/voting';
import { dotCount, withLimits } from './board';

/** A voting setting the team types: the voters, the dots per voter, the most dots on one item. */
export type VotingSetting = 'members' | 'votesPerMember' | 'perItemCap';

/** The smallest value each setting accepts: no voters ends voting; a voter always has a dot. */
const MINIMUM: Record<VotingSetting, number> = { members: 0, votesPerMember: 1, perItemCap: 1 };
const MAXIMUM: Record<VotingSetting, number> = {
  members: MAX_MEMBERS,
  votesPerMember: MAX_VOTES,
  perItemCap: MAX_VOTES,
};
/** The settings' labels, as the board shows them and its messages name them. */
export const VOTING_SETTING_LABELS: Record<VotingSetting, string> = {
  members: 'Voters',
  votesPerMember: 'Dots per voter',
  perItemCap: 'Most dots on one item',
};

export type SettingResult = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads what was typed in a voting setting. Only a whole number in range is accepted: empty text,
 * words, fractions, negative numbers and zero dots are refused with a sentence saying what fits,
 * and the caller changes nothing.
 */
export function readVotingSetting(setting: VotingSetting, text: string): SettingResult {
  const min = MINIMUM[setting];
  const max = MAXIMUM[setting];
  const trimmed = text.trim();
  const value = /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (Number.isInteger(value) && value >= min && value <= max) return { ok: true, value };
  const typed = trimmed === '' ? '' : ` (not '${trimmed}')`;
  return {
    ok: false,
    message: `${VOTING_SETTING_LABELS[setting]}: type a whole number from ${min} to ${max}${typed}. Nothing was changed.`,
  };
}

/** How many placed dots a change of a voting setting would take back (0 when none). */
export function dotsTakenBack(voting: Voting, setting: VotingSetting, value: number): number {
  if (setting === 'members') {
    const kept = new Set(voting.members.slice(0, value).map((m) => m.id));
    return dotCount(voting.votes.filter((v) => !kept.has(v.memberId)));
  }
  const next =
    setting === 'votesPerMember'
      ? withLimits(voting, value, voting.perItemCap)
      : withLimits(voting, voting.votesPerMember, value);
  return dotCount(voting.votes) - dotCount(next.votes);
}

/** The warning shown before a change takes back dots: "This takes back 3 dots already placed." */
export function takeBackWarning(count: number): string {
  return `This takes back ${count} ${count === 1 ? 'dot' : 'dots'} already placed.`;
}
