import { LIVE_PATH, parseRoom, workshopDocument, teamDocument } from './protocol';

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
  if (!document || !token || parseRoom(document) === null || !TOKEN.test(token)) return null;
  return { document, token };
}

/**
 * Whether a fragment tries to open a live room (`#live=…`), well formed or not. A link whose key was
 * cut off (a chat app, a hand-copied link) must say so, not quietly show this browser's own workspace.
 */
export const triesToOpenRoom = (hash: string): boolean => new URLSearchParams(hash.replace(/^#/, '')).has('live');

/**
 * Whether a new fragment opens another live room than the old one (or tries to: a cut link must say
 * so): a link pasted into a tab that already shows a room changes only the fragment, so the page is
 * not loaded again by itself. A fragment that names no room (the skip link's `#main`) leaves the room
 * as it is.
 */
export function changesRoom(oldHash: string, newHash: string): boolean {
  if (!triesToOpenRoom(newHash)) return false;
  const room = (hash: string) => {
    const params = new URLSearchParams(hash.replace(/^#/, ''));
    return JSON.stringify([params.get('live'), params.get('key')]);
  };
  return room(oldHash) !== room(newHash);
}

/** What the page says when a live link is incomplete, so it opens no room. */
export const INCOMPLETE_LINK =
  "This live link is incomplete (its key is missing or cut short), so this page shows your browser's own workspace, not your team's room. Ask your facilitator for the link again.";

/** Whether a room is a team's workspace (rather than the workshop's shared timers). */
export const isTeamRoom = (room: RoomLink) => parseRoom(room.document)?.kind === 'team';

/** Whether a room is the workshop's shared timers (the console, the projector and the phones follow it). */
export const isTimersRoom = (room: RoomLink) => parseRoom(room.document)?.kind === 'workshop';

export { workshopDocument, teamDocument };

/**
 * Where the live server listens: under `configured` (PUBLIC_LIVE_URL, the address of the kit's server
 * for a static site hosted elsewhere) or under this page's own origin and the site's base path, at
 * `live` (WebSocket) and `live/api` (JSON). http becomes ws and https wss.
 */
export function liveEndpoint(page: URL, base: string, configured = ''): { socket: string; api: string } {
  const site =
    configured !== '' ? new URL(configured.replace(/\/?$/, '/')) : new URL(base.replace(/\/?$/, '/'), page.origin);
  const root = new URL(LIVE_PATH, site);
  const http = root.href.replace(/\/$/, '');
  return { socket: http.replace(/^http/, 'ws'), api: `${http}/api` };
}

/** Estimates how far this device's clock is from the server's, from one round trip (ms to add). */
export function clockOffset(sentAt: number, serverNow: number, receivedAt: number): number {
  return Math.round(serverNow - (sentAt + receivedAt) / 2);
}
