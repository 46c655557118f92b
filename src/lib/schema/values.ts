/**
 * The file format's names, versions, limits and lists of allowed values, free of zod: the tools read
 * them on every first load, while the schemas (and zod) load only when a file is read or written.
 * The schema files build on these, so each value is written once.
 */
import type { Workspace } from './workspace';
import type { PersonalList } from './personal';

/** Name of the workspace file format: a file without it is not ours. */
export const WORKSPACE_FORMAT = 'mentoring-kit/workspace';
/** Version of the workspace format this kit writes; older versions are migrated on import. */
export const WORKSPACE_VERSION = 2;
/** Published JSON Schema, relative to the site root (the UI makes it absolute). */
export const WORKSPACE_SCHEMA_PATH = 'schema/workspace-v2.json';
/** Votes per member unless the facilitator sets another number. */
export const DEFAULT_VOTES_PER_MEMBER = 3;
/** Most dots one member may put on one weakness unless the facilitator sets another number. */
export const DEFAULT_PER_ITEM_CAP = 2;
/** Largest number of votes per member or per item the kit accepts. */
export const MAX_VOTES = 99;
/** Most voters a board takes. */
export const MAX_MEMBERS = 30;
/** How many goals a session is expected to produce. */
export const GOALS_EXPECTED = 3;
/** MoSCoW priorities, most important first. */
export const MOSCOW_VALUES = ['must', 'should', 'could', 'wont'] as const;
/** T-shirt estimates, smallest first. */
export const SIZE_VALUES = ['XS', 'S', 'M', 'L', 'XL'] as const;
/** How a goal turned out when the team looks back after the next sprint. */
export const CHECK_IN_STATUSES = ['achieved', 'in-progress', 'dropped'] as const;

/** Name of the personal list format, kept apart from the team workspace. */
export const PERSONAL_FORMAT = 'mentoring-kit/personal-list';
/** Current version of the personal list format. */
export const PERSONAL_VERSION = 1;
/** How many things the solo exercise asks for. */
export const PERSONAL_EXPECTED = 5;

/** A workspace with nothing in it yet. */
export function emptyWorkspace(): Workspace {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    team: { name: '', sessionDate: '', mentor: '' },
    strengths: [],
    weaknesses: [],
    rank: [],
    voting: { votesPerMember: DEFAULT_VOTES_PER_MEMBER, perItemCap: DEFAULT_PER_ITEM_CAP, members: [], votes: [] },
    discussion: [],
    goals: [],
    backlog: [],
  };
}

/** A personal list with nothing in it. */
export function emptyPersonalList(): PersonalList {
  return { format: PERSONAL_FORMAT, version: PERSONAL_VERSION, items: [] };
}
