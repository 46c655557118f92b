import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $liveWorkshop,
  $sharedWorkshop,
  forgetLiveWorkshop,
  loadLiveWorkshop,
  startLiveWorkshop,
  teamRoomsToWatch,
  workshopLinks,
} from '../../stores/live/workshop';
import LinkWithCode from './LinkWithCode';
import TeamTimers from './TeamTimers';
import type { TimerExercise } from '../../lib/timer/timer';

export interface LiveWorkshopPanelProps {
  base: string;
  configured: string;
  /** The team exercises whose timers teams can run on their own. */
  teamExercises: readonly TimerExercise[];
  /** The site's address as devices in the room open it (this page's origin plus the base path). */
  site: string;
}

const DEFAULT_TEAMS = 'Team 1\nTeam 2\nTeam 3';

/**
 * Starting a live workshop from the console: the facilitator names the teams; the server gives each
 * team a link (and one for its mentor), the projector and the phones a link of their own. The links
 * are secrets: whoever has one can open that room, nothing else.
 */
export default function LiveWorkshopPanel({ base, configured, site, teamExercises }: LiveWorkshopPanelProps) {
  const workshop = useStore($liveWorkshop);
  const shared = useStore($sharedWorkshop);
  const [teams, setTeams] = useState(DEFAULT_TEAMS);
  const [key, setKey] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    loadLiveWorkshop();
  }, []);
  // The teams' rooms, which the console watches for the teams' own timers.
  const rooms = useMemo(() => (workshop ? teamRoomsToWatch(workshop, site) : []), [workshop, site]);

  if (!workshop) {
    return (
      <section class="panel live-workshop" aria-labelledby="live-workshop-heading">
        <h2 id="live-workshop-heading" ref={heading}>
          Live workshop
        </h2>
        <p>
          Put every team on its own devices: each team gets a link to its room, its mentor another, and the projector
          and participants’ phones follow this console.
        </p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (busy) return;
            const names = teams
              .split('\n')
              .map((name) => name.trim())
              .filter((name) => name !== '');
            if (names.length === 0) {
              setError('Name at least one team.');
              return;
            }
            setBusy(true);
            setError('');
            void startLiveWorkshop(names, key.trim(), { base, configured }).then((result) => {
              setBusy(false);
              if (!result.ok) setError(result.message);
            });
          }}
        >
          <label>
            Teams, one per line
            <textarea rows={4} value={teams} onInput={(event) => setTeams(event.currentTarget.value)} />
          </label>
          <label>
            Workshop key (only if this server asks for one)
            <input
              type="password"
              autocomplete="off"
              value={key}
              onInput={(event) => setKey(event.currentTarget.value)}
            />
          </label>
          <button type="submit" disabled={busy} data-start-live>
            {busy ? 'Starting…' : 'Start the live workshop'}
          </button>
          {error ? (
            <p role="alert" class="live-error" data-live-error>
              {error}
            </p>
          ) : null}
        </form>
      </section>
    );
  }

  const links = workshopLinks(workshop, site);
  const shareState = shared?.workshopId !== workshop.workshopId ? 'pending' : shared.ok ? 'yes' : 'failed';
  return (
    <section class="panel live-workshop" aria-labelledby="live-workshop-heading" data-live-workshop-ready>
      <h2 id="live-workshop-heading">Live workshop</h2>
      <p>Give each team its link (or let them scan its code). Keep the mentor links for the mentors.</p>
      <ul class="live-links">
        {links.teams.map((team) => (
          <li key={team.id} data-live-team={team.name}>
            <h3>{team.name}</h3>
            <LinkWithCode label={`${team.name}: team link`} href={team.memberLink} />
            <LinkWithCode label={`${team.name}: mentor link`} href={team.mentorLink} />
          </li>
        ))}
        <li>
          <h3>Projector and phones</h3>
          <LinkWithCode label="Projector link" href={links.projector} />
          <LinkWithCode label="Participants’ phones" href={links.phones} />
          <LinkWithCode label="This console on another device" href={links.console} />
          <p class="live-help" data-console-shared={shareState}>
            {shareState === 'yes'
              ? 'On another device, this link brings every team’s links and the teams overview too.'
              : shareState === 'failed'
                ? 'The live server did not keep the teams’ links for this link (the workshop may have ended, or the server is out of reach): on another device it follows the timers only. Reload this console to try again.'
                : 'Sealing the teams’ links for this link on the live server…'}
          </p>
        </li>
      </ul>
      <TeamTimers rooms={rooms} exercises={teamExercises} base={base} configured={configured} />
      <p>
        <a href={`${site}overview/`}>Every team’s work at a glance</a>: the teams overview reads the rooms live.
      </p>
      <button
        type="button"
        class="ws-quiet"
        onClick={() => {
          if (
            window.confirm(
              'Forget this live workshop on this device? The rooms stay on the server, but this device loses their ' +
                'links: the “This console on another device” link brings them back.',
            )
          )
            forgetLiveWorkshop();
        }}
      >
        Forget this workshop on this device
      </button>
    </section>
  );
}
