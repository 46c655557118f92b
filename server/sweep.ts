// Deletes rooms without activity: at start, then every hour. A workshop whose documents are open on this
// server counts as active.
import type { Live } from './live.ts';
import type { Store } from './store.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;
const EVERY_MS = 60 * 60 * 1000;

/** Deletes the workshops idle for longer than `ttlMs`; returns how many. */
export function sweep(store: Store, live: Pick<Live, 'isOpen'>, ttlMs: number, now: () => number): number {
  return store.deleteIdle(now() - ttlMs, (workshopId) => live.isOpen(workshopId)).length;
}

/** Sweeps now and every hour until the returned function is called. */
export function startSweeping(run: () => number): () => void {
  run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
