import { WorkspaceSchema, type Workspace } from '../schema/workspace';

/**
 * Merges two versions of a workspace written at the same time in two tabs, so that neither tab's
 * new items are lost: everything in `primary` stays as it is, and items only `secondary` has are
 * added after them. Deletions made concurrently in one tab may come back (losing an item is worse).
 * The caller picks `primary` by a rule both tabs share, so both compute the same result.
 */
export function mergeWorkspaces(primary: Workspace, secondary: Workspace): Workspace {
  const taken = new Set<string>(
    [primary.strengths, primary.weaknesses, primary.discussion, primary.goals, primary.backlog].flatMap((list) =>
      list.map((item: { id: string }) => item.id),
    ),
  );
  const extra = <T extends { id: string }>(list: readonly T[]) => list.filter((item) => !taken.has(item.id));

  const strengths = [...primary.strengths, ...extra(secondary.strengths)];
  const weaknesses = [...primary.weaknesses, ...extra(secondary.weaknesses)];
  const weaknessIds = new Set(weaknesses.map((w) => w.id));
  const linked = (ids: readonly string[]) => ids.filter((id) => weaknessIds.has(id));

  const goals = [
    ...primary.goals,
    ...extra(secondary.goals).map((g) => ({ ...g, weaknessIds: linked(g.weaknessIds) })),
  ];
  const goalIds = new Set(goals.map((g) => g.id));

  const rank = [...primary.rank];
  for (const id of [...secondary.rank, ...weaknesses.map((w) => w.id)]) {
    if (weaknessIds.has(id) && !rank.includes(id)) rank.push(id);
  }

  const memberIds = new Set(primary.voting.members.map((m) => m.id));
  const members = [...primary.voting.members, ...secondary.voting.members.filter((m) => !memberIds.has(m.id))];
  const allMembers = new Set(members.map((m) => m.id));
  const pair = (v: { memberId: string; weaknessId: string }) => JSON.stringify([v.memberId, v.weaknessId]);
  const votedPairs = new Set(primary.voting.votes.map(pair));
  const votes = [
    ...primary.voting.votes,
    ...secondary.voting.votes.filter(
      (v) => !votedPairs.has(pair(v)) && allMembers.has(v.memberId) && weaknessIds.has(v.weaknessId),
    ),
  ];

  const merged: Workspace = {
    ...primary,
    strengths,
    weaknesses,
    rank,
    voting: { ...primary.voting, members, votes },
    discussion: [
      ...primary.discussion,
      ...extra(secondary.discussion).map((p) => ({ ...p, weaknessIds: linked(p.weaknessIds) })),
    ],
    goals,
    backlog: [
      ...primary.backlog,
      ...extra(secondary.backlog).map((b) => ({
        ...b,
        goalId: b.goalId !== null && goalIds.has(b.goalId) ? b.goalId : null,
      })),
    ],
  };
  // The same id in two sections of `secondary` would make the result invalid: keep primary then.
  return WorkspaceSchema.safeParse(merged).success ? merged : primary;
}
