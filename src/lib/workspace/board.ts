import type { Voting } from '../schema/voting';

/** Why a vote was refused. */
export type VoteRefusal = 'noVotesLeft' | 'itemCapReached' | 'unknownMember' | 'unknownWeakness';

export type VoteResult = { ok: true; voting: Voting } | { ok: false; reason: VoteRefusal };

/** Moves `id` to `toIndex` (clamped to the list), keeping the others in order. Unknown ids change nothing. */
export function moveTo(order: readonly string[], id: string, toIndex: number): string[] {
  const from = order.indexOf(id);
  if (from === -1) return [...order];
  const target = Math.max(0, Math.min(order.length - 1, Math.trunc(Number.isFinite(toIndex) ? toIndex : from)));
  const next = order.filter((other) => other !== id);
  next.splice(target, 0, id);
  return next;
}

/** The screen-reader announcement after a move: "'Unclear sprint goals' moved to position 2 of 6". */
export function moveAnnouncement(text: string, order: readonly string[], id: string): string {
  return `'${text}' moved to position ${order.indexOf(id) + 1} of ${order.length}`;
}

/** How many dots these entries hold together. */
export function dotCount(votes: readonly { count: number }[]): number {
  return votes.reduce((sum, v) => sum + v.count, 0);
}

/** How many dots a member has placed in this round. */
export function votesUsed(voting: Voting, memberId: string): number {
  return dotCount(voting.votes.filter((v) => v.memberId === memberId));
}

/** How many dots a member may still place in this round. */
export function votesLeft(voting: Voting, memberId: string): number {
  return Math.max(0, voting.votesPerMember - votesUsed(voting, memberId));
}

/** How many dots one member has placed on one weakness. */
export function memberVotesOn(voting: Voting, memberId: string, weaknessId: string): number {
  return voting.votes.find((v) => v.memberId === memberId && v.weaknessId === weaknessId)?.count ?? 0;
}

/** Places one dot, unless the member has none left or has reached the per-item cap on that weakness. */
export function castVote(
  voting: Voting,
  memberId: string,
  weaknessId: string,
  weaknessIds: readonly string[],
): VoteResult {
  if (!voting.members.some((m) => m.id === memberId)) return { ok: false, reason: 'unknownMember' };
  if (!weaknessIds.includes(weaknessId)) return { ok: false, reason: 'unknownWeakness' };
  if (votesLeft(voting, memberId) <= 0) return { ok: false, reason: 'noVotesLeft' };
  const current = memberVotesOn(voting, memberId, weaknessId);
  if (current >= voting.perItemCap) return { ok: false, reason: 'itemCapReached' };
  const votes =
    current === 0
      ? [...voting.votes, { memberId, weaknessId, count: 1 }]
      : voting.votes.map((v) =>
          v.memberId === memberId && v.weaknessId === weaknessId ? { ...v, count: v.count + 1 } : v,
        );
  return { ok: true, voting: { ...voting, votes } };
}

/** Takes back one dot; without a dot there, nothing changes. */
export function removeVote(voting: Voting, memberId: string, weaknessId: string): Voting {
  const current = memberVotesOn(voting, memberId, weaknessId);
  if (current === 0) return voting;
  const votes =
    current === 1
      ? voting.votes.filter((v) => !(v.memberId === memberId && v.weaknessId === weaknessId))
      : voting.votes.map((v) =>
          v.memberId === memberId && v.weaknessId === weaknessId ? { ...v, count: v.count - 1 } : v,
        );
  return { ...voting, votes };
}

/** Total dots per weakness id; weaknesses without dots are absent (read them as 0). */
export function tally(voting: Voting): Map<string, number> {
  const totals = new Map<string, number>();
  for (const v of voting.votes) totals.set(v.weaknessId, (totals.get(v.weaknessId) ?? 0) + v.count);
  return totals;
}

/** Rank order seeded by the votes: most dots first, ties keep their current order. */
export function rankByVotes(order: readonly string[], voting: Voting): string[] {
  const totals = tally(voting);
  return order
    .map((id, index) => ({ id, index, total: totals.get(id) ?? 0 }))
    .sort((a, b) => b.total - a.total || a.index - b.index)
    .map((entry) => entry.id);
}

/**
 * Applies new limits and takes back dots that no longer fit: first down to the per-item cap, then,
 * per member, from the most recently placed entry until the member is within the budget.
 */
export function withLimits(voting: Voting, votesPerMember: number, perItemCap: number): Voting {
  const capped = voting.votes.map((v) => ({ ...v, count: Math.min(v.count, perItemCap) }));
  const used = new Map<string, number>();
  for (const v of capped) used.set(v.memberId, (used.get(v.memberId) ?? 0) + v.count);
  for (let i = capped.length - 1; i >= 0; i--) {
    const v = capped[i];
    if (!v) continue;
    const over = (used.get(v.memberId) ?? 0) - votesPerMember;
    if (over <= 0) continue;
    const take = Math.min(over, v.count);
    v.count -= take;
    used.set(v.memberId, (used.get(v.memberId) ?? 0) - take);
  }
  return { ...voting, votesPerMember, perItemCap, votes: capped.filter((v) => v.count > 0) };
}

/** The weaknesses in rank order (the board's order), skipping rank entries with no weakness. */
export function rankedWeaknesses<T extends { id: string }>(weaknesses: readonly T[], rank: readonly string[]): T[] {
  const byId = new Map(weaknesses.map((w) => [w.id, w] as const));
  return rank.flatMap((id) => {
    const weakness = byId.get(id);
    return weakness ? [weakness] : [];
  });
}
