/**
 * Whether this browser holds a timer for an exercise that is not at its untouched start (running,
 * paused, stopped, or with minutes added): then the exercise box loads the timer's code at once,
 * so the face shows the real time rather than the full time rendered on the server.
 *
 * It reads the timers' saved form directly and stays free of imports, because it runs inside the
 * inline hydration directive of every episode (src/page-scripts/hydrate-on-use.ts). Whoever changes
 * how timers are saved keeps this function answering from the new form (or from a marker it writes).
 */

/** Where the timers store keeps its saved form (the same key as TIMERS_KEY in src/stores/timers.ts). */
export const HELD_TIMERS_KEY = 'mentoring-kit:v1:timers';

/** The part of Storage this reads (tests pass a map). */
export interface ReadableStorage {
  getItem(key: string): string | null;
}

function browserStorage(): ReadableStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage blocked (a privacy setting): nothing is held.
    return null;
  }
}

export function holdsTimer(exerciseId: string, storage: ReadableStorage | null = browserStorage()): boolean {
  let text: string | null;
  try {
    text = storage?.getItem(HELD_TIMERS_KEY) ?? null;
  } catch {
    return false;
  }
  if (!text) return false;
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return false;
  }
  const timers = (saved as { timers?: unknown } | null)?.timers;
  if (typeof timers !== 'object' || timers === null || !Object.hasOwn(timers, exerciseId)) return false;
  const timer = (timers as Record<string, unknown>)[exerciseId] as { startedAt?: unknown; adjustMs?: unknown } | null;
  if (typeof timer !== 'object' || timer === null) return false;
  const adjusted = Array.isArray(timer.adjustMs) && timer.adjustMs.some((ms) => ms !== 0);
  return typeof timer.startedAt === 'number' || adjusted;
}
