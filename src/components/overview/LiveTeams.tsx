import { useEffect, useMemo, useState } from 'preact/hooks';
import { teamRoomsToWatch, type LiveWorkshop } from '../../stores/live/workshop';
import { liveWhere } from '../../stores/live/endpoint';
import { changeWatchedRoom, watchRooms, type WatchedRoom, type WatchStatus } from '../../stores/live/watch-rooms';
import { readWorkspace, revealVotes, roundDots } from '../../lib/workspace/document';
import { summariseTeam } from '../../lib/overview/summary';
import type { TeamEntry } from '../../lib/overview/overview';
import { liveRoomsText } from '../../lib/overview/live';
import { TeamCard } from './TeamCard';
import { RevealDots } from './RevealDots';
import { WorkshopExports } from './WorkshopExports';

export interface LiveTeamsProps {
  workshop: LiveWorkshop;
  announce: (text: string) => void;
}

interface LiveTeam {
  room: WatchedRoom;
  status: WatchStatus;
  entry: TeamEntry;
  dots: ReturnType<typeof roundDots>;
}

const STATUS_TEXT: Record<WatchStatus, string> = {
  online: 'live',
  connecting: 'connecting…',
  offline: 'offline: showing what arrived before the connection dropped',
  refused: 'the server refused this room (the workshop may have ended)',
};

/** Every team of the live workshop, summarised from its room as the team writes. */
export function LiveTeams({ workshop, announce }: LiveTeamsProps) {
  const [teams, setTeams] = useState<LiveTeam[] | null>(null);
  useEffect(() => {
    const where = liveWhere();
    const rooms = teamRoomsToWatch(workshop, new URL(where.base, location.origin).href);
    const read = (room: WatchedRoom): LiveTeam => {
      const workspace = readWorkspace(room.doc);
      // A room whose team has not named itself yet goes by the name the facilitator gave it.
      const named = workspace.team.name.trim()
        ? workspace
        : { ...workspace, team: { ...workspace.team, name: room.name } };
      return {
        room,
        status: room.status,
        entry: { file: room.name, workspace: named },
        dots: roundDots(room.doc, workspace),
      };
    };
    return watchRooms(rooms, where, (watched) => setTeams(watched.map(read)));
  }, [workshop]);
  const summaries = useMemo(() => (teams ?? []).map((team) => summariseTeam(team.entry)), [teams]);
  const entries = useMemo(() => (teams ?? []).map((team) => team.entry), [teams]);
  const reveal = (team: LiveTeam) => {
    changeWatchedRoom(team.room, revealVotes);
    announce(`${team.entry.workspace.team.name}’s dots are revealed: every member of the team sees them now.`);
  };

  return (
    <section class="ov-live" aria-labelledby="ov-live-heading" data-live-overview>
      <h2 id="ov-live-heading">Live from the teams’ rooms</h2>
      <p class="ov-help" data-live-overview-status>
        {teams ? liveRoomsText(teams.map((team) => team.status)) : 'Connecting to the rooms…'}
      </p>
      {teams && teams.length > 0 && (
        <>
          <WorkshopExports teams={entries} announce={announce} />
          <div class="ov-teams">
            {teams.map((team, index) => (
              <div key={team.room.id} class="ov-live-team" data-live-team-status={team.status}>
                {team.status !== 'online' && <p class="ov-live-status">{STATUS_TEXT[team.status]}</p>}
                <TeamCard id={`live-${team.room.id}`} file="" team={summaries[index]!}>
                  <RevealDots
                    team={team.entry.workspace.team.name}
                    {...team.dots}
                    online={team.status === 'online'}
                    onReveal={() => reveal(team)}
                  />
                </TeamCard>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
