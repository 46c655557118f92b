import { useHydratedStore } from '../ui/store';

import { $workspace, setTeamDetails } from '../../stores/workspace';
import { Field } from '../ui/Field';
import { Heading, type Level } from '../ui/Heading';

/** Team name, session date and mentor: they head the exports and name the files. */
export default function TeamDetails({ level = 2 }: { level?: Level }) {
  const ws = useHydratedStore($workspace);
  return (
    <div class="ws-tool" data-tool="team">
      <Heading level={level}>Your team</Heading>
      <div class="ws-fields ws-team">
        <div class="ws-field">
          <label for="ws-team-name">Team name</label>
          <Field id="ws-team-name" value={ws.team.name} onValue={(name) => setTeamDetails({ name })} />
        </div>
        <div class="ws-field">
          <label for="ws-team-date">Session date</label>
          <input
            id="ws-team-date"
            type="date"
            value={ws.team.sessionDate}
            onChange={(event) => setTeamDetails({ sessionDate: event.currentTarget.value })}
          />
        </div>
        <div class="ws-field">
          <label for="ws-team-mentor">Mentor</label>
          <Field id="ws-team-mentor" value={ws.team.mentor} onValue={(mentor) => setTeamDetails({ mentor })} />
        </div>
      </div>
    </div>
  );
}
