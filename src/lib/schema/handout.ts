import { z } from './zod-classic';

/** Who a handout is printed for; the handouts index groups them by it. */
export const HandoutAudienceSchema = z.enum(['participants', 'teams', 'mentors', 'facilitators']);
export type HandoutAudience = z.output<typeof HandoutAudienceSchema>;

export const HandoutSchema = z.object({
  /** Handout title, printed at the top of the page. */
  title: z.string().min(1),
  /** One sentence for the handouts index, search results and link previews. */
  summary: z.string().min(1),
  /** Who it is printed for. */
  audience: HandoutAudienceSchema,
  /** Position on the handouts index. */
  order: z.number().int().positive(),
  /**
   * How it prints: `flow` (as long as it needs), `page-per-section` (each `##` section starts a new
   * sheet, for worksheets), `one-page` (smaller type, to fit one sheet).
   */
  print: z.enum(['flow', 'page-per-section', 'one-page']).default('flow'),
  /** Whether the all-in-one page carries it after the episodes (material for every participant). */
  allInOne: z.boolean().default(false),
  /** Last content change, used when git history is not available. */
  updated: z.coerce.date().optional(),
});
export type Handout = z.output<typeof HandoutSchema>;
