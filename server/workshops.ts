// Starting a live workshop: the request's rules, and the ids and capability tokens the server issues.
import type { Role } from '../src/lib/live/protocol.ts';
import type { Store } from './store.ts';
import { hashToken, newId, newToken } from './tokens.ts';

export const MAX_TEAMS = 20;
export const MAX_NAME = 60;
export const MAX_TITLE = 120;

export interface WorkshopRequest {
  title?: string | undefined;
  teams: string[];
  key?: string | undefined;
}

export interface CreatedWorkshop {
  workshopId: string;
  facilitator: string;
  projector: string;
  teams: Array<{ id: string; name: string; member: string; mentor: string }>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a request body, returning the request or a message that says what is wrong. */
export function parseWorkshopRequest(body: unknown): { request: WorkshopRequest } | { error: string } {
  if (!isRecord(body)) return { error: 'Send a JSON object with "teams": a list of team names.' };
  const { title, teams, key } = body;
  if (title !== undefined && (typeof title !== 'string' || title.trim().length > MAX_TITLE)) {
    return { error: `"title" must be text of at most ${MAX_TITLE} characters.` };
  }
  if (key !== undefined && typeof key !== 'string') return { error: '"key" must be text.' };
  if (!Array.isArray(teams) || teams.length < 1 || teams.length > MAX_TEAMS) {
    return { error: `"teams" must list between 1 and ${MAX_TEAMS} team names.` };
  }
  const names: string[] = [];
  for (const [index, name] of teams.entries()) {
    const trimmed = typeof name === 'string' ? name.trim() : '';
    if (trimmed.length < 1 || trimmed.length > MAX_NAME) {
      return { error: `Team ${index + 1}: a name must be between 1 and ${MAX_NAME} characters.` };
    }
    names.push(trimmed);
  }
  return { request: { title: typeof title === 'string' ? title.trim() : undefined, teams: names, key } };
}

/** Creates the workshop with a token for each role and each team; only the tokens' hashes are stored. */
export function createWorkshop(store: Store, request: WorkshopRequest): CreatedWorkshop {
  const tokens: Array<{ hash: string; role: Role; teamId?: string }> = [];
  const issue = (role: Role, teamId?: string) => {
    const token = newToken();
    tokens.push({ hash: hashToken(token), role, ...(teamId ? { teamId } : {}) });
    return token;
  };
  const workshopId = newId();
  const created: CreatedWorkshop = {
    workshopId,
    facilitator: issue('facilitator'),
    projector: issue('projector'),
    teams: request.teams.map((name) => {
      const id = newId();
      return { id, name, member: issue('member', id), mentor: issue('mentor', id) };
    }),
  };
  store.createWorkshop({ id: workshopId, tokens });
  return created;
}
