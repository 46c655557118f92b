import { useEffect, useState } from 'preact/hooks';
import type { TimerExercise } from '../../lib/timer/timer';
import { describeTeamTimer, readTeamTimer } from '../../lib/timer/team-timer';
import type { WatchStatus } from '../../lib/live/status';
import { watchRooms, type RoomToWatch, type WatchedRoom } from '../../stores/live/watch-rooms';
import { timerNow } from '../../stores/timers';
import { useTick } from '../timer/core/tick';

interface Props {
  rooms: readonly RoomToWatch[];
  exercises: readonly TimerExercise[];
  base: string;
  configured: string;
}

const NOT_LIVE: Partial<Record<WatchStatus, string>> = {
  connecting: ' (connecting…)',
  offline: ' (offline: last known)',
  refused: ' (room refused)',
};

/** Every team's own timer at a glance on the console, read live from the teams' rooms. */
export default function TeamTimers({ rooms, exercises, base, configured }: Props) {
  const [watched, setWatched] = useState<readonly WatchedRoom[]>([]);
  useEffect(() => watchRooms(rooms, { base, configured, nameNewRooms: true }, setWatched), [rooms, base, configured]);
  const now = timerNow();
  const timers = watched.map((room) => ({ room, timer: readTeamTimer(room.doc, exercises, now) }));
  useTick(
    timers.some(({ timer }) => timer.view.status === 'running'),
    1000,
  );
  return (
    <section class="live-team-timers" aria-labelledby="live-team-timers-heading" data-team-timers>
      <h3 id="live-team-timers-heading">Teams’ own timers</h3>
      <p class="live-help">
        When mentors go from team to team, each team runs its own copy of the session’s timer from its room.
      </p>
      {timers.length === 0 ? (
        <p>Connecting to the teams’ rooms…</p>
      ) : (
        <ul>
          {timers.map(({ room, timer }) => (
            <li key={room.id} data-team-timer-of={room.name} data-status={timer.view.status}>
              <strong>{room.name}</strong>: {describeTeamTimer(timer)}
              {NOT_LIVE[room.status] ?? ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
