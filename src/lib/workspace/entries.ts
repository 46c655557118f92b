import { MAX_MEMBERS, MAX_VOTES } from '../schema/values';
import type { Member, Workspace } from '../schema/workspace';
import type { Goal } from '../schema/goal';
import type { BacklogItem, Moscow, Size } from '../schema/backlog-item';
import { cleanText } from './input';

/**
 * What a new or changed entry of the workspace holds, before it is written: the rules the actions
 * apply to what a person typed or picked (empty text refused, links only to things that exist,
 * numbers within their limits).
 */

/** A number typed for a vote limit, as the limit it sets: a whole number from 1 to 99. */
export function clampVotes(n: number): number {
  return Math.max(1, Math.min(MAX_VOTES, Math.trunc(Number.isFinite(n) ? n : 1)));
}

/**
 * The voters' names after setting a count ("Member 1"…"Member n", keeping the names already given
 * by position) or a list of names (trimmed).
 */
export function memberNames(current: readonly Member[], members: number | readonly string[]): string[] {
  if (typeof members !== 'number') return members.map((name) => name.trim());
  const count = Math.max(0, Math.min(MAX_MEMBERS, Math.trunc(Number.isFinite(members) ? members : 0)));
  return Array.from({ length: count }, (_, i) => current[i]?.name ?? `Member ${i + 1}`);
}

/** Keeps only ids that are weaknesses, once each, in the given order. */
export function knownWeaknessIds(ws: Workspace, ids: readonly string[]): string[] {
  const weaknesses = new Set(ws.weaknesses.map((w) => w.id));
  return [...new Set(ids)].filter((id) => weaknesses.has(id));
}

/** A new goal: every part optional (a missing part is flagged later, never refused). */
export function newGoal(ws: Workspace, id: string, fields: Partial<Omit<Goal, 'id'>>): Goal {
  return {
    id,
    statement: fields.statement ?? '',
    weaknessIds: knownWeaknessIds(ws, fields.weaknessIds ?? []),
    owner: fields.owner ?? '',
    measure: fields.measure ?? '',
    due: fields.due ?? '',
    checkIn: fields.checkIn ?? null,
  };
}

/** The fields of a backlog item a person edits. */
export interface BacklogFields {
  title: string;
  description: string;
  priority: Moscow | null;
  size: Size | null;
  goalId: string | null;
}

const knownGoal = (ws: Workspace, goalId: string | null | undefined) =>
  goalId && ws.goals.some((g) => g.id === goalId) ? goalId : null;

/** A new backlog item typed on the worksheet; null when its title is empty. */
export function newBacklogItem(
  ws: Workspace,
  id: string,
  fields: Partial<BacklogFields> & { title: string },
): BacklogItem | null {
  const title = cleanText(fields.title);
  if (title === null) return null;
  return {
    id,
    title,
    description: fields.description ?? '',
    priority: fields.priority ?? null,
    size: fields.size ?? null,
    goalId: knownGoal(ws, fields.goalId),
    existing: null,
  };
}

/** The part of an edit to keep: an empty title and a link to an unknown goal are left out. */
export function backlogPatch(ws: Workspace, patch: Partial<BacklogFields>): Partial<BacklogFields> {
  const clean: Partial<BacklogFields> = {};
  if (patch.title !== undefined) {
    const title = cleanText(patch.title);
    if (title !== null) clean.title = title;
  }
  if (patch.description !== undefined) clean.description = patch.description;
  if (patch.priority !== undefined) clean.priority = patch.priority;
  if (patch.size !== undefined) clean.size = patch.size;
  if (patch.goalId !== undefined && (patch.goalId === null || knownGoal(ws, patch.goalId))) clean.goalId = patch.goalId;
  return clean;
}
