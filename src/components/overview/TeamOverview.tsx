import { useState } from 'preact/hooks';
import type { ReadTeams, TeamEntry, TeamSummary } from '../../lib/overview/overview';
import { LiveRegion, useAnnouncer } from '../ui/announcer';
import { TeamCard } from './TeamCard';
import { WorkshopExports } from './WorkshopExports';
import { LiveRooms } from './LiveRooms';

interface Shown extends ReadTeams {
  summaries: TeamSummary[];
}

const NONE: Shown = { teams: [], refused: [], summaries: [] };

/**
 * The facilitator's overview from files: several teams' workspace exports chosen or dropped at
 * once. Nothing is uploaded: the files are read in this browser.
 */
export default function TeamOverview() {
  const [read, setRead] = useState<Shown>(NONE);
  const [dragging, setDragging] = useState(false);
  const [message, announce] = useAnnouncer();

  const open = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    // The importer (and its validator) loads with the first files, not with the page.
    const overview = await import('../../lib/overview/overview');
    const tooLarge = files.flatMap((file) => overview.refuseTooLarge(file.name, file.size) ?? []);
    const readable = files.filter((file) => !tooLarge.some((refused) => refused.file === file.name));
    const texts = await Promise.all(readable.map(async (file) => ({ name: file.name, text: await file.text() })));
    const next = overview.readTeamFiles(texts);
    const result: Shown = {
      teams: next.teams,
      refused: [...tooLarge, ...next.refused],
      summaries: next.teams.map((entry: TeamEntry) => overview.summariseTeam(entry)),
    };
    setRead(result);
    const refused = result.refused.length;
    announce(
      `${result.teams.length} ${result.teams.length === 1 ? 'team' : 'teams'} shown` +
        (refused ? `; ${refused} ${refused === 1 ? 'file' : 'files'} could not be read.` : '.'),
    );
  };

  const openFiles = (list: FileList | null) => {
    open(list).catch(() => announce('The files could not be read: check the connection and try again.'));
  };

  return (
    <div class="ov" data-ready>
      <LiveRooms announce={announce} />
      <section
        class={dragging ? 'panel ov-drop is-dragging' : 'panel ov-drop'}
        aria-labelledby="ov-files-heading"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          openFiles(event.dataTransfer?.files ?? null);
        }}
      >
        <h2 id="ov-files-heading">Teams' workspace files</h2>
        <p>
          <label for="ov-files">Choose every team's workspace file (JSON), or drop them here</label>{' '}
          <input
            id="ov-files"
            type="file"
            accept=".json,application/json"
            multiple
            onChange={(event) => openFiles(event.currentTarget.files)}
          />
        </p>
        <p class="ov-help">The files are read in this browser only; choosing again replaces the teams shown.</p>
      </section>
      {read.refused.length > 0 && (
        <section class="panel ov-refused" aria-labelledby="ov-refused-heading" data-refused>
          <h2 id="ov-refused-heading">Files that could not be read</h2>
          <ul>
            {read.refused.map((file, index) => (
              <li key={`${index}:${file.file}`}>
                <strong>
                  <bdi>{file.file}</bdi>
                </strong>
                : {file.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {read.teams.length > 0 && (
        <>
          <WorkshopExports teams={read.teams} announce={announce} />
          <section aria-labelledby="ov-teams-heading">
            <h2 id="ov-teams-heading">
              {read.teams.length} {read.teams.length === 1 ? 'team' : 'teams'}
            </h2>
            <div class="ov-teams">
              {read.teams.map((entry, index) => (
                <TeamCard
                  key={`${index}:${entry.file}`}
                  id={`team-${index}`}
                  file={entry.file}
                  team={read.summaries[index]!}
                />
              ))}
            </div>
          </section>
        </>
      )}
      <LiveRegion message={message} />
    </div>
  );
}
