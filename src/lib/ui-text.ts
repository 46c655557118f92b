/**
 * Small pure helpers of the workspace tools that must stay free of zod and the schemas (the islands
 * import them up front; see issue 6's byte budgets).
 */
import type { Workspace } from './schema/workspace';

/** The personal list as plain text for the clipboard: one numbered line per wish. */
export function personalListText(items: readonly { text: string }[]): string {
  return items.map((item, index) => `${index + 1}. ${item.text}`).join('\n');
}

/**
 * An HTML id built from parts that may hold anything an imported file allows in an item id (spaces,
 * emoji, quotes): each part keeps letters and digits and encodes every other character as
 * `_<hex>_`, and parts are joined with "-", so different parts never give the same id.
 */
export function domId(...parts: string[]): string {
  return parts
    .map((part) => part.replace(/[^A-Za-z0-9]/gu, (char) => `_${(char.codePointAt(0) ?? 0).toString(16)}_`))
    .join('-');
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
