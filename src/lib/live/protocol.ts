// The live server's contract, shared by the server (server/) and the browser client: document names,
// roles, what each role may open, the reasons a connection is refused and the API paths. Pure: no I/O.

/** Who a capability token belongs to. */
export type Role = 'facilitator' | 'projector' | 'member' | 'mentor';

/** What a token grants: the workshop it belongs to, its role and, for member and mentor, the team. */
export interface Grant {
  workshopId: string;
  role: Role;
  teamId?: string | undefined;
}

/** A Hocuspocus document name, parsed. */
export type Room =
  | { kind: 'workshop'; workshopId: string }
  | { kind: 'team'; workshopId: string; teamId: string }
  | { kind: 'console'; workshopId: string };

export type Access = 'write' | 'read' | 'none';

/** The path of the WebSocket endpoint and of the JSON API, under the site's base ("/" or "/kit/"). */
export const LIVE_PATH = 'live';
export const API_PATH = 'live/api/';

/** Reasons the provider receives in its `authenticationFailed` event. */
export const REFUSAL = {
  notValid: 'This link is not valid for this room',
  ended: 'This workshop has ended',
} as const;

/** WebSocket close codes the server uses when it disconnects a client (4000–4999 are the application's). */
export const CLOSE = {
  malformed: { code: 4400, reason: 'Malformed message' },
  tooBig: { code: 1009, reason: 'Message too big' },
  documentFull: { code: 4413, reason: 'This room has reached its size limit' },
  tooFast: { code: 4429, reason: 'Too many messages' },
} as const;

// Ids the server issues: base64url, so they never contain the "/" that separates a name's parts.
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const workshopDocument = (workshopId: string) => `workshop/${workshopId}`;
export const teamDocument = (workshopId: string, teamId: string) => `team/${workshopId}/${teamId}`;
/** The facilitator's own room: the workshop's links, sealed, so their link brings the console to another device. */
export const consoleDocument = (workshopId: string) => `console/${workshopId}`;

/** Parses a document name, or null when it names no room. */
export function parseRoom(name: string): Room | null {
  const parts = name.split('/');
  if ((parts[0] === 'workshop' || parts[0] === 'console') && parts.length === 2 && ID.test(parts[1] ?? '')) {
    return { kind: parts[0], workshopId: parts[1] ?? '' };
  }
  if (parts[0] === 'team' && parts.length === 3 && ID.test(parts[1] ?? '') && ID.test(parts[2] ?? '')) {
    return { kind: 'team', workshopId: parts[1] ?? '', teamId: parts[2] ?? '' };
  }
  return null;
}

/**
 * What a grant may do with a room. The facilitator writes everywhere in their workshop; a member or a
 * mentor writes in their own team's room and follows the workshop's timers read-only; the projector
 * only reads the workshop document. The console room holds every team's links (sealed with the
 * facilitator's token), so it is the facilitator's alone.
 */
export function accessTo(grant: Grant, room: Room): Access {
  if (grant.workshopId !== room.workshopId) return 'none';
  if (room.kind === 'console') return grant.role === 'facilitator' ? 'write' : 'none';
  if (room.kind === 'workshop') return grant.role === 'facilitator' ? 'write' : 'read';
  if (grant.role === 'facilitator') return 'write';
  if ((grant.role === 'member' || grant.role === 'mentor') && grant.teamId === room.teamId) return 'write';
  return 'none';
}
