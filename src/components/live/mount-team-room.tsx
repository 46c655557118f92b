import { render } from 'preact';
import LiveBar from './LiveBar';
import TeamRoomActions from './TeamRoomActions';
import { joinRoom } from '../../stores/live/room';
import { displayName, rememberDisplayName } from '../../stores/live/me';
import { useWorkspaceDocument } from '../../stores/workspace';
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
  const onName = (next: string) => {
    rememberDisplayName(next);
    room.setName(next);
  };
  // Linked here, not imported: Astro would otherwise put it on the page for everyone.
  render(
    <>
      <link rel="stylesheet" href={liveStylesheet} />
      <LiveBar name={name} onName={onName}>
        <TeamRoomActions />
      </LiveBar>
    </>,
    element,
  );
  element.dataset.liveReady = '';
}
