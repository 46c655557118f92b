import { consoleDocument } from './protocol';
import { seal, unseal } from './seal';

/**
 * A live workshop as the server answered when it was started: its id, the facilitator's and the
 * projector's secrets, and each team's links. Kept on the facilitator's devices only.
 */
export interface LiveWorkshop {
  workshopId: string;
  facilitator: string;
  projector: string;
  teams: { id: string; name: string; member: string; mentor: string }[];
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isTeam(value: unknown): value is LiveWorkshop['teams'][number] {
  if (typeof value !== 'object' || value === null) return false;
  const team = value as Record<string, unknown>;
  return isString(team['id']) && isString(team['name']) && isString(team['member']) && isString(team['mentor']);
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/** A live workshop from untrusted data, keeping only its known fields, or null. */
function fromValue(value: unknown): LiveWorkshop | null {
  if (typeof value !== 'object' || value === null) return null;
  const { workshopId, facilitator, projector, teams } = value as Record<string, unknown>;
  if (!isString(workshopId) || !isString(facilitator) || !isString(projector)) return null;
  if (!Array.isArray(teams) || !teams.every(isTeam)) return null;
  return {
    workshopId,
    facilitator,
    projector,
    teams: teams.map(({ id, name, member, mentor }) => ({ id, name, member, mentor })),
  };
}

/** A live workshop from untrusted JSON (this device's storage), or null. */
export const parseLiveWorkshop = (json: string): LiveWorkshop | null => fromValue(parseJson(json));

/**
 * The workshop sealed for its console room. The facilitator's token is left out: it is the key, and
 * whoever opens the room already holds it.
 */
export function sealWorkshop(workshop: LiveWorkshop): Promise<string> {
  const { projector, teams } = workshop;
  return seal(JSON.stringify({ projector, teams }), workshop.facilitator, consoleDocument(workshop.workshopId));
}

/** The workshop a console room holds, opened with the facilitator's token; null when it does not open. */
export async function unsealWorkshop(
  sealed: string,
  workshopId: string,
  facilitator: string,
): Promise<LiveWorkshop | null> {
  const plain = await unseal(sealed, facilitator, consoleDocument(workshopId));
  const shared = plain === null ? null : parseJson(plain);
  if (typeof shared !== 'object' || shared === null) return null;
  return fromValue({ ...shared, workshopId, facilitator });
}

/** Whether two workshops hand out the same links (then a console room need not be written again). */
export const sameWorkshop = (a: LiveWorkshop, b: LiveWorkshop): boolean =>
  JSON.stringify(fromValue(a)) === JSON.stringify(fromValue(b));
