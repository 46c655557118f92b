import { useEffect, useState } from 'preact/hooks';
import { parseClockTime } from '../../../lib/timer/schedule';
import { onExternalChange, readItem, writeItem } from '../../../stores/storage';
// Shared with the schedule page, so the schedule, the console and the projector show the same clock times.
import { SCHEDULE_START_KEY as START_KEY } from '../../../lib/storage-keys';

/**
 * The workshop's start time ("HH:MM") as chosen on the schedule or the console, saved in this
 * browser; `defaultStart` until one is chosen. Follows a choice made in another tab.
 */
export function useStartTime(defaultStart: string): [start: string, choose: (value: string) => void] {
  const [start, setStart] = useState(defaultStart);
  useEffect(() => {
    const saved = readItem(START_KEY);
    if (saved.ok && saved.value && parseClockTime(saved.value) !== null) setStart(saved.value);
    return onExternalChange(START_KEY, (value) => {
      if (value && parseClockTime(value) !== null) setStart(value);
    });
  }, []);
  const choose = (value: string) => {
    if (parseClockTime(value) === null) return;
    setStart(value);
    writeItem(START_KEY, value);
  };
  return [start, choose];
}
