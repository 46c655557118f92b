/**
 * How the kit reads and writes a clock time of day ("09:30"), and the clock time of a moment planned
 * some minutes after the workshop's start. Lengths of time are in duration.ts (see there for why
 * they are two files).
 */

/** Parses "HH:MM" (24-hour) into minutes after midnight, or null when it is not a valid time. */
export function parseClockTime(value: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** Formats minutes after midnight as "HH:MM", wrapping past midnight. */
export function formatClockTime(minutesAfterMidnight: number): string {
  const wrapped = ((Math.round(minutesAfterMidnight) % 1440) + 1440) % 1440;
  const hours = Math.floor(wrapped / 60);
  const minutes = wrapped % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Clock time at which something starts `offset` minutes after a workshop starting at `start` ("HH:MM"). */
export function clockTimeAt(start: string, offset: number): string {
  const startMinutes = parseClockTime(start);
  if (startMinutes === null) throw new Error(`"${start}" is not a time of day (HH:MM)`);
  return formatClockTime(startMinutes + offset);
}
