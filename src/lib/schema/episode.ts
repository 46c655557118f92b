import { z } from './zod-classic';

/** Who does the exercise: one person, two people, a team, or the whole room. */
export const ExerciseModeSchema = z.enum(['solo', 'pair', 'group', 'class']);
export type ExerciseMode = z.output<typeof ExerciseModeSchema>;

/** Team workspace tools an exercise can carry. */
export const WorkspaceToolSchema = z.enum([
  'strengths-weaknesses',
  'priority-board',
  'discussion-points',
  'goals',
  'backlog',
  'personal-list',
]);
export type WorkspaceTool = z.output<typeof WorkspaceToolSchema>;

export const ExercisePartSchema = z.object({
  /** Short name announced when the part begins, e.g. "Strengths and weaknesses". */
  label: z.string().min(1),
  /** Length of the part in whole minutes. */
  minutes: z.number().int().positive(),
  /** One line telling the group what to do during this part. */
  instruction: z.string().min(1),
});
export type ExercisePart = z.output<typeof ExercisePartSchema>;

export const ExerciseSchema = z
  .object({
    /** Stable id, unique across the workshop; timers and tools are keyed by it. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens'),
    /** Title shown on the exercise box, the schedule, the console and the projector. */
    title: z.string().min(1),
    /** Who does it. */
    mode: ExerciseModeSchema,
    /** Total length in whole minutes. */
    minutes: z.number().int().positive(),
    /** One line telling people what to do (shown when the exercise has no parts). */
    instruction: z.string().min(1),
    /** What the group or person has produced when time is up. */
    produces: z.string().min(1),
    /** Timed parts, in order; their minutes add up to the exercise's minutes. */
    parts: z.array(ExercisePartSchema).min(2).optional(),
    /** Workspace tools shown inside the exercise box. */
    tools: z.array(WorkspaceToolSchema).default([]),
  })
  .superRefine((exercise, ctx) => {
    if (!exercise.parts) return;
    const sum = exercise.parts.reduce((total, part) => total + part.minutes, 0);
    if (sum !== exercise.minutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['parts'],
        message: `the parts add up to ${sum} minutes but the exercise declares ${exercise.minutes}`,
      });
    }
  });
export type Exercise = z.output<typeof ExerciseSchema>;

/** A pause in the day after an episode: a break, or the time mentors need to take their seats. */
export const BreakSchema = z.object({
  /** Shown in the schedule and, later, on the console and the projector's holding screen. */
  title: z.string().min(1),
  /** Length of the pause in whole minutes. */
  minutes: z.number().int().positive(),
});
export type Break = z.output<typeof BreakSchema>;

export const EpisodeSchema = z
  .object({
    /** Episode title. */
    title: z.string().min(1),
    /** Position in the workshop, starting at 1. */
    order: z.number().int().positive(),
    /** One-sentence summary for the home page, search results and link previews. */
    summary: z.string().min(1),
    /** Minutes of teaching and discussion outside the exercises. */
    teaching: z.number().int().nonnegative(),
    /** Minutes of exercises: must equal the sum of the declared exercises. */
    exercises: z.number().int().nonnegative(),
    /** Questions the episode answers (shown in the overview). */
    questions: z.array(z.string().min(1)).min(1),
    /** What a learner can do after the episode (shown in the overview). */
    objectives: z.array(z.string().min(1)).min(1),
    /** Points to remember (shown at the end). */
    keypoints: z.array(z.string().min(1)).min(1),
    /** The episode's exercises, declared once; the body places each with <Exercise id="…" />. */
    exercise: z.array(ExerciseSchema).default([]),
    /** An optional pause between this episode and the next, counted in every clock time. */
    breakAfter: BreakSchema.optional(),
    /** Last content change, used when git history is not available. */
    updated: z.coerce.date().optional(),
  })
  .superRefine((episode, ctx) => {
    const sum = episode.exercise.reduce((total, exercise) => total + exercise.minutes, 0);
    if (sum !== episode.exercises) {
      ctx.addIssue({
        code: 'custom',
        path: ['exercises'],
        message: `the declared exercises add up to ${sum} minutes but "exercises" says ${episode.exercises}`,
      });
    }
    const seen = new Set<string>();
    episode.exercise.forEach((exercise, index) => {
      if (seen.has(exercise.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['exercise', index, 'id'],
          message: `duplicate exercise id "${exercise.id}"`,
        });
      }
      seen.add(exercise.id);
    });
  });
export type Episode = z.output<typeof EpisodeSchema>;

export const PageSchema = z.object({
  /** Page title. */
  title: z.string().min(1),
  /** One-sentence description for search results and link previews. */
  summary: z.string().min(1),
  /** Last content change, used when git history is not available. */
  updated: z.coerce.date().optional(),
});
export type Page = z.output<typeof PageSchema>;
