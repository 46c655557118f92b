import { parseClockTime } from '../../../lib/timer/format/clock-time';
import type { DayPlan } from '../../../lib/timer/document';
// Shared with the schedule page, so the schedule, the console and the projector show the same clock times.
import { SCHEDULE_START_KEY as START_KEY } from '../../../lib/storage-keys';
import { useSavedChoice } from './saved-choice';

const readStart = (stored: string | null) => (stored && parseClockTime(stored) !== null ? stored : null);

/**
 * The workshop's start time ("HH:MM"): the room's plan when the console has set one in the timers
 * (so a projector or phone on another device counts from the console's start), otherwise the one
 * chosen on the schedule or the console and saved in this browser; `defaultStart` until one is
 * chosen. `onChoose` hears of every choice made in this browser, here or in another tab (the
 * console passes it on to the room). A value that is not a time is not taken.
 */
export function useStartTime(
  defaultStart: string,
  roomPlan: DayPlan | null = null,
  onChoose?: (start: string) => void,
): [start: string, choose: (value: string) => void] {
  const [start, save] = useSavedChoice(START_KEY, readStart, defaultStart, onChoose);
  const choose = (value: string) => {
    if (readStart(value) !== null) save(value);
  };
  return [roomPlan?.start ?? start, choose];
}
