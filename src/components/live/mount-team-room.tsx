import { render } from 'preact';
import LiveBadge from './LiveBadge';
import LiveBar from './LiveBar';
import TeamRoomActions from './TeamRoomActions';
import TeamTimer from './TeamTimer';
import { readTeamExercises } from '../../lib/timer/team-timer';
import { joinRoom } from '../../stores/live/room';
import { displayName, personId, rememberDisplayName } from '../../stores/live/me';
import { useWorkspaceDocument, voteAs } from '../../stores/workspace';
import type { RoomLink } from '../../lib/live/links';
import liveStylesheet from '../../styles/live.css?url';

/** Joins a team's live room: the workspace tools show the room from now on, and the bar shows the connection. */
export async function mountTeamRoom(
  element: HTMLElement,
  link: RoomLink,
  options: { base: string; configured: string },
): Promise<void> {
  const name = displayName();
  const room = await joinRoom(link, { ...options, name });
  useWorkspaceDocument(room.doc);
  const me = personId();
  voteAs(me, name);
  const onName = (next: string) => {
    rememberDisplayName(next);
    room.setName(next);
    voteAs(me, next);
  };
  const exercises = readTeamExercises(element.dataset.teamExercises);
  // Linked here, not imported: Astro would otherwise put it on the page for everyone.
  render(
    <>
      <link rel="stylesheet" href={liveStylesheet} />
      <LiveBar name={name} onName={onName}>
        <TeamRoomActions />
        {exercises.length > 0 && <TeamTimer doc={room.doc} offsetMs={room.offsetMs} exercises={exercises} />}
      </LiveBar>
    </>,
    element,
  );
  const badgeSlot = document.querySelector<HTMLElement>('[data-live-badge-slot]');
  if (badgeSlot) render(<LiveBadge />, badgeSlot);
  element.dataset.liveReady = '';
}
