// Shared by the client:use directive (src/page-scripts/hydrate-on-use.ts) and the inline loader that
// stands in for it until its code has loaded (src/page-scripts/use-loader.ts, filled in by
// src/lib/build/use-runtime.ts).

/** Keys the exercise timer answers to (see ExerciseTimer's onKeyDown). */
export const TIMER_KEYS = new Set([' ', 'r', 'R', '+', '=', '-', '−']);

/** What a click is held back on until the code has loaded. */
export const CONTROL = 'button,a,input,select,textarea';
