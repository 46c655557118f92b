import { render } from 'preact';
import LiveWorkshopPanel from './LiveWorkshopPanel';
import { readTeamExercises } from '../../lib/timer/team-timer';
import { $liveWorkshop, workshopLinks } from '../../stores/live/workshop';
import { setFollowLinks } from '../../stores/live/follow-links';
import liveStylesheet from '../../styles/live.css?url';

/**
 * The console's live workshop: the panel that starts one and hands out its links, and, once there is
 * one, the console joins the workshop's room so that the projector and the phones follow it.
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
  const join = () => {
    const workshop = $liveWorkshop.get();
    const links = workshop ? workshopLinks(workshop, site) : null;
    setFollowLinks(links && { projector: links.projector, phones: links.phones });
    if (!workshop || joined) return;
    joined = true;
    void import('./join-timers-room').then(({ joinTimersRoom }) =>
      joinTimersRoom(workshopLinks(workshop, site).timersRoom, options),
    );
  };
  $liveWorkshop.subscribe(join);
}
