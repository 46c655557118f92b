import { z } from './zod';
import { MOSCOW_VALUES, SIZE_VALUES } from './values';
import { IdSchema } from './common';

/** MoSCoW priority: Must, Should, Could, Won't (this time). */
export const MoscowSchema = z.enum(MOSCOW_VALUES);
export type Moscow = z.output<typeof MoscowSchema>;

/** T-shirt estimate. */
export const SizeSchema = z.enum(SIZE_VALUES);
export type Size = z.output<typeof SizeSchema>;

/** What an existing item looked like when it was imported, so changes can be shown. */
export const BaselineSchema = z.strictObject({
  /** Priority read from the imported labels, or null when it had none. */
  priority: z.nullable(MoscowSchema),
  /** Estimate read from the imported labels, or null when it had none. */
  size: z.nullable(SizeSchema),
  /** Position among the imported items, starting at 0. */
  order: z.number().check(z.int(), z.minimum(0)),
});
export type Baseline = z.output<typeof BaselineSchema>;

/** Where an item already in the team's backlog came from. */
export const ExistingIssueSchema = z.strictObject({
  /** Issue number in the team's tracker, or null when the source (e.g. a CSV) had none. */
  number: z.nullable(z.number().check(z.int(), z.positive())),
  /**
   * Link to the issue (http or https only, so it can never run script), or null when unknown. The
   * scheme's letters are spelt out in either case rather than with the `i` flag, which JSON Schema
   * patterns cannot carry: the published pattern must accept exactly what this one accepts.
   */
  url: z.nullable(
    z.string().check(z.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/\S+$/, 'must be an http:// or https:// address')),
  ),
  /** Labels the issue had when imported, as written there. */
  labels: z.array(z.string()),
  /** Priority, estimate and position as imported. */
  baseline: BaselineSchema,
});
export type ExistingIssue = z.output<typeof ExistingIssueSchema>;

/** An item on the backlog worksheet: new (from a goal or typed) or imported from the team's backlog. */
export const BacklogItemSchema = z.strictObject({
  /** Stable id, unique within the workspace. */
  id: IdSchema,
  /** One-line title, becomes the issue title or Jira summary. */
  title: z.string().check(z.minLength(1)),
  /** Longer description (plain text or Markdown the tracker renders). */
  description: z.string(),
  /** MoSCoW priority, or null while undecided. */
  priority: z.nullable(MoscowSchema),
  /** T-shirt estimate, or null while unestimated. */
  size: z.nullable(SizeSchema),
  /** Id of the goal this item serves, or null. */
  goalId: z.nullable(IdSchema),
  /** For items imported from the existing backlog: the issue and its baseline; null for new items. */
  existing: z.nullable(ExistingIssueSchema),
});
export type BacklogItem = z.output<typeof BacklogItemSchema>;
