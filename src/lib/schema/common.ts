import { z } from './zod';

/** A stable identifier: links between sections refer to items by it. */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(100));
export type Id = z.output<typeof IdSchema>;

/** A short piece of text the team typed: a strength, a weakness, a personal wish. */
export const TextItemSchema = z.strictObject({
  /** Stable id, unique within the workspace. */
  id: IdSchema,
  /** What the team wrote, kept as plain text (never rendered as HTML). */
  text: z.string().check(z.minLength(1)),
});
export type TextItem = z.output<typeof TextItemSchema>;
