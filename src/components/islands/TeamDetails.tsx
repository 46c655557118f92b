import { useStore } from '@nanostores/preact';
import { $workspace, setTeamDetails } from '../../stores/workspace';
import { Heading, type Level } from './ui/Heading';
import '../../styles/workspace.css';

/** Team name, session date and mentor: they head the exports and name the files. */
export default function TeamDetails({ level = 2 }: { level?: Level }) {
  const ws = useStore($workspace);
  return (
    <div class="ws-tool" data-tool="team">
      <Heading level={level}>Your team</Heading>
      <div class="ws-fields ws-team">
        <label>
          Team name
          <input
            autocomplete="off"
            value={ws.team.name}
            onInput={(event) => setTeamDetails({ name: event.currentTarget.value })}
          />
        </label>
        <label>
          Session date
          <input
            type="date"
            value={ws.team.sessionDate}
            onChange={(event) => setTeamDetails({ sessionDate: event.currentTarget.value })}
          />
        </label>
        <label>
          Mentor
          <input
            autocomplete="off"
            value={ws.team.mentor}
            onInput={(event) => setTeamDetails({ mentor: event.currentTarget.value })}
          />
        </label>
      </div>
    </div>
  );
}
