import type { Workspace } from '../schema/workspace';

/** A team name as it can appear in a file name: "Team Rocket!" → "team-rocket"; empty → "team". */
export function slug(text: string): string {
  const slugged = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slugged === '' ? 'team' : slugged;
}

/** The session date, or the export day (UTC) when none is set. */
export function fileDate(ws: Workspace, now: Date): string {
  return ws.team.sessionDate !== '' ? ws.team.sessionDate : now.toISOString().slice(0, 10);
}

/** File names carry what and whose: `mentoring-workspace-team-rocket-2026-11-21.json`. */
export function exportFileName(
  ws: Workspace,
  what: 'workspace' | 'backlog' | 'session' | 'issues',
  extension: string,
  now: Date,
): string {
  return `mentoring-${what}-${slug(ws.team.name)}-${fileDate(ws, now)}.${extension}`;
}
