import type { DayPlan } from '../../../lib/timer/document';
// Shared with the schedule page, so the schedule, the console and the projector plan the same day.
import { SCHEDULE_REMOTE_KEY as REMOTE_KEY } from '../../../lib/storage-keys';
import { useSavedChoice } from './saved-choice';

const readRemote = (stored: string | null) => stored === 'true';

/**
 * Whether the day runs remotely or hybrid (src/lib/timer/remote.ts): the room's plan when the
 * console has set one in the timers, otherwise as chosen on the schedule or the console and saved in
 * this browser; false until chosen. `onChoose` as in useStartTime.
 */
export function useRemoteDay(
  roomPlan: DayPlan | null = null,
  onChoose?: (remote: boolean) => void,
): [remote: boolean, choose: (remote: boolean) => void] {
  const [remote, choose] = useSavedChoice(REMOTE_KEY, readRemote, false, onChoose);
  return [roomPlan?.remote ?? remote, choose];
}
