import { useCallback, useEffect, useRef } from 'preact/hooks';
import type { DayPlan } from '../../../lib/timer/document';
import { setDayPlan } from '../../../stores/timers';
import { useRemoteDay } from './remote-day';
import { useStartTime } from './start-time';

export interface ConsolePlan {
  start: string;
  chooseStart: (value: string) => void;
  remote: boolean;
  chooseRemote: (value: boolean) => void;
}

/**
 * The console's start time and remote choice. Live, the room counts from them: the room's plan (in
 * the timers) is shown, a new room gets this browser's, and every choice made in this browser (here
 * or on the schedule in another tab) goes to the room. Not live, they are this browser's own.
 */
export function useConsolePlan(
  defaultStart: string,
  roomPlan: DayPlan | null,
  live: boolean,
  ready: boolean,
): ConsolePlan {
  const chosen = useRef({ start: defaultStart, remote: false, live });
  const toRoom = (plan: { start: string; remote: boolean }) => {
    if (chosen.current.live) setDayPlan(plan.start, plan.remote);
  };
  const onStart = useCallback((value: string) => toRoom({ ...chosen.current, start: value }), []);
  const onRemote = useCallback((value: boolean) => toRoom({ ...chosen.current, remote: value }), []);
  const [start, chooseStart] = useStartTime(defaultStart, live ? roomPlan : null, onStart);
  const [remote, chooseRemote] = useRemoteDay(live ? roomPlan : null, onRemote);
  chosen.current = { start, remote, live };
  useEffect(() => {
    if (live && ready && roomPlan === null) setDayPlan(start, remote);
  }, [live, ready, roomPlan, start, remote]);
  return { start, chooseStart, remote, chooseRemote };
}
