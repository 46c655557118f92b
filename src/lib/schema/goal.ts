import { z } from './zod';
import { CHECK_IN_STATUSES, GOALS_EXPECTED } from './values';

export { CHECK_IN_STATUSES, GOALS_EXPECTED };
import { IdSchema } from './common';

export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

/** The team's check-in on a goal after the next sprint. */
export const GoalCheckInSchema = z.strictObject({
  /** Achieved, still in progress, or dropped. */
  status: z.enum(CHECK_IN_STATUSES),
  /** What happened, in the team's words; may be empty. */
  note: z.string(),
});
export type GoalCheckIn = z.output<typeof GoalCheckInSchema>;

/** An outcome of the mentoring session. Empty text means "not written yet": flagged, never blocked. */
export const GoalSchema = z.strictObject({
  /** Stable id, unique within the workspace; backlog items point at it. */
  id: IdSchema,
  /** What the team wants to achieve, in one sentence. */
  statement: z.string(),
  /** Ids of the weaknesses the goal addresses. */
  weaknessIds: z.array(IdSchema),
  /** Who in the team looks after the goal. */
  owner: z.string(),
  /** How success will be seen. */
  measure: z.string(),
  /** By when: which sprint, e.g. "Sprint 14". */
  due: z.string(),
  /** The check-in after the next sprint; null until the team has done it. */
  checkIn: z.nullable(GoalCheckInSchema),
});
export type Goal = z.output<typeof GoalSchema>;
