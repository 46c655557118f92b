import { z } from './zod';
import { TextItemSchema } from './common';

/** Name of the personal list format, kept apart from the team workspace. */
export const PERSONAL_FORMAT = 'mentoring-kit/personal-list';
/** Current version of the personal list format. */
export const PERSONAL_VERSION = 1;
/** How many things the solo exercise asks for. */
export const PERSONAL_EXPECTED = 5;

/**
 * The solo exercise: things I would like a mentor's help with. Personal, so it is stored on its
 * own and never goes into the team's workspace file.
 */
export const PersonalListSchema = z.object({
  /** Always "mentoring-kit/personal-list". */
  format: z.literal(PERSONAL_FORMAT),
  /** Format version. */
  version: z.literal(PERSONAL_VERSION),
  /** The wishes, in the order written. */
  items: z.array(TextItemSchema),
});
export type PersonalList = z.output<typeof PersonalListSchema>;

/** A personal list with nothing in it. */
export function emptyPersonalList(): PersonalList {
  return { format: PERSONAL_FORMAT, version: PERSONAL_VERSION, items: [] };
}
