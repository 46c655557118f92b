import { atom, type ReadableAtom } from 'nanostores';
import { emptyWorkspace, type Workspace, type Team } from '../lib/schema/workspace';
import type { Goal } from '../lib/schema/goal';
import type { BacklogItem, Moscow, Size } from '../lib/schema/backlog-item';
import type { Member } from '../lib/schema/voting';
import { MAX_MEMBERS, MAX_VOTES } from '../lib/schema/voting';
import { decodeWorkspace, type ImportedWorkspace } from '../lib/schema/decode';
import { mergeWorkspaces } from '../lib/workspace/merge';
import { newId } from '../lib/ids';
import * as board from '../lib/workspace/board';
import * as ops from '../lib/workspace/operations';
import {
  itemsFromImport,
  newItemFromGoal,
  type BacklogImportError,
  type BacklogImportResult,
} from '../lib/workspace/backlog';
import { nextReplaced, type Replaced } from '../lib/workspace/replaced';
import { syncedAtom } from './persisted';

export { $storageHealth, dismissStorageNotice, type StorageHealth } from './storage';

/** Where the workspace is saved: namespaced and versioned. */
export const WORKSPACE_KEY = 'mentoring-kit:v1:workspace';

const synced = syncedAtom<Workspace>({
  key: WORKSPACE_KEY,
  initial: emptyWorkspace,
  decode: (data) => {
    const result = decodeWorkspace(data);
    return result.ok ? { ok: true, value: result.value.workspace } : { ok: false };
  },
  merge: mergeWorkspaces,
});

/** The team's workspace. Read it with useStore; change it only through the actions below. */
export const $workspace: ReadableAtom<Workspace> = synced.$store;

/** What "Undo import" / "Undo reset" would bring back, or null when there is nothing to undo. */
export const $replaced = atom<Replaced | null>(null);

/** Loads the saved workspace and starts saving; actions call it, islands need not. No-op on the server. */
export function startWorkspace(): void {
  synced.start();
}

function current(): Workspace {
  synced.start();
  return synced.$store.get();
}

function update(change: (ws: Workspace) => Workspace): void {
  synced.start();
  const before = synced.$store.get();
  const next = change(before);
  if (next !== before) synced.$store.set(next);
}

// ---------------------------------------------------------------- team

/** Sets any of team name, session date (YYYY-MM-DD or '') and mentor's name. */
export function setTeamDetails(patch: Partial<Team>): void {
  update((ws) => ops.setTeam(ws, patch));
}

// ---------------------------------------------------------------- strengths and weaknesses

/** Adds a strength; returns its id, or null when the text is empty. */
export function addStrength(text: string): string | null {
  const id = newId();
  update((ws) => ops.addTextItem(ws, 'strengths', id, text));
  return ops.sectionOf(synced.$store.get(), id) ? id : null;
}

/** Adds a weakness at the bottom of the rank; returns its id, or null when the text is empty. */
export function addWeakness(text: string): string | null {
  const id = newId();
  update((ws) => ops.addTextItem(ws, 'weaknesses', id, text));
  return ops.sectionOf(synced.$store.get(), id) ? id : null;
}

/** Changes the text of a strength, weakness or discussion point; false when empty or unknown. */
export function editItem(id: string, text: string): boolean {
  const before = current();
  update((ws) => ops.editText(ws, id, text));
  return synced.$store.get() !== before;
}

/** An undoable deletion, returned by every delete action. */
export type DeleteToken = ops.Deleted;

/** Deletes any item by id (strength, weakness, discussion point, goal, backlog item) with its links. */
export function deleteItem(id: string): DeleteToken | null {
  let token: DeleteToken | null = null;
  update((ws) => {
    const result = ops.deleteEntry(ws, id);
    if (!result) return ws;
    token = result.deleted;
    return result.workspace;
  });
  return token;
}

/** Puts a deleted item back where it was, with its links; false if its id is in use again. */
export function undoDelete(token: DeleteToken): boolean {
  const before = current();
  update((ws) => ops.restoreEntry(ws, token));
  return synced.$store.get() !== before;
}

/** Moves a strength to the weaknesses or a weakness to the strengths (same id). */
export function moveItemToOtherList(id: string): void {
  update((ws) => ops.moveToOtherList(ws, id));
}

// ---------------------------------------------------------------- prioritisation board

/** Where to move an item: one up, one down, or to a 0-based index. */
export type Move = 'up' | 'down' | number;

function targetIndex(order: readonly string[], id: string, move: Move): number {
  const index = order.indexOf(id);
  return move === 'up' ? index - 1 : move === 'down' ? index + 1 : move;
}

/** Moves a weakness in the rank; returns the announcement ("'X' moved to position 2 of 6") or null. */
export function moveWeakness(id: string, move: Move): string | null {
  const ws = current();
  if (!ws.rank.includes(id)) return null;
  update((current) => ops.moveWeakness(current, id, targetIndex(current.rank, id, move)));
  const after = synced.$store.get();
  const text = after.weaknesses.find((w) => w.id === id)?.text ?? '';
  return board.moveAnnouncement(text, after.rank, id);
}

/** Places one of a member's dots on a weakness, within the per-member and per-item caps. */
export function castVote(
  memberId: string,
  weaknessId: string,
): { ok: true } | { ok: false; reason: board.VoteRefusal } {
  const ws = current();
  const result = board.castVote(
    ws.voting,
    memberId,
    weaknessId,
    ws.weaknesses.map((w) => w.id),
  );
  if (!result.ok) return result;
  update((current) => ({ ...current, voting: result.voting }));
  return { ok: true };
}

/** Takes back one of a member's dots from a weakness. */
export function removeVote(memberId: string, weaknessId: string): void {
  update((ws) => {
    const voting = board.removeVote(ws.voting, memberId, weaknessId);
    return voting === ws.voting ? ws : { ...ws, voting };
  });
}

const clampVotes = (n: number) => Math.max(1, Math.min(MAX_VOTES, Math.trunc(Number.isFinite(n) ? n : 1)));

/** Sets the dots per member (1–99); dots over the new limit are taken back, latest first. */
export function setVotesPerMember(n: number): void {
  update((ws) => ({ ...ws, voting: board.withLimits(ws.voting, clampVotes(n), ws.voting.perItemCap) }));
}

/** Sets the most dots one member may put on one weakness (1–99). */
export function setPerItemCap(n: number): void {
  update((ws) => ({ ...ws, voting: board.withLimits(ws.voting, ws.voting.votesPerMember, clampVotes(n)) }));
}

/**
 * Sets the voters: a count ("Member 1"…"Member n") or a list of names. Existing members keep their
 * ids (and dots) by position; members beyond the new list lose their dots.
 */
export function setMembers(members: number | readonly string[]): void {
  update((ws) => {
    const names =
      typeof members === 'number'
        ? Array.from(
            { length: Math.max(0, Math.min(MAX_MEMBERS, Math.trunc(Number.isFinite(members) ? members : 0))) },
            (_, i) => ws.voting.members[i]?.name ?? `Member ${i + 1}`,
          )
        : members.map((name) => name.trim());
    const next: Member[] = names.map((name, i) => ({ id: ws.voting.members[i]?.id ?? newId(), name }));
    return { ...ws, voting: board.withMembers(ws.voting, next) };
  });
}

/** Seeds the rank order from the votes: most dots first, ties keep their order. */
export function rankByVotes(): void {
  update((ws) => ({ ...ws, rank: board.rankByVotes(ws.rank, ws.voting) }));
}

/** Starts a new voting round: every dot is taken back. */
export function resetVotes(): void {
  update((ws) => (ws.voting.votes.length === 0 ? ws : { ...ws, voting: board.resetVotes(ws.voting) }));
}

// ---------------------------------------------------------------- discussion points

/** Adds a question for the mentor, linked to weaknesses; returns its id, or null when empty. */
export function addDiscussionPoint(text: string, weaknessIds: readonly string[] = []): string | null {
  const clean = ops.cleanText(text);
  if (clean === null) return null;
  const id = newId();
  update((ws) => ({
    ...ws,
    discussion: [...ws.discussion, { id, text: clean, weaknessIds: ops.knownWeaknessIds(ws, weaknessIds) }],
  }));
  return id;
}

/** Changes a discussion point's text; false when empty or unknown. */
export function editDiscussionPoint(id: string, text: string): boolean {
  return editItem(id, text);
}

/** Deletes a discussion point; undo with undoDelete. */
export function deleteDiscussionPoint(id: string): DeleteToken | null {
  return deleteItem(id);
}

/** Sets the weaknesses a discussion point is about (unknown ids are ignored). */
export function linkDiscussionPoint(id: string, weaknessIds: readonly string[]): void {
  update((ws) => ({
    ...ws,
    discussion: ws.discussion.map((p) =>
      p.id === id ? { ...p, weaknessIds: ops.knownWeaknessIds(ws, weaknessIds) } : p,
    ),
  }));
}

// ---------------------------------------------------------------- goals

/** The parts of a goal the worksheet edits. */
export type GoalFields = Omit<Goal, 'id'>;

/** Adds a goal (all parts optional: a missing part is flagged, not refused); returns its id. */
export function addGoal(fields: Partial<GoalFields> = {}): string {
  const id = newId();
  update((ws) => ({
    ...ws,
    goals: [
      ...ws.goals,
      {
        id,
        statement: fields.statement ?? '',
        weaknessIds: ops.knownWeaknessIds(ws, fields.weaknessIds ?? []),
        owner: fields.owner ?? '',
        measure: fields.measure ?? '',
        due: fields.due ?? '',
      },
    ],
  }));
  return id;
}

/** Changes parts of a goal. */
export function updateGoal(id: string, patch: Partial<GoalFields>): void {
  update((ws) => ({
    ...ws,
    goals: ws.goals.map((g) =>
      g.id === id
        ? {
            ...g,
            ...patch,
            weaknessIds: patch.weaknessIds ? ops.knownWeaknessIds(ws, patch.weaknessIds) : g.weaknessIds,
          }
        : g,
    ),
  }));
}

/** Deletes a goal (its backlog items lose the link); undo with undoDelete. */
export function deleteGoal(id: string): DeleteToken | null {
  return deleteItem(id);
}

// ---------------------------------------------------------------- backlog worksheet

/** The parts of a backlog item the worksheet edits. */
export interface BacklogFields {
  title: string;
  description: string;
  priority: Moscow | null;
  size: Size | null;
  goalId: string | null;
}

/** Adds a new backlog item that starts from a goal; returns its id, or null for an unknown goal. */
export function addBacklogItemFromGoal(goalId: string): string | null {
  const goal = current().goals.find((g) => g.id === goalId);
  if (!goal) return null;
  const item = newItemFromGoal(goal, newId());
  update((ws) => ({ ...ws, backlog: [...ws.backlog, item] }));
  return item.id;
}

/** Adds a new backlog item at the bottom; returns its id, or null when the title is empty. */
export function addBacklogItem(fields: Partial<BacklogFields> & { title: string }): string | null {
  const title = ops.cleanText(fields.title);
  if (title === null) return null;
  const id = newId();
  update((ws) => {
    const goalId = fields.goalId && ws.goals.some((g) => g.id === fields.goalId) ? fields.goalId : null;
    const item: BacklogItem = {
      id,
      title,
      description: fields.description ?? '',
      priority: fields.priority ?? null,
      size: fields.size ?? null,
      goalId,
      existing: null,
    };
    return { ...ws, backlog: [...ws.backlog, item] };
  });
  return id;
}

/** Changes a backlog item; an empty title or an unknown goal id is ignored. */
export function updateBacklogItem(id: string, patch: Partial<BacklogFields>): void {
  update((ws) => ({
    ...ws,
    backlog: ws.backlog.map((item) => {
      if (item.id !== id) return item;
      const next = { ...item };
      if (patch.title !== undefined) next.title = ops.cleanText(patch.title) ?? item.title;
      if (patch.description !== undefined) next.description = patch.description;
      if (patch.priority !== undefined) next.priority = patch.priority;
      if (patch.size !== undefined) next.size = patch.size;
      if (patch.goalId !== undefined) {
        next.goalId = patch.goalId === null || ws.goals.some((g) => g.id === patch.goalId) ? patch.goalId : item.goalId;
      }
      return next;
    }),
  }));
}

/** Deletes a backlog item; undo with undoDelete. */
export function deleteBacklogItem(id: string): DeleteToken | null {
  return deleteItem(id);
}

/** Moves a backlog item; returns the announcement ("'X' moved to position 2 of 6") or null. */
export function moveBacklogItem(id: string, move: Move): string | null {
  const order = current().backlog.map((b) => b.id);
  if (!order.includes(id)) return null;
  update((ws) => ops.moveBacklogItem(ws, id, targetIndex(order, id, move)));
  const after = synced.$store.get().backlog;
  return board.moveAnnouncement(
    after.find((b) => b.id === id)?.title ?? '',
    after.map((b) => b.id),
    id,
  );
}

/** Result of bringing in the existing backlog. */
export type BacklogImportOutcome =
  { ok: true; added: number; skipped: number } | { ok: false; error: BacklogImportError };

/**
 * Brings in the existing backlog, as read by parseExistingBacklog (src/lib/backlog-parse.ts, which the
 * worksheet loads on first use) from `gh issue list --json number,title,body,labels,url` output or a
 * CSV with a title column, appended below the current items. Issues already on the worksheet (same
 * number) are skipped, so loading twice does not duplicate them. A failed read is passed on as is.
 */
export function addExistingBacklogItems(parsed: BacklogImportResult): BacklogImportOutcome {
  if (!parsed.ok) return parsed;
  const present = new Set(
    current()
      .backlog.map((b) => b.existing?.number)
      .filter((n): n is number => typeof n === 'number'),
  );
  const fresh = parsed.issues.filter((issue) => issue.number === null || !present.has(issue.number));
  const items = itemsFromImport(fresh, newId);
  if (items.length > 0) update((ws) => ({ ...ws, backlog: [...ws.backlog, ...items] }));
  return { ok: true, added: items.length, skipped: parsed.issues.length - fresh.length };
}

// ---------------------------------------------------------------- whole workspace

/** Replaces the workspace with an imported one, keeping the current one for undoImport. */
export function importWorkspace(imported: ImportedWorkspace | Workspace): void {
  synced.start();
  const workspace = 'workspace' in imported ? imported.workspace : imported;
  $replaced.set(nextReplaced($replaced.get(), synced.$store.get(), 'import'));
  synced.$store.set(workspace);
}

/** Restores the workspace exactly as it was before the last import; false when there is none. */
export function undoImport(): boolean {
  return restoreReplaced('import');
}

/** Empties the workspace, keeping the current one for undoReset. */
export function resetWorkspace(): void {
  synced.start();
  $replaced.set(nextReplaced($replaced.get(), synced.$store.get(), 'reset'));
  synced.$store.set(emptyWorkspace());
}

/** Restores the workspace exactly as it was before the last reset; false when there is none. */
export function undoReset(): boolean {
  return restoreReplaced('reset');
}

function restoreReplaced(reason: 'import' | 'reset'): boolean {
  const replaced = $replaced.get();
  if (replaced?.reason !== reason) return false;
  synced.start();
  synced.$store.set(replaced.backup);
  $replaced.set(null);
  return true;
}
