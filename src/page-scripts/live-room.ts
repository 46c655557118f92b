import {
  changesRoom,
  INCOMPLETE_LINK,
  isTeamRoom,
  isTimersRoom,
  readRoomFragment,
  triesToOpenRoom,
} from '../lib/live/links';
import { setFollowLinks } from '../stores/live/follow-links';
import { liveWhere as where } from '../stores/live/endpoint';

let watchingLinks = false;

/** Loads the page again when another room's link is opened in this tab (only its fragment changes). */
function reloadOnAnotherRoomLink(): void {
  if (watchingLinks) return;
  watchingLinks = true;
  addEventListener('hashchange', (event) => {
    if (changesRoom(new URL(event.oldURL).hash, new URL(event.newURL).hash)) location.reload();
  });
}

/**
 * Joins the live room a link names (`#live=…&key=…`), loading the live code only then: a page
 * opened without a room link downloads none of it.
 */
export function initTeamRoom(): void {
  reloadOnAnotherRoomLink();
  const link = readRoomFragment(location.hash);
  const element = document.querySelector<HTMLElement>('[data-live-bar]');
  if (element && !link && triesToOpenRoom(location.hash)) {
    const alert = document.createElement('p');
    alert.className = 'ws-note ws-note-error';
    alert.setAttribute('role', 'alert');
    alert.dataset.liveIncomplete = '';
    alert.textContent = INCOMPLETE_LINK;
    element.append(alert);
    return;
  }
  if (!link || !element || !isTeamRoom(link)) return;
  void import('../components/live/mount-team-room').then(({ mountTeamRoom }) => mountTeamRoom(element, link, where()));
}

/**
 * The projector and the phones: with a link to the live workshop (`#live=workshop/…`), they follow
 * the console's timers through the live server instead of this browser's own. On the projector,
 * its own link (read-only) is what the holding screen's QR code hands to the phones.
 */
export function initTimersRoom({ shareWithPhones = false } = {}): void {
  reloadOnAnotherRoomLink();
  const link = readRoomFragment(location.hash);
  if (!link || !isTimersRoom(link)) return;
  void import('../components/live/join-timers-room').then(({ joinTimersRoom }) =>
    joinTimersRoom(link, where(), () => {
      document.documentElement.dataset.liveTimers = '';
      if (shareWithPhones) setFollowLinks({ projector: location.href, phones: location.href });
    }),
  );
}

/**
 * The console: the live workshop panel, and the workshop's room once one is started. Opened with the
 * console's link, it brings that workshop to this device (or, when it cannot, follows its timers).
 */
export function initLiveWorkshop(): void {
  const element = document.querySelector<HTMLElement>('[data-live-workshop]');
  if (!element) return;
  reloadOnAnotherRoomLink();
  const link = readRoomFragment(location.hash);
  if (link && isTimersRoom(link)) {
    void import('../components/live/mount-console-link').then(({ mountConsoleLink }) =>
      mountConsoleLink(element, link, where(), () => initTimersRoom()),
    );
    return;
  }
  void import('../components/live/mount-live-workshop').then(({ mountLiveWorkshop }) =>
    mountLiveWorkshop(element, where()),
  );
}
