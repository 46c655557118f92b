import { z } from './zod';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from './values';

export {
  DEFAULT_PER_ITEM_CAP,
  DEFAULT_VOTES_PER_MEMBER,
  WORKSPACE_FORMAT,
  WORKSPACE_SCHEMA_PATH,
  WORKSPACE_VERSION,
  emptyWorkspace,
} from './values';
import { IdSchema, TextItemSchema } from './common';
import { VotingSchema } from './voting';
import { DiscussionPointSchema } from './discussion';
import { GoalSchema } from './goal';
import { BacklogItemSchema } from './backlog-item';

export * from './common';
export * from './voting';
export * from './discussion';
export * from './goal';
export * from './backlog-item';

/** Who is in the session and when it took place. */
export const TeamSchema = z.strictObject({
  /** Team name, used in titles and export file names. */
  name: z.string(),
  /** Date of the session as YYYY-MM-DD, or empty when not set. */
  sessionDate: z.union([z.literal(''), z.iso.date()]),
  /** The mentor's name. */
  mentor: z.string(),
});
export type Team = z.output<typeof TeamSchema>;

const workspaceShape = {
  /** Always "mentoring-kit/workspace". */
  format: z.literal(WORKSPACE_FORMAT),
  /** Format version; this schema describes version 2. */
  version: z.literal(WORKSPACE_VERSION),
  /** Team name, session date and mentor. */
  team: TeamSchema,
  /** What the team is good at, in the order written. */
  strengths: z.array(TextItemSchema),
  /** What the team wants to improve, in the order written. */
  weaknesses: z.array(TextItemSchema),
  /** Ids of all weaknesses, most important first (the prioritisation board). */
  rank: z.array(IdSchema),
  /** Dot voting on the weaknesses. */
  voting: VotingSchema,
  /** Questions for the mentor, in the order written. */
  discussion: z.array(DiscussionPointSchema),
  /** Goals of the session (three are expected), each with its check-in after the next sprint. */
  goals: z.array(GoalSchema),
  /** Backlog worksheet items, in backlog order (top first). */
  backlog: z.array(BacklogItemSchema),
};

type WorkspaceShape = z.output<z.ZodMiniObject<typeof workspaceShape>>;

/** Checks the links between sections: unique ids, the rank covers every weakness, links point at something. */
function checkLinks(ws: WorkspaceShape, ctx: z.core.$RefinementCtx<WorkspaceShape>): void {
  const issue = (path: (string | number)[], message: string) => {
    ctx.addIssue({ code: 'custom', path, message });
  };
  const uniqueIds = (list: { id: string }[], path: string[], seen = new Set<string>()) => {
    list.forEach((item, index) => {
      if (seen.has(item.id)) issue([...path, index, 'id'], `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };
  const items = uniqueIds(ws.strengths, ['strengths']);
  const weaknessIds = new Set(ws.weaknesses.map((w) => w.id));
  uniqueIds(ws.weaknesses, ['weaknesses'], items);
  const goalIds = uniqueIds(ws.goals, ['goals']);
  uniqueIds(ws.discussion, ['discussion']);
  uniqueIds(ws.backlog, ['backlog']);
  const memberIds = uniqueIds(ws.voting.members, ['voting', 'members']);

  const ranked = new Set<string>();
  ws.rank.forEach((id, index) => {
    if (!weaknessIds.has(id)) issue(['rank', index], `"${id}" is not a weakness`);
    else if (ranked.has(id)) issue(['rank', index], `"${id}" is ranked twice`);
    ranked.add(id);
  });
  for (const id of weaknessIds) {
    if (!ranked.has(id)) issue(['rank'], `weakness "${id}" is missing from the rank order`);
  }

  const pairs = new Set<string>();
  ws.voting.votes.forEach((vote, index) => {
    if (!memberIds.has(vote.memberId))
      issue(['voting', 'votes', index, 'memberId'], `"${vote.memberId}" is not a member`);
    if (!weaknessIds.has(vote.weaknessId)) {
      issue(['voting', 'votes', index, 'weaknessId'], `"${vote.weaknessId}" is not a weakness`);
    }
    const pair = JSON.stringify([vote.memberId, vote.weaknessId]);
    if (pairs.has(pair)) issue(['voting', 'votes', index], 'a second entry for the same member and weakness');
    pairs.add(pair);
  });

  const checkWeaknessLinks = (list: { weaknessIds: string[] }[], name: string) => {
    list.forEach((item, index) => {
      const seen = new Set<string>();
      item.weaknessIds.forEach((id, linkIndex) => {
        if (!weaknessIds.has(id)) issue([name, index, 'weaknessIds', linkIndex], `"${id}" is not a weakness`);
        else if (seen.has(id)) issue([name, index, 'weaknessIds', linkIndex], `"${id}" is linked twice`);
        seen.add(id);
      });
    });
  };
  checkWeaknessLinks(ws.discussion, 'discussion');
  checkWeaknessLinks(ws.goals, 'goals');

  ws.backlog.forEach((item, index) => {
    if (item.goalId !== null && !goalIds.has(item.goalId)) {
      issue(['backlog', index, 'goalId'], `"${item.goalId}" is not a goal`);
    }
  });
}

/** The team's whole workspace, as kept in the browser. */
export const WorkspaceSchema = z.strictObject(workspaceShape).check(z.superRefine(checkLinks));
export type Workspace = z.output<typeof WorkspaceSchema>;

/**
 * A workspace file as exported: the workspace plus where its schema lives and when it was written.
 * Every object in it is strict, as the published JSON Schema is (additionalProperties: false): a key
 * it does not allow, `__proto__` included, is refused with its place named rather than dropped.
 */
export const WorkspaceFileSchema = z
  .strictObject({
    /** Address of the JSON Schema describing this file. */
    $schema: z.optional(z.string()),
    ...workspaceShape,
    /** When the file was exported (ISO 8601, UTC). */
    exportedAt: z.optional(z.iso.datetime()),
  })
  .check(
    z.superRefine(checkLinks),
    z.meta({
      title: 'Mentoring workspace',
      description:
        "A Scrum team's mentoring session exported by the Scrum Team Mentoring Workshop Kit: strengths, weaknesses in rank order with dot votes, questions for the mentor, goals and backlog items, linked by id.",
    }),
  );
export type WorkspaceFile = z.output<typeof WorkspaceFileSchema>;
