import { z } from './zod';
import { IdSchema } from './common';

/** A question or topic the team wants to raise with the mentor. */
export const DiscussionPointSchema = z.strictObject({
  /** Stable id, unique within the workspace. */
  id: IdSchema,
  /** The question as the team wrote it (plain text). */
  text: z.string().check(z.minLength(1)),
  /** Ids of the weaknesses this point is about; its order follows their rank. */
  weaknessIds: z.array(IdSchema),
});
export type DiscussionPoint = z.output<typeof DiscussionPointSchema>;
