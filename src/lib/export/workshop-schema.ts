/*
 * The whole-workshop file's contract, beside its exporter rather than in ../schema: only the
 * overview's exports use it, so it stays out of the workspace pages' first download.
 */
import { z } from '../schema/zod';
import { WorkspaceSchema } from '../schema/workspace';

/** Name of the whole-workshop file format: every team's workspace in one file. */
export const WORKSHOP_FORMAT = 'mentoring-kit/workshop';
/** Version of the workshop format this kit writes. */
export const WORKSHOP_VERSION = 1;
/** Published JSON Schema, relative to the site root. */
export const WORKSHOP_SCHEMA_PATH = 'schema/workshop-v1.json';

/** Every team's workspace from one workshop, as the facilitator exports it from the overview. */
export const WorkshopFileSchema = z
  .object({
    /** Address of the JSON Schema describing this file. */
    $schema: z.optional(z.string()),
    /** Always "mentoring-kit/workshop". */
    format: z.literal(WORKSHOP_FORMAT),
    /** Format version; this schema describes version 1. */
    version: z.literal(WORKSHOP_VERSION),
    /** When the file was exported (ISO 8601, UTC). */
    exportedAt: z.iso.datetime(),
    /** Each team's whole workspace, in the order the overview shows them. */
    teams: z.array(WorkspaceSchema),
  })
  .check(
    z.meta({
      title: 'Mentoring workshop',
      description:
        'Every team of one workshop run with the Scrum Team Mentoring Workshop Kit: each team’s workspace (strengths, ranked weaknesses, questions, goals with their check-ins, backlog items), as in its own workspace file.',
    }),
  );
export type WorkshopFile = z.output<typeof WorkshopFileSchema>;
