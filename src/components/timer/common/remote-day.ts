import { useEffect, useState } from 'preact/hooks';
import type { DayPlan } from '../../../lib/timer/document';
import { onExternalChange, readItem, writeItem } from '../../../stores/storage';
// Shared with the schedule page, so the schedule, the console and the projector plan the same day.
import { SCHEDULE_REMOTE_KEY as REMOTE_KEY } from '../../../lib/storage-keys';

/**
 * Whether the day runs remotely or hybrid (src/lib/timer/remote.ts): the room's plan when the
 * console has set one in the timers, otherwise as chosen on the schedule or the console and saved in
 * this browser; false until chosen. Follows a choice made in another tab, and tells `onChoose` of
 * every choice made in this browser (the console passes it on to the room), like useStartTime.
 */
export function useRemoteDay(
  roomPlan: DayPlan | null = null,
  onChoose?: (remote: boolean) => void,
): [remote: boolean, choose: (remote: boolean) => void] {
  const [remote, setRemote] = useState(false);
  useEffect(() => {
    const saved = readItem(REMOTE_KEY);
    if (saved.ok) setRemote(saved.value === 'true');
    return onExternalChange(REMOTE_KEY, (value) => {
      setRemote(value === 'true');
      onChoose?.(value === 'true');
    });
  }, [onChoose]);
  const choose = (value: boolean) => {
    setRemote(value);
    writeItem(REMOTE_KEY, String(value));
    onChoose?.(value);
  };
  return [roomPlan?.remote ?? remote, choose];
}
