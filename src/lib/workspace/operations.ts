import type { BacklogItem } from '../schema/backlog-item';
import type { DiscussionPoint } from '../schema/discussion';
import type { Goal } from '../schema/goal';
import type { TextItem } from '../schema/common';
import type { Vote } from '../schema/voting';
import type { Team, Workspace } from '../schema/workspace';
import { moveTo, withoutWeakness } from './board';

/**
 * Pure operations on a whole workspace that keep the links between sections intact
 * (the rank covers every weakness, votes and links point at items that exist).
 */

/** A list whose items can be deleted and restored. */
export type Section = 'strengths' | 'weaknesses' | 'discussion' | 'goals' | 'backlog';

/** Everything needed to put a deleted item back where it was, with the links that pointed at it. */
export type Deleted =
  | { section: 'strengths'; item: TextItem; index: number }
  | {
      section: 'weaknesses';
      item: TextItem;
      index: number;
      rankIndex: number;
      votes: Vote[];
      discussionIds: string[];
      goalIds: string[];
    }
  | { section: 'discussion'; item: DiscussionPoint; index: number }
  | { section: 'goals'; item: Goal; index: number; backlogIds: string[] }
  | { section: 'backlog'; item: BacklogItem; index: number };

/** Which list holds an id: strengths, weaknesses, discussion, goals or backlog; null when none. */
export function sectionOf(ws: Workspace, id: string): Section | null {
  for (const section of ['strengths', 'weaknesses', 'discussion', 'goals', 'backlog'] as const) {
    if ((ws[section] as { id: string }[]).some((item) => item.id === id)) return section;
  }
  return null;
}

/** Trims typed text; empty text is refused (null). */
export function cleanText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** Adds a strength or weakness at the end of its list (a new weakness goes to the bottom of the rank). */
export function addTextItem(ws: Workspace, list: 'strengths' | 'weaknesses', id: string, text: string): Workspace {
  const clean = cleanText(text);
  if (clean === null || sectionOf(ws, id) !== null) return ws;
  const item = { id, text: clean };
  return list === 'strengths'
    ? { ...ws, strengths: [...ws.strengths, item] }
    : { ...ws, weaknesses: [...ws.weaknesses, item], rank: [...ws.rank, id] };
}

/** Replaces the text of a strength, weakness or discussion point; empty text is refused. */
export function editText(ws: Workspace, id: string, text: string): Workspace {
  const clean = cleanText(text);
  if (clean === null) return ws;
  const section = sectionOf(ws, id);
  if (section === 'strengths' || section === 'weaknesses') {
    return { ...ws, [section]: ws[section].map((item) => (item.id === id ? { ...item, text: clean } : item)) };
  }
  if (section === 'discussion') {
    return { ...ws, discussion: ws.discussion.map((p) => (p.id === id ? { ...p, text: clean } : p)) };
  }
  return ws;
}

/** Removes the links that point at a weakness: rank, votes, discussion points and goals. */
function unlinkWeakness(ws: Workspace, id: string): Workspace {
  return {
    ...ws,
    rank: ws.rank.filter((other) => other !== id),
    voting: withoutWeakness(ws.voting, id),
    discussion: ws.discussion.map((p) =>
      p.weaknessIds.includes(id) ? { ...p, weaknessIds: p.weaknessIds.filter((w) => w !== id) } : p,
    ),
    goals: ws.goals.map((g) =>
      g.weaknessIds.includes(id) ? { ...g, weaknessIds: g.weaknessIds.filter((w) => w !== id) } : g,
    ),
  };
}

/** Deletes any item by id, returning what is needed to restore it; null when the id is unknown. */
export function deleteEntry(ws: Workspace, id: string): { workspace: Workspace; deleted: Deleted } | null {
  const section = sectionOf(ws, id);
  switch (section) {
    case null:
      return null;
    case 'strengths': {
      const index = ws.strengths.findIndex((s) => s.id === id);
      const item = ws.strengths[index] as TextItem;
      return {
        workspace: { ...ws, strengths: ws.strengths.filter((s) => s.id !== id) },
        deleted: { section, item, index },
      };
    }
    case 'weaknesses': {
      const index = ws.weaknesses.findIndex((w) => w.id === id);
      const item = ws.weaknesses[index] as TextItem;
      const deleted: Deleted = {
        section,
        item,
        index,
        rankIndex: ws.rank.indexOf(id),
        votes: ws.voting.votes.filter((v) => v.weaknessId === id),
        discussionIds: ws.discussion.filter((p) => p.weaknessIds.includes(id)).map((p) => p.id),
        goalIds: ws.goals.filter((g) => g.weaknessIds.includes(id)).map((g) => g.id),
      };
      const unlinked = unlinkWeakness(ws, id);
      return { workspace: { ...unlinked, weaknesses: ws.weaknesses.filter((w) => w.id !== id) }, deleted };
    }
    case 'discussion': {
      const index = ws.discussion.findIndex((p) => p.id === id);
      const item = ws.discussion[index] as DiscussionPoint;
      return {
        workspace: { ...ws, discussion: ws.discussion.filter((p) => p.id !== id) },
        deleted: { section, item, index },
      };
    }
    case 'goals': {
      const index = ws.goals.findIndex((g) => g.id === id);
      const item = ws.goals[index] as Goal;
      const backlogIds = ws.backlog.filter((b) => b.goalId === id).map((b) => b.id);
      return {
        workspace: {
          ...ws,
          goals: ws.goals.filter((g) => g.id !== id),
          backlog: ws.backlog.map((b) => (b.goalId === id ? { ...b, goalId: null } : b)),
        },
        deleted: { section, item, index, backlogIds },
      };
    }
    case 'backlog': {
      const index = ws.backlog.findIndex((b) => b.id === id);
      const item = ws.backlog[index] as BacklogItem;
      return {
        workspace: { ...ws, backlog: ws.backlog.filter((b) => b.id !== id) },
        deleted: { section, item, index },
      };
    }
  }
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const next = [...list];
  next.splice(Math.max(0, Math.min(index, next.length)), 0, item);
  return next;
}

/**
 * Puts a deleted item back at its place with the links that pointed at it, as far as the things
 * that held those links still exist. If its id is in use again, nothing changes.
 */
export function restoreEntry(ws: Workspace, deleted: Deleted): Workspace {
  if (sectionOf(ws, deleted.item.id) !== null) return ws;
  switch (deleted.section) {
    case 'strengths':
      return { ...ws, strengths: insertAt(ws.strengths, deleted.index, deleted.item) };
    case 'weaknesses': {
      const id = deleted.item.id;
      const discussion = new Set(deleted.discussionIds);
      const goals = new Set(deleted.goalIds);
      const memberIds = new Set(ws.voting.members.map((m) => m.id));
      const restoredVotes = deleted.votes.filter((v) => memberIds.has(v.memberId));
      return {
        ...ws,
        weaknesses: insertAt(ws.weaknesses, deleted.index, deleted.item),
        rank: insertAt(ws.rank, deleted.rankIndex, id),
        voting: { ...ws.voting, votes: [...ws.voting.votes, ...restoredVotes] },
        discussion: ws.discussion.map((p) =>
          discussion.has(p.id) ? { ...p, weaknessIds: [...p.weaknessIds, id] } : p,
        ),
        goals: ws.goals.map((g) => (goals.has(g.id) ? { ...g, weaknessIds: [...g.weaknessIds, id] } : g)),
      };
    }
    case 'discussion': {
      const weaknesses = new Set(ws.weaknesses.map((w) => w.id));
      const item = { ...deleted.item, weaknessIds: deleted.item.weaknessIds.filter((w) => weaknesses.has(w)) };
      return { ...ws, discussion: insertAt(ws.discussion, deleted.index, item) };
    }
    case 'goals': {
      const weaknesses = new Set(ws.weaknesses.map((w) => w.id));
      const item = { ...deleted.item, weaknessIds: deleted.item.weaknessIds.filter((w) => weaknesses.has(w)) };
      const backlog = new Set(deleted.backlogIds);
      return {
        ...ws,
        goals: insertAt(ws.goals, deleted.index, item),
        backlog: ws.backlog.map((b) => (backlog.has(b.id) && b.goalId === null ? { ...b, goalId: item.id } : b)),
      };
    }
    case 'backlog': {
      const goals = new Set(ws.goals.map((g) => g.id));
      const goalId = deleted.item.goalId !== null && goals.has(deleted.item.goalId) ? deleted.item.goalId : null;
      return { ...ws, backlog: insertAt(ws.backlog, deleted.index, { ...deleted.item, goalId }) };
    }
  }
}

/**
 * Moves a strength to the weaknesses (bottom of the rank) or a weakness to the strengths, keeping
 * its id. A weakness that becomes a strength loses its votes and the links pointing at it.
 */
export function moveToOtherList(ws: Workspace, id: string): Workspace {
  const section = sectionOf(ws, id);
  if (section === 'strengths') {
    const item = ws.strengths.find((s) => s.id === id) as TextItem;
    return {
      ...ws,
      strengths: ws.strengths.filter((s) => s.id !== id),
      weaknesses: [...ws.weaknesses, item],
      rank: [...ws.rank, id],
    };
  }
  if (section === 'weaknesses') {
    const item = ws.weaknesses.find((w) => w.id === id) as TextItem;
    const unlinked = unlinkWeakness(ws, id);
    return { ...unlinked, weaknesses: ws.weaknesses.filter((w) => w.id !== id), strengths: [...ws.strengths, item] };
  }
  return ws;
}

/** Moves a weakness in the rank order. */
export function moveWeakness(ws: Workspace, id: string, toIndex: number): Workspace {
  return { ...ws, rank: moveTo(ws.rank, id, toIndex) };
}

/** Keeps only ids that are weaknesses, once each, in the given order. */
export function knownWeaknessIds(ws: Workspace, ids: readonly string[]): string[] {
  const weaknesses = new Set(ws.weaknesses.map((w) => w.id));
  return [...new Set(ids)].filter((id) => weaknesses.has(id));
}

/** Sets team name, date and mentor (only the fields given). An invalid date is ignored. */
export function setTeam(ws: Workspace, patch: Partial<Team>): Workspace {
  const team = { ...ws.team };
  if (patch.name !== undefined) team.name = patch.name;
  if (patch.mentor !== undefined) team.mentor = patch.mentor;
  if (patch.sessionDate !== undefined && (patch.sessionDate === '' || isIsoDate(patch.sessionDate))) {
    team.sessionDate = patch.sessionDate;
  }
  return { ...ws, team };
}

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Moves a backlog item to a new position (clamped). */
export function moveBacklogItem(ws: Workspace, id: string, toIndex: number): Workspace {
  const order = moveTo(
    ws.backlog.map((b) => b.id),
    id,
    toIndex,
  );
  const byId = new Map(ws.backlog.map((b) => [b.id, b] as const));
  return { ...ws, backlog: order.map((itemId) => byId.get(itemId) as BacklogItem) };
}
