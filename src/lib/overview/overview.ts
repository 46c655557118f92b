/**
 * The facilitator's overview of every team, from the teams' workspace exports: each file read
 * through the project's importer (size, JSON, format, version, migration, validation), so a bad
 * file is named with its error while the others are still shown.
 */
import { checkImportSize, importErrorMessage, parseWorkspaceText } from '../import/parse';
import type { Workspace } from '../schema/workspace';
import type { CheckInStatus } from '../schema/goal';
import { specificityMessage } from '../workspace/goals';
import { describeCheckIn, tallyCheckIns, type CheckInTally } from '../workspace/check-in';

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

/** How many top-ranked weaknesses the overview shows per team. */
export const TOP_WEAKNESSES = 3;

export interface GoalSummary {
  id: string;
  statement: string;
  /** "Not yet specific: missing owner", or null when the goal has every part. */
  flag: string | null;
  checkIn: { status: CheckInStatus; note: string } | null;
  /** "Achieved: …", "Not checked in yet". */
  checkInText: string;
}

export interface TeamSummary {
  /** The team's name, or the file's when the team has none. */
  name: string;
  mentor: string;
  sessionDate: string;
  counts: { strengths: number; weaknesses: number; questions: number; goals: number; backlog: number };
  /** The first weaknesses in the team's rank order. */
  topWeaknesses: string[];
  goals: GoalSummary[];
  checkIns: CheckInTally;
}

/** What the overview shows of one team. */
export function summariseTeam(entry: TeamEntry): TeamSummary {
  const ws = entry.workspace;
  return {
    name: ws.team.name.trim() || entry.file,
    mentor: ws.team.mentor.trim(),
    sessionDate: ws.team.sessionDate,
    counts: {
      strengths: ws.strengths.length,
      weaknesses: ws.weaknesses.length,
      questions: ws.discussion.length,
      goals: ws.goals.length,
      backlog: ws.backlog.length,
    },
    topWeaknesses: ws.rank
      .slice(0, TOP_WEAKNESSES)
      .map((id) => ws.weaknesses.find((weakness) => weakness.id === id)?.text ?? '')
      .filter((text) => text !== ''),
    goals: ws.goals.map((goal) => ({
      id: goal.id,
      statement: goal.statement.trim(),
      flag: specificityMessage(goal),
      checkIn: goal.checkIn,
      checkInText: describeCheckIn(goal),
    })),
    checkIns: tallyCheckIns(ws.goals),
  };
}
