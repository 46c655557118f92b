import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { loadLiveWorkshop, type LiveWorkshop } from '../../stores/live/workshop';
import type { LiveTeamsProps } from './LiveTeams';

/**
 * The overview live from the teams' rooms, when this device runs a live workshop (started on the
 * console). The code that connects to the rooms loads only then: from files, the page needs none of it.
 */
export function LiveRooms({ announce }: { announce: (text: string) => void }) {
  const [shown, setShown] = useState<{ workshop: LiveWorkshop; View: FunctionComponent<LiveTeamsProps> } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const workshop = loadLiveWorkshop();
    if (!workshop) return;
    import('./LiveTeams').then(({ LiveTeams }) => setShown({ workshop, View: LiveTeams })).catch(() => setFailed(true));
  }, []);
  if (failed) {
    return (
      <p class="ws-note ws-note-error" role="alert">
        The live rooms could not be opened: this page's code did not load. Check the connection and reload.
      </p>
    );
  }
  return shown ? <shown.View workshop={shown.workshop} announce={announce} /> : null;
}
