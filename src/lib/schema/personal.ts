import { z } from './zod';
import { PERSONAL_EXPECTED, PERSONAL_FORMAT, PERSONAL_VERSION, emptyPersonalList } from './values';

export { PERSONAL_EXPECTED, PERSONAL_FORMAT, PERSONAL_VERSION, emptyPersonalList };
import { TextItemSchema } from './common';

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
