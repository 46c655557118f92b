import { z } from './zod';
import { MAX_MEMBERS, MAX_VOTES } from './values';

export { MAX_MEMBERS, MAX_VOTES };
import { IdSchema } from './common';

/** A team member who places dots in the voting round. */
export const MemberSchema = z.strictObject({
  /** Stable id, unique among the members. */
  id: IdSchema,
  /** Name or label shown next to the member's dots, e.g. "Member 1". */
  name: z.string(),
});
export type Member = z.output<typeof MemberSchema>;

/** The dots one member has placed on one weakness. */
export const VoteSchema = z.strictObject({
  /** The member who voted. */
  memberId: IdSchema,
  /** The weakness voted for. */
  weaknessId: IdSchema,
  /** How many dots this member placed on this weakness (at least 1). */
  count: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_VOTES)),
});
export type Vote = z.output<typeof VoteSchema>;

/** Dot voting on the weaknesses, used to seed the rank order. */
export const VotingSchema = z.strictObject({
  /** Dots each member may place in a round (3 by default). */
  votesPerMember: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_VOTES)),
  /** Most dots one member may place on a single weakness. */
  perItemCap: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_VOTES)),
  /** The voters, in the order they are shown. */
  members: z.array(MemberSchema),
  /** Dots placed so far, at most one entry per member and weakness. */
  votes: z.array(VoteSchema),
});
export type Voting = z.output<typeof VotingSchema>;
