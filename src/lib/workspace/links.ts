import type { Workspace } from '../schema/workspace';

/** True when a weakness has dots, or questions or goals pointing at it (moving it away takes them). */
export function hasVotesOrLinks(ws: Workspace, id: string): boolean {
  return (
    ws.voting.votes.some((v) => v.weaknessId === id) ||
    ws.discussion.some((p) => p.weaknessIds.includes(id)) ||
    ws.goals.some((g) => g.weaknessIds.includes(id))
  );
}
