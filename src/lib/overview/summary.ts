/**
 * What the facilitator's overview shows of one team, from its workspace: the same summary whether
 * the workspace came from a file or from the team's live room.
 */
import type { CheckInStatus } from '../schema/goal';
import { specificityMessage } from '../workspace/goals';
import { describeCheckIn, tallyCheckIns, type CheckInTally } from '../workspace/check-in';
import type { TeamEntry } from './overview';

/** How many top-ranked weaknesses the overview shows per team. */
export const TOP_WEAKNESSES = 3;

export interface GoalSummary {
  id: string;
  statement: string;
  /** "Not yet specific: missing owner", or null when the goal has every part. */
  flag: string | null;
  checkIn: { status: CheckInStatus; note: string } | null;
  /** "Achieved: …", "Not checked in yet". */
  checkInText: string;
}

export interface TeamSummary {
  /** The team's name, or the file's when the team has none. */
  name: string;
  mentor: string;
  sessionDate: string;
  counts: { strengths: number; weaknesses: number; questions: number; goals: number; backlog: number };
  /** The first weaknesses in the team's rank order. */
  topWeaknesses: string[];
  goals: GoalSummary[];
  checkIns: CheckInTally;
}

/** What the overview shows of one team. */
export function summariseTeam(entry: TeamEntry): TeamSummary {
  const ws = entry.workspace;
  return {
    name: ws.team.name.trim() || entry.file,
    mentor: ws.team.mentor.trim(),
    sessionDate: ws.team.sessionDate,
    counts: {
      strengths: ws.strengths.length,
      weaknesses: ws.weaknesses.length,
      questions: ws.discussion.length,
      goals: ws.goals.length,
      backlog: ws.backlog.length,
    },
    topWeaknesses: ws.rank
      .slice(0, TOP_WEAKNESSES)
      .map((id) => ws.weaknesses.find((weakness) => weakness.id === id)?.text ?? '')
      .filter((text) => text !== ''),
    goals: ws.goals.map((goal) => ({
      id: goal.id,
      statement: goal.statement.trim(),
      flag: specificityMessage(goal),
      checkIn: goal.checkIn,
      checkInText: describeCheckIn(goal),
    })),
    checkIns: tallyCheckIns(ws.goals),
  };
}
