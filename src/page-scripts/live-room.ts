import { readRoomFragment, isTeamRoom } from '../lib/live/links';

/**
 * Joins the live room a link names (`#live=…&key=…`), loading the live code only then: a page
 * opened without a room link downloads none of it.
 */
export function initTeamRoom(): void {
  const link = readRoomFragment(location.hash);
  const element = document.querySelector<HTMLElement>('[data-live-bar]');
  if (!link || !element || !isTeamRoom(link)) return;
  const configured = (import.meta.env.PUBLIC_LIVE_URL as string | undefined) ?? '';
  void import('../components/live/mount-team-room').then(({ mountTeamRoom }) =>
    mountTeamRoom(element, link, { base: import.meta.env.BASE_URL, configured }),
  );
}
