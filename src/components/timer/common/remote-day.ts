import { useEffect, useState } from 'preact/hooks';
import { onExternalChange, readItem, writeItem } from '../../../stores/storage';
// Shared with the schedule page, so the schedule, the console and the projector plan the same day.
import { SCHEDULE_REMOTE_KEY as REMOTE_KEY } from '../../../lib/storage-keys';

/**
 * Whether the day runs remotely or hybrid (src/lib/timer/remote.ts), as chosen on the schedule or the
 * console and saved in this browser; false until chosen. Follows a choice made in another tab.
 */
export function useRemoteDay(): [remote: boolean, choose: (remote: boolean) => void] {
  const [remote, setRemote] = useState(false);
  useEffect(() => {
    const saved = readItem(REMOTE_KEY);
    if (saved.ok) setRemote(saved.value === 'true');
    return onExternalChange(REMOTE_KEY, (value) => setRemote(value === 'true'));
  }, []);
  const choose = (value: boolean) => {
    setRemote(value);
    writeItem(REMOTE_KEY, String(value));
  };
  return [remote, choose];
}
