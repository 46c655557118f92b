import { atom, type ReadableAtom } from 'nanostores';
import { readItem, writeItem, removeItem } from '../storage';
import { roomFragment, teamDocument, workshopDocument, type RoomLink } from '../../lib/live/links';
import { parseLiveWorkshop, type LiveWorkshop } from '../../lib/live/workshop';
import { endpointFor } from './endpoint';
import type { RoomToWatch } from './watch-rooms';

/**
 * The live workshop this console runs, kept on the facilitator's own devices (the one that started
 * it, and any that opened the console's link), so a reload of the console keeps the workshop.
 */
export type { LiveWorkshop } from '../../lib/live/workshop';

import { LIVE_WORKSHOP_KEY as KEY } from '../../lib/storage-keys';

function read(): LiveWorkshop | null {
  const saved = readItem(KEY);
  if (!saved.ok || !saved.value) return null;
  return parseLiveWorkshop(saved.value);
}

const $state = atom<LiveWorkshop | null>(null);
export const $liveWorkshop: ReadableAtom<LiveWorkshop | null> = $state;

/** Loads the workshop this device started, if any. */
export function loadLiveWorkshop(): LiveWorkshop | null {
  const workshop = read();
  $state.set(workshop);
  return workshop;
}

export type StartResult = { ok: true; workshop: LiveWorkshop } | { ok: false; message: string };

/** Asks the live server to start a workshop with these teams. */
export async function startLiveWorkshop(
  teams: readonly string[],
  key: string,
  where: { base: string; configured: string },
): Promise<StartResult> {
  const { api } = endpointFor(where.base, where.configured);
  let response: Response;
  try {
    response = await fetch(`${api}/workshops`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ teams, ...(key ? { key } : {}) }),
    });
  } catch {
    return {
      ok: false,
      message: navigator.onLine
        ? "No live server answered. Live workshops need the kit's own server (npm start); see the README."
        : 'You are offline: starting a live workshop needs the network.',
    };
  }
  const body = (await response.json().catch(() => null)) as (LiveWorkshop & { error?: string }) | null;
  if (response.status === 404) {
    return {
      ok: false,
      message: "This site has no live server. Live workshops need the kit's own server (npm start); see the README.",
    };
  }
  if (!response.ok || !body || typeof body.workshopId !== 'string') {
    return { ok: false, message: body?.error ?? `The live server refused (${response.status}).` };
  }
  const workshop: LiveWorkshop = {
    workshopId: body.workshopId,
    facilitator: body.facilitator,
    projector: body.projector,
    teams: body.teams,
  };
  saveLiveWorkshop(workshop);
  return { ok: true, workshop };
}

/** Makes `workshop` the one this device runs (started here, or brought by the console's link). */
export function saveLiveWorkshop(workshop: LiveWorkshop): void {
  writeItem(KEY, JSON.stringify(workshop));
  $state.set(workshop);
}

/** Every team's room, opened with the facilitator's capability (the overview and the console watch them). */
export function teamRoomsToWatch(workshop: LiveWorkshop, site: string): RoomToWatch[] {
  return workshopLinks(workshop, site).teams.map((team) => ({
    id: team.id,
    name: team.name,
    link: team.facilitatorRoom,
  }));
}

const $shared = atom<{ workshopId: string; ok: boolean } | null>(null);
/** Whether the workshop's console room took its links (so the console's link brings them elsewhere). */
export const $sharedWorkshop: ReadableAtom<{ workshopId: string; ok: boolean } | null> = $shared;

export function setSharedWorkshop(workshopId: string, ok: boolean): void {
  $shared.set({ workshopId, ok });
}

/** Forgets the workshop on this device (the rooms stay on the server until they expire). */
export function forgetLiveWorkshop(): void {
  removeItem(KEY);
  $state.set(null);
}

/** The rooms and links of a workshop, as absolute addresses for this site. */
export function workshopLinks(workshop: LiveWorkshop, site: string) {
  const page = (path: string, room: RoomLink) => `${site}${path}${roomFragment(room)}`;
  const timers = (token: string): RoomLink => ({ document: workshopDocument(workshop.workshopId), token });
  return {
    console: page('facilitator/', timers(workshop.facilitator)),
    projector: page('projector/', timers(workshop.projector)),
    // A phone opens the projector's read-only view: it follows every start, pause and minute live.
    phones: page('projector/', timers(workshop.projector)),
    timersRoom: timers(workshop.facilitator),
    teams: workshop.teams.map((team) => {
      const room = (token: string): RoomLink => ({ document: teamDocument(workshop.workshopId, team.id), token });
      return {
        ...team,
        memberLink: page('workspace/', room(team.member)),
        mentorLink: page('workspace/', room(team.mentor)),
        facilitatorRoom: room(workshop.facilitator),
      };
    }),
  };
}
