import type { TeamEntry } from '../../lib/overview/overview';
import type { WorkshopDownload } from './export-files';

interface Props {
  teams: readonly TeamEntry[];
  announce: (text: string) => void;
}

/** One export of the whole workshop: every workspace as JSON, the goals and backlog as CSV, a report. */
export function WorkshopExports({ teams, announce }: Props) {
  const run = (kind: WorkshopDownload) => () => {
    import('./export-files')
      .then(({ downloadWorkshop }) => {
        const result = downloadWorkshop(kind, teams);
        announce(
          result.ok
            ? `Downloaded ${result.fileName}.`
            : `The workshop file could not be made: ${result.messages.join('; ')}`,
        );
      })
      .catch(() => announce('The export could not be loaded: check the connection and try again.'));
  };
  return (
    <section class="panel ov-exports" aria-labelledby="ov-exports-heading">
      <h2 id="ov-exports-heading">Export the whole workshop</h2>
      <p class="ov-buttons">
        <button type="button" onClick={run('json')} data-export="json">
          Every workspace (JSON)
        </button>
        <button type="button" onClick={run('csv')} data-export="csv">
          Goals and backlog items (CSV)
        </button>
        <button type="button" onClick={run('md')} data-export="md">
          Report (Markdown)
        </button>
        <button type="button" onClick={() => window.print()}>
          Print one page per team
        </button>
      </p>
    </section>
  );
}
