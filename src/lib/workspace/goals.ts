import { GOALS_EXPECTED, type Goal } from '../schema/goal';
import { goalWeaknesses, type GoalWeakness } from './goal-check';

export type { GoalWeakness } from './goal-check';

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

/** One thing a mentor would point at in a goal: a part that is missing, or wording that is weak. */
export interface GoalFinding {
  kind: 'missing' | GoalWeakness;
  /** What is wrong and how to fix it, as one sentence (for a missing part, the parts' names). */
  message: string;
}

/**
 * Everything that keeps a goal from being specific: first the missing parts (one finding naming
 * them all), then each weak part in worksheet order. Empty when a mentor would accept the goal.
 */
export function checkGoal(goal: Goal): GoalFinding[] {
  const missing = missingParts(goal);
  const findings: GoalFinding[] = [];
  if (missing.length > 0)
    findings.push({ kind: 'missing', message: `missing ${missing.map((part) => GOAL_PART_LABELS[part]).join(', ')}` });
  for (const { weakness, message } of goalWeaknesses(goal)) findings.push({ kind: weakness, message });
  return findings;
}

/** Whether a goal has every part and none of them is vague. */
export function isSpecific(goal: Goal): boolean {
  return checkGoal(goal).length === 0;
}

/**
 * The flag shown on a goal that is not yet specific, e.g. "Not yet specific: missing owner, by when
 * (which sprint)." followed by a sentence for each weak part. Null when the goal is specific.
 */
export function specificityMessage(goal: Goal): string | null {
  const findings = checkGoal(goal);
  if (findings.length === 0) return null;
  const [first, ...rest] = findings;
  const missing = first?.kind === 'missing';
  const sentences = missing ? rest : findings;
  const head = missing ? `Not yet specific: ${first.message}${sentences.length > 0 ? '.' : ''}` : 'Not yet specific.';
  return [head, ...sentences.map((finding) => finding.message)].join(' ');
}

/** How many more goals are needed to reach the expected three (0 when there are enough). */
export function goalsStillMissing(goals: readonly Goal[], expected: number = GOALS_EXPECTED): number {
  return Math.max(0, expected - goals.length);
}
