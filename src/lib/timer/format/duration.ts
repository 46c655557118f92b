/**
 * How the kit writes a length of time: a countdown ("24:59"), a spoken length ("5 minutes"), an
 * actual length ("12:05") and a planned length ("1 h 45 min"). Clock times of day are in
 * clock-time.ts, beside this file and not in it: the timer's rules use these, so the bundler puts
 * this file in the timer's chunk, and the schedule page, which needs only clock times, would load
 * the whole timer with it.
 */
const MINUTE = 60_000;

/**
 * "mm:ss" for a countdown: rounded up, so it shows 10:00 at the start and 00:00 only at zero.
 * Overtime counts up and rounds down. Hours, if ever, stay in the minutes ("75:00").
 */
export function formatClock(ms: number, direction: 'down' | 'up' = 'down'): string {
  const seconds = direction === 'down' ? Math.ceil(Math.max(0, ms) / 1000) : Math.floor(Math.max(0, ms) / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "5 minutes", "1 minute", "90 seconds" — for announcements and labels. */
export function formatMinutes(ms: number): string {
  if (ms % MINUTE !== 0) {
    const seconds = Math.round(ms / 1000);
    return seconds === 1 ? '1 second' : `${seconds} seconds`;
  }
  const minutes = ms / MINUTE;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** "12:05" style minutes and seconds for an actual duration, "—" when there is none. */
export function formatActual(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "1 h 45 min", "50 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
