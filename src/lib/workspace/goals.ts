import { GOALS_EXPECTED } from '../schema/values';
import type { Goal } from '../schema/goal';

/** A part of a goal that can be missing. */
export type GoalPart = 'statement' | 'weaknesses' | 'owner' | 'measure' | 'due';

/** Human names of the parts, for the "not yet specific" flag. */
export const GOAL_PART_LABELS: Record<GoalPart, string> = {
  statement: 'statement',
  weaknesses: 'weaknesses it addresses',
  owner: 'owner',
  measure: 'how success will be seen',
  due: 'by when (which sprint)',
};

/** The parts a goal still lacks, in the order the worksheet asks for them; empty when it is specific. */
export function missingParts(goal: Goal): GoalPart[] {
  const missing: GoalPart[] = [];
  if (goal.statement.trim() === '') missing.push('statement');
  if (goal.weaknessIds.length === 0) missing.push('weaknesses');
  if (goal.owner.trim() === '') missing.push('owner');
  if (goal.measure.trim() === '') missing.push('measure');
  if (goal.due.trim() === '') missing.push('due');
  return missing;
}

/*
 * These checks are small and synchronous, for the first paint of the goals worksheet. Judging the
 * wording as a mentor would (an owner who is the whole team, success nobody could count, "soon",
 * a wish instead of an action) is in lib/goal-check, which is larger and is loaded with import() when needed:
 * `goalFlag` there gives the full flag, and this module's flag is a part of it.
 */

/** The flag for a goal's missing parts, e.g. "Not yet specific: missing owner, by when (which sprint)". */
export function specificityMessage(goal: Goal): string | null {
  const missing = missingParts(goal);
  if (missing.length === 0) return null;
  return `Not yet specific: missing ${missing.map((part) => GOAL_PART_LABELS[part]).join(', ')}`;
}

/** How many more goals are needed to reach the expected three (0 when there are enough): given the goals or their count. */
export function goalsStillMissing(goals: readonly Goal[] | number, expected: number = GOALS_EXPECTED): number {
  return Math.max(0, expected - (typeof goals === 'number' ? goals : goals.length));
}
