/**
 * The goal check-in after the next sprint: the team marks each goal achieved, in progress or
 * dropped, with a note. Pure rules; the store's action and the overview use them.
 */
import { CHECK_IN_STATUSES } from '../schema/values';
import type { CheckInStatus, Goal, GoalCheckIn } from '../schema/goal';
import type { Workspace } from '../schema/workspace';

/** The words shown for each status, in the order the control offers them. */
export const CHECK_IN_LABELS: Record<CheckInStatus, string> = {
  achieved: 'Achieved',
  'in-progress': 'In progress',
  dropped: 'Dropped',
};

/** The workspace with a goal's check-in set (null: not checked in); the same object when nothing changes. */
export function withCheckIn(ws: Workspace, goalId: string, checkIn: GoalCheckIn | null): Workspace {
  const goal = ws.goals.find((candidate) => candidate.id === goalId);
  if (!goal) return ws;
  const same =
    checkIn === null
      ? goal.checkIn === null
      : goal.checkIn?.status === checkIn.status && goal.checkIn.note === checkIn.note;
  if (same) return ws;
  const next = checkIn === null ? null : { status: checkIn.status, note: checkIn.note };
  return { ...ws, goals: ws.goals.map((candidate) => (candidate === goal ? { ...goal, checkIn: next } : candidate)) };
}

/** "Achieved: shipped in Sprint 5", "Dropped", "Not checked in yet". */
export function describeCheckIn(goal: Pick<Goal, 'checkIn'>): string {
  if (!goal.checkIn) return 'Not checked in yet';
  const label = CHECK_IN_LABELS[goal.checkIn.status];
  const note = goal.checkIn.note.trim();
  return note ? `${label}: ${note}` : label;
}

export interface CheckInTally {
  achieved: number;
  'in-progress': number;
  dropped: number;
  /** Goals not checked in yet. */
  open: number;
}

/** How many goals are in each state. */
export function tallyCheckIns(goals: readonly Pick<Goal, 'checkIn'>[]): CheckInTally {
  const tally: CheckInTally = { achieved: 0, 'in-progress': 0, dropped: 0, open: 0 };
  for (const goal of goals) tally[goal.checkIn ? goal.checkIn.status : 'open']++;
  return tally;
}

export { CHECK_IN_STATUSES };
