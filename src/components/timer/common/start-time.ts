import { useEffect, useState } from 'preact/hooks';
import { parseClockTime } from '../../../lib/timer/format/clock-time';
import type { DayPlan } from '../../../lib/timer/document';
import { onExternalChange, readItem, writeItem } from '../../../stores/storage';
// Shared with the schedule page, so the schedule, the console and the projector show the same clock times.
import { SCHEDULE_START_KEY as START_KEY } from '../../../lib/storage-keys';

/**
 * The workshop's start time ("HH:MM"): the room's plan when the console has set one in the timers
 * (so a projector or phone on another device counts from the console's start), otherwise the one
 * chosen on the schedule or the console and saved in this browser; `defaultStart` until one is
 * chosen. Follows a choice made in another tab. `onChoose` hears of every choice made in this
 * browser, here or in another tab (the console passes it on to the room).
 */
export function useStartTime(
  defaultStart: string,
  roomPlan: DayPlan | null = null,
  onChoose?: (start: string) => void,
): [start: string, choose: (value: string) => void] {
  const [start, setStart] = useState(defaultStart);
  useEffect(() => {
    const saved = readItem(START_KEY);
    if (saved.ok && saved.value && parseClockTime(saved.value) !== null) setStart(saved.value);
    return onExternalChange(START_KEY, (value) => {
      if (!value || parseClockTime(value) === null) return;
      setStart(value);
      onChoose?.(value);
    });
  }, [onChoose]);
  const choose = (value: string) => {
    if (parseClockTime(value) === null) return;
    setStart(value);
    writeItem(START_KEY, value);
    onChoose?.(value);
  };
  return [roomPlan?.start ?? start, choose];
}
