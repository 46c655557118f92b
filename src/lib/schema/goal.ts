import { z } from './zod';
import { IdSchema } from './common';

/** How many goals a session is expected to produce. */
export const GOALS_EXPECTED = 3;

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
});
export type Goal = z.output<typeof GoalSchema>;
