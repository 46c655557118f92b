import { render } from 'preact';
import ConsoleLinkNote, { type ReplaceChoice } from './ConsoleLinkNote';
import { mountLiveWorkshop } from './mount-live-workshop';
import { parseRoom } from '../../lib/live/protocol';
import type { RoomLink } from '../../lib/live/links';
import { readConsoleRoom, type ConsoleRead } from '../../stores/live/console-room';
import { loadLiveWorkshop, saveLiveWorkshop } from '../../stores/live/workshop';
import liveStylesheet from '../../styles/live.css?url';

type Where = { base: string; configured: string };

/** Why this page follows only the timers, in one sentence. */
const FALLBACK: Record<Exclude<ConsoleRead['status'], 'found'>, string> = {
  refused:
    'This link is not the facilitator’s own, so this page follows the workshop’s timers without the teams’ links.',
  empty:
    'The console that started this workshop has not left its teams’ links on the live server yet, so this page follows the timers; reload once that console is open.',
  unreadable:
    'The teams’ links on the live server do not open with this link’s key, so this page follows the timers only.',
  unreachable:
    'The live server could not be reached for the teams’ links, so this page follows the timers; reload to fetch the links once it answers.',
};

const KEPT = 'This device keeps its own live workshop, so this page follows this link’s timers only.';

/**
 * The console opened with the facilitator's link (`#live=workshop/…`): it brings the whole workshop
 * to this device from the console room (every team's link, the teams' timers, the overview) and runs
 * it here as the device that started it does. When it cannot, the page follows the timers as before.
 */
export async function mountConsoleLink(
  element: HTMLElement,
  link: RoomLink,
  where: Where,
  followTimers: () => void,
): Promise<void> {
  const workshopId = parseRoom(link.document)?.workshopId ?? '';
  const saved = loadLiveWorkshop();
  if (saved?.workshopId === workshopId) return mountLiveWorkshop(element, where);

  const show = (message: string, replace?: ReplaceChoice) =>
    render(
      <>
        <link rel="stylesheet" href={liveStylesheet} />
        <ConsoleLinkNote message={message} replace={replace} />
      </>,
      element,
    );
  show('Bringing this workshop’s teams to this device from the live server…');
  const read = await readConsoleRoom(workshopId, link.token, where);
  if (read.status !== 'found') {
    show(FALLBACK[read.status]);
    return followTimers();
  }
  const adopt = () => {
    saveLiveWorkshop(read.workshop);
    mountLiveWorkshop(element, where);
  };
  if (!saved) return adopt();
  // Another workshop on this device is kept until the facilitator says otherwise.
  show('', {
    otherTeams: saved.teams.map((team) => team.name),
    onReplace: adopt,
    onKeep: () => {
      show(KEPT);
      followTimers();
    },
  });
}
