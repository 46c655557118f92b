import { validate } from '../validate';
import { WORKSPACE_SCHEMA_PATH, WorkspaceFileSchema, type Workspace, type WorkspaceFile } from '../schema/workspace';
import { exportFileName } from './file-name';

export type JsonExport =
  { ok: true; fileName: string; text: string; file: WorkspaceFile } | { ok: false; error: { messages: string[] } };

/**
 * The workspace as a JSON file: `$schema` (relative, `schema/workspace-v1.json`, or the absolute
 * address given), format, version, export time, then the sections. It is validated by the same
 * zod schema as an import before it is written, so the kit never hands out a file it would refuse.
 */
export function exportWorkspaceJson(ws: Workspace, now: Date, schemaUrl: string = WORKSPACE_SCHEMA_PATH): JsonExport {
  const file = {
    $schema: schemaUrl,
    format: ws.format,
    version: ws.version,
    exportedAt: now.toISOString(),
    team: ws.team,
    strengths: ws.strengths,
    weaknesses: ws.weaknesses,
    rank: ws.rank,
    voting: ws.voting,
    discussion: ws.discussion,
    goals: ws.goals,
    backlog: ws.backlog,
  };
  const checked = validate(WorkspaceFileSchema, file);
  if (!checked.ok) return checked;
  return {
    ok: true,
    fileName: exportFileName(ws, 'workspace', 'json', now),
    text: `${JSON.stringify(file, null, 2)}\n`,
    file: checked.value,
  };
}
