import { z } from './zod-classic';

/*
 * The contract for saved timers. The browser reads them with the zod-free `decodeTimersFile` in
 * src/lib/timer/decode.ts instead, because zod would add about 26 KB (gzip) to every exercise page
 * (over its byte budget); a property test (tests/unit/timer-decode.test.ts) holds the two to the
 * same verdict and the same output on arbitrary input.
 */

/** An epoch time in milliseconds (Date.now()). */
const EpochMsSchema = z.number().int().nonnegative().max(8.64e15);

/** A signed duration in milliseconds, at most a day either way: no exercise is longer. */
const AdjustMsSchema = z.number().int().min(-86_400_000).max(86_400_000);

/**
 * One exercise's timer, stored as timestamps rather than a counter so that sleep, reload and
 * background-tab throttling cannot make it drift. Everything shown is derived from these
 * and the current time by `deriveTimer` in src/lib/timer/timer.ts.
 */
export const TimerStateSchema = z
  .object({
    /** When the timer was started; null while it has never run since the last reset. */
    startedAt: EpochMsSchema.nullable(),
    /** When the current pause began; null while running, idle or finished. */
    pausedAt: EpochMsSchema.nullable(),
    /** Total length of the pauses that have ended. */
    pausedMs: z.number().int().nonnegative().max(8.64e15),
    /** When someone stopped the timer; null until then. */
    finishedAt: EpochMsSchema.nullable(),
    /** Milliseconds added to (positive) or taken from (negative) each part, by index. */
    adjustMs: z.array(AdjustMsSchema).max(50),
    /** When this timer last changed; the newer of two tabs' values wins. */
    updatedAt: EpochMsSchema,
  })
  .superRefine((state, ctx) => {
    if (state.startedAt === null) {
      if (state.pausedAt !== null || state.finishedAt !== null || state.pausedMs !== 0) {
        ctx.addIssue({ code: 'custom', message: 'a timer that has not started cannot be paused or finished' });
      }
      return;
    }
    if (state.pausedAt !== null && state.pausedAt < state.startedAt) {
      ctx.addIssue({ code: 'custom', path: ['pausedAt'], message: 'paused before it started' });
    }
    if (state.finishedAt !== null && state.finishedAt < state.startedAt + state.pausedMs) {
      ctx.addIssue({ code: 'custom', path: ['finishedAt'], message: 'finished before it started' });
    }
    if (state.finishedAt !== null && state.pausedAt !== null) {
      ctx.addIssue({ code: 'custom', path: ['pausedAt'], message: 'a finished timer is not paused' });
    }
  });
export type TimerState = z.output<typeof TimerStateSchema>;

/** An exercise id as the episode schema allows it (lower-case words joined by hyphens). */
const ExerciseIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Which exercise the console, the projector and the participant link follow. */
export const ActiveExerciseSchema = z.object({
  /** The exercise id, or null when none is chosen. */
  id: ExerciseIdSchema.nullable(),
  /** When it was chosen; the newer of two tabs' choices wins. */
  at: EpochMsSchema,
});
export type ActiveExercise = z.output<typeof ActiveExerciseSchema>;

/** The facilitator's message on the projector's holding screen. */
export const HoldingMessageSchema = z.object({
  /** Empty when there is none. */
  message: z.string().max(140),
  /** When it was set; the newer of two tabs' messages wins. */
  at: EpochMsSchema,
});

/** Everything saved under `mentoring-kit:v1:timers`. */
export const TimersFileSchema = z.object({
  /** Names the format so that another key's value is never read as timers. */
  format: z.literal('mentoring-kit-timers'),
  /** Bumped with a migration when the shape changes. */
  version: z.literal(1),
  /** The exercise the console is running. */
  active: ActiveExerciseSchema,
  /** Timers by exercise id. */
  timers: z.record(ExerciseIdSchema, TimerStateSchema),
  /** The holding screen's message; absent in files saved before it existed. */
  holding: HoldingMessageSchema.optional(),
});
export type TimersFile = z.output<typeof TimersFileSchema>;
