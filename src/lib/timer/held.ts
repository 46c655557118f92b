/**
 * Whether this browser holds a running or paused timer for an exercise (or, in the saved form from
 * before the document model, any timer that is not at its untouched start): then the exercise box
 * loads the timer's code at once, so the face shows the real time rather than the full time
 * rendered on the server.
 *
 * It reads the timers' saved form directly and imports nothing but the storage keys, because it runs
 * inside the client:use directive of every episode (src/page-scripts/hydrate-on-use.ts). It reads the
 * marker the timers store writes (LIVE_TIMERS_KEY: the ids of the running or paused timers, as a JSON
 * array; the timers themselves live in IndexedDB), or else the saved form from before the document
 * model (TIMERS_KEY), still read until it is migrated. The page's inline loader
 * (src/page-scripts/use-loader.ts) looks for the exercise's id in the one, or for the other, to fetch
 * that directive at once. Whoever changes how timers are saved keeps both answering from the new
 * form (or from a marker it writes).
 */
import { LIVE_TIMERS_KEY, TIMERS_KEY } from '../storage-keys';

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
  const read = (key: string): unknown => {
    try {
      const text = storage?.getItem(key) ?? null;
      return text ? (JSON.parse(text) as unknown) : null;
    } catch {
      return null;
    }
  };
  const live = read(LIVE_TIMERS_KEY);
  if (Array.isArray(live)) return live.includes(exerciseId);
  const timers = (read(TIMERS_KEY) as { timers?: unknown } | null)?.timers;
  if (typeof timers !== 'object' || timers === null || !Object.hasOwn(timers, exerciseId)) return false;
  const timer = (timers as Record<string, unknown>)[exerciseId] as { startedAt?: unknown; adjustMs?: unknown } | null;
  if (typeof timer !== 'object' || timer === null) return false;
  const adjusted = Array.isArray(timer.adjustMs) && timer.adjustMs.some((ms) => ms !== 0);
  return typeof timer.startedAt === 'number' || adjusted;
}
