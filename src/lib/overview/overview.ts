/**
 * The facilitator's overview of every team, from the teams' workspace exports: each file read
 * through the project's importer (size, JSON, format, version, migration, validation), so a bad
 * file is named with its error while the others are still shown.
 */
import { checkImportSize, importErrorMessage, parseWorkspaceText } from '../import/parse';
import type { Workspace } from '../schema/workspace';

export { summariseTeam, TOP_WEAKNESSES, type GoalSummary, type TeamSummary } from './summary';

/** A dropped file: its name and its text. */
export interface TeamFile {
  name: string;
  text: string;
}

export interface TeamEntry {
  /** The file the team came from. */
  file: string;
  workspace: Workspace;
}

export interface RefusedFile {
  file: string;
  /** The importer's sentence for the refusal. */
  message: string;
}

export interface ReadTeams {
  teams: TeamEntry[];
  refused: RefusedFile[];
}

/** A file refused for its size before it is read, or null when it may be read. */
export function refuseTooLarge(name: string, bytes: number): RefusedFile | null {
  const refusal = checkImportSize(bytes);
  return refusal && !refusal.ok ? { file: name, message: importErrorMessage(refusal.error) } : null;
}

/** Reads every file; each either adds a team or is refused with the importer's message. */
export function readTeamFiles(files: readonly TeamFile[]): ReadTeams {
  const teams: TeamEntry[] = [];
  const refused: RefusedFile[] = [];
  for (const file of files) {
    const result = parseWorkspaceText(file.text);
    if (result.ok) teams.push({ file: file.name, workspace: result.value.workspace });
    else refused.push({ file: file.name, message: importErrorMessage(result.error) });
  }
  return { teams, refused };
}
