/**
 * Capability links to live rooms. A link names the room's document and carries its secret in the
 * URL's fragment (`#live=team/abc/def&key=…`), which browsers never send to a server or put in a
 * Referer: the secret reaches only the live server, which checks it when the page connects.
 */

/** A room the page should join: the server's document name and the link's secret. */
export interface RoomLink {
  document: string;
  token: string;
}

const PART = '[A-Za-z0-9_-]{1,64}';
const DOCUMENT = new RegExp(`^(?:workshop/${PART}|team/${PART}/${PART})$`);
const TOKEN = /^[A-Za-z0-9_-]{16,200}$/;

/** The fragment of a link that opens `room`. */
export function roomFragment(room: RoomLink): string {
  return `#live=${encodeURIComponent(room.document)}&key=${encodeURIComponent(room.token)}`;
}

/** The room a page's fragment names, or null when it names none or names one in a malformed way. */
export function readRoomFragment(hash: string): RoomLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const document = params.get('live');
  const token = params.get('key');
  if (!document || !token || !DOCUMENT.test(document) || !TOKEN.test(token)) return null;
  return { document, token };
}

/** Whether a room is a team's workspace (rather than the workshop's shared timers). */
export const isTeamRoom = (room: RoomLink) => room.document.startsWith('team/');

/**
 * Where the live server listens: under `configured` (PUBLIC_LIVE_URL, the address of the kit's server
 * for a static site hosted elsewhere) or under this page's own origin and the site's base path, at
 * `live` (WebSocket) and `live/api` (JSON). http becomes ws and https wss.
 */
export function liveEndpoint(page: URL, base: string, configured = ''): { socket: string; api: string } {
  const site =
    configured !== '' ? new URL(configured.replace(/\/?$/, '/')) : new URL(base.replace(/\/?$/, '/'), page.origin);
  const root = new URL('live', site);
  const http = root.href.replace(/\/$/, '');
  return { socket: http.replace(/^http/, 'ws'), api: `${http}/api` };
}

/** Estimates how far this device's clock is from the server's, from one round trip (ms to add). */
export function clockOffset(sentAt: number, serverNow: number, receivedAt: number): number {
  return Math.round(serverNow - (sentAt + receivedAt) / 2);
}
