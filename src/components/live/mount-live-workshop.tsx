import { render } from 'preact';
import LiveWorkshopPanel from './LiveWorkshopPanel';
import { readTeamExercises } from '../../lib/timer/team-timer';
import { $liveWorkshop, setSharedWorkshop, workshopLinks } from '../../stores/live/workshop';
import { setFollowLinks } from '../../stores/live/follow-links';
import { shareLiveWorkshop } from '../../stores/live/console-room';
import liveStylesheet from '../../styles/live.css?url';

/**
 * The console's live workshop: the panel that starts one and hands out its links, and, once there is
 * one, the console joins the workshop's room so that the projector and the phones follow it, and
 * leaves the links (sealed) in the console room, so the console's link brings them to another device.
 */
export function mountLiveWorkshop(element: HTMLElement, options: { base: string; configured: string }): void {
  const site = new URL(options.base, location.origin).href;
  render(
    <>
      <link rel="stylesheet" href={liveStylesheet} />
      <LiveWorkshopPanel
        base={options.base}
        configured={options.configured}
        site={site}
        teamExercises={readTeamExercises(element.dataset.teamExercises)}
      />
    </>,
    element,
  );
  let joined = false;
  let shared: string | null = null;
  const join = () => {
    const workshop = $liveWorkshop.get();
    const links = workshop ? workshopLinks(workshop, site) : null;
    setFollowLinks(links && { projector: links.projector, phones: links.phones });
    if (!workshop) return;
    // Workshops started before the console room existed are shared too, on the next load.
    if (shared !== workshop.workshopId) {
      shared = workshop.workshopId;
      void shareLiveWorkshop(workshop, options).then((ok) => setSharedWorkshop(workshop.workshopId, ok));
    }
    if (joined) return;
    joined = true;
    void import('./join-timers-room').then(({ joinTimersRoom }) =>
      joinTimersRoom(workshopLinks(workshop, site).timersRoom, options),
    );
  };
  $liveWorkshop.subscribe(join);
}
