/** Summaries of a workspace and its lists, as the tools show them (free of zod: islands import them up front). */
import type { Workspace } from '../schema/workspace';

/** The personal list as plain text for the clipboard: one numbered line per wish. */
export function personalListText(items: readonly { text: string }[]): string {
  return items.map((item, index) => `${index + 1}. ${item.text}`).join('\n');
}

/** What an import preview lists: section names and how many of each. */
export function workspaceCounts(ws: Workspace): { label: string; count: number }[] {
  return [
    { label: 'strengths', count: ws.strengths.length },
    { label: 'weaknesses', count: ws.weaknesses.length },
    { label: 'questions for the mentor', count: ws.discussion.length },
    { label: 'goals', count: ws.goals.length },
    { label: 'backlog items', count: ws.backlog.length },
  ];
}

/** Whether a workspace has anything in it (an import over an empty one needs no warning). */
export function hasContent(ws: Workspace): boolean {
  return (
    workspaceCounts(ws).some((entry) => entry.count > 0) ||
    ws.team.name !== '' ||
    ws.team.mentor !== '' ||
    ws.voting.members.length > 0
  );
}
