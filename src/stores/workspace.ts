import { atom, onMount, type ReadableAtom } from 'nanostores';
import * as Y from 'yjs';
import { emptyWorkspace } from '../lib/schema/values';
import type { Workspace, Team } from '../lib/schema/workspace';
import type { Goal, GoalCheckIn } from '../lib/schema/goal';
import type { ImportedWorkspace } from '../lib/schema/decode';
import { newId } from '../lib/ids';
import * as board from '../lib/workspace/board';
import * as entries from '../lib/workspace/entries';
import { hasContent } from '../lib/workspace/summary';
import { cleanText } from '../lib/workspace/input';
import * as model from '../lib/workspace/document';
import {
  itemsFromImport,
  newItemFromGoal,
  type BacklogImportError,
  type BacklogImportResult,
} from '../lib/workspace/backlog';
import { hasStorageContext } from './storage';
import { openLocalDocument, type LocalDocument } from './doc/local-document';
import { undoable, type UndoHandle } from './doc/undo';
import { hasLegacy, readLegacy, retireLegacy } from './doc/legacy';

export { $storageHealth, dismissStorageNotice, type StorageHealth } from './storage';
export type { UndoHandle } from './doc/undo';

/**
 * The team's workspace: one Yjs document (see lib/workspace/document.ts for its shape), kept in this
 * browser and in step with its other tabs, or joined to a live room. Tools read `$workspace`, a plain
 * `Workspace` mirrored from the document after every change, and change it only through the actions
 * below, each one transaction. They never know where the document is stored or synced.
 */

/** Where the document is kept in this browser (IndexedDB) and the name its tabs share. */
export const WORKSPACE_DOCUMENT = 'mentoring-kit:v2:workspace';
/** Where versions before the document model saved the workspace (carried in on first load). */
export const WORKSPACE_KEY = 'mentoring-kit:v1:workspace';

const $state = atom<Workspace>(emptyWorkspace());
/** The team's workspace. Read it with useStore; change it only through the actions below. */
export const $workspace: ReadableAtom<Workspace> = $state;

/** What "Undo import" / "Undo reset" would revert, or null when there is nothing to undo. */
export const $replaced = atom<{ reason: 'import' | 'reset'; handle: UndoHandle } | null>(null);

let local: LocalDocument | null = null;
let doc: Y.Doc | null = null;
/** In a live team room: the person using this device, who sees only their own dots until they are revealed. */
let viewer: string | null = null;

const $hidden = atom(0);
/** How many dots others have placed that this person cannot see yet (live rooms, before the reveal). */
export const $hiddenDots: ReadableAtom<number> = $hidden;

const refresh = () => {
  if (!doc) return;
  const ws = model.readWorkspace(doc);
  if (viewer === null || model.votesRevealed(doc)) {
    $hidden.set(0);
    $state.set(ws);
    return;
  }
  const mine = ws.voting.votes.filter((v) => v.memberId === viewer);
  $hidden.set(ws.voting.votes.reduce((sum, v) => sum + v.count, 0) - mine.reduce((sum, v) => sum + v.count, 0));
  $state.set({
    ...ws,
    voting: { ...ws.voting, members: ws.voting.members.filter((m) => m.id === viewer), votes: mine },
  });
};

/** Mirrors `next` in `$workspace` from now on (this browser's document, or a live room's). */
export function useWorkspaceDocument(next: Y.Doc): void {
  doc?.off('update', refresh);
  doc = next;
  doc.on('update', refresh);
  refresh();
}

/** Loads the saved workspace and starts saving; actions call it, islands need not. No-op on the server. */
export function startWorkspace(): LocalDocument | null {
  if (local || !hasStorageContext()) return local;
  local = openLocalDocument(WORKSPACE_DOCUMENT);
  if (!doc) useWorkspaceDocument(local.doc);
  const opened = local;
  void opened.loaded.then(() => carryOver(opened));
  return local;
}
/**
 * The workspace once what this browser saved is in it. Whatever reads the whole workspace at once
 * (the downloads, the import's comparison) reads this, never the blank state before loading.
 */
export async function loadedWorkspace(): Promise<Workspace> {
  await startWorkspace()?.loaded;
  return $state.get();
}
onMount($state, () => {
  startWorkspace();
});

/** Brings in a workspace saved by the version before the document model, once. */
async function carryOver(opened: LocalDocument): Promise<void> {
  if (!hasLegacy(WORKSPACE_KEY)) return;
  // The schemas (and zod) load only when there is an old value to read.
  const { decodeWorkspace } = await import('../lib/schema/decode');
  const saved = readLegacy(WORKSPACE_KEY, (data) => {
    const result = decodeWorkspace(data);
    return result.ok ? result.value.workspace : null;
  });
  if (saved === null) return;
  if (model.isBlank(opened.doc)) opened.doc.transact(() => model.replaceWorkspace(opened.doc, saved, newId()));
  if (await opened.flushed()) retireLegacy(WORKSPACE_KEY);
}

function current(): Y.Doc {
  startWorkspace();
  // Without a browser (a server render) the document lives in memory only.
  if (!doc) useWorkspaceDocument(new Y.Doc());
  return doc as Y.Doc;
}

function change<T>(run: (d: Y.Doc) => T): T {
  const d = current();
  let result!: T;
  d.transact(() => {
    result = run(d);
  });
  return result;
}

function undoableChange(run: (d: Y.Doc) => void): UndoHandle {
  const d = current();
  return undoable(d, [model.items(d), model.teamMap(d), model.voteLog(d)] as Y.AbstractType<unknown>[], () => run(d));
}

const read = () => $state.get();

// ---------------------------------------------------------------- team

/** Sets any of team name, session date (YYYY-MM-DD or '') and mentor's name. */
export function setTeamDetails(patch: Partial<Team>): void {
  change((d) => model.setTeam(d, patch));
}

// ---------------------------------------------------------------- strengths and weaknesses

function addText(kind: 'strength' | 'weakness', text: string): string | null {
  const clean = cleanText(text);
  if (clean === null) return null;
  const id = newId();
  change((d) => model.addItem(d, kind, id, { text: clean }));
  return id;
}

/** Adds a strength; returns its id, or null when the text is empty. */
export const addStrength = (text: string) => addText('strength', text);

/** Adds a weakness at the bottom of the rank; returns its id, or null when the text is empty. */
export const addWeakness = (text: string) => addText('weakness', text);

/** Changes the text of a strength, weakness or discussion point; false when empty or unknown. */
export function editItem(id: string, text: string): boolean {
  const clean = cleanText(text);
  if (clean === null) return false;
  return change((d) => {
    const map = model.itemOf(d, id, ['strength', 'weakness', 'discussion']);
    if (!map) return false;
    model.setFields(map, { text: clean });
    return true;
  });
}

/** An undoable deletion, returned by every delete action. */
export type DeleteToken = UndoHandle;

/** Deletes any item by id; what linked to it lets go of it, and comes back with it on undo. */
export function deleteItem(id: string): DeleteToken | null {
  if (!model.itemOf(current(), id)) return null;
  return undoableChange((d) => model.items(d).delete(id));
}

/** Puts a deleted item back where it was, with its links; false if already undone. */
export function undoDelete(token: DeleteToken): boolean {
  return token.undo();
}

/** Moves a strength to the weaknesses or a weakness to the strengths (same id). */
export function moveItemToOtherList(id: string): void {
  change((d) => model.switchList(d, id));
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
  const ws = read();
  if (!ws.rank.includes(id)) return null;
  change((d) => model.moveItem(d, 'weakness', 'rank', id, targetIndex(ws.rank, id, move)));
  const after = read();
  return board.moveAnnouncement(after.weaknesses.find((w) => w.id === id)?.text ?? '', after.rank, id);
}

/** Places one of a member's dots on a weakness, within the per-member and per-item caps. */
export function castVote(
  memberId: string,
  weaknessId: string,
): { ok: true } | { ok: false; reason: board.VoteRefusal } {
  const d = current();
  const ws = read();
  const result = board.castVote(
    ws.voting,
    memberId,
    weaknessId,
    ws.weaknesses.map((w) => w.id),
  );
  if (!result.ok) return result;
  const round = model.currentRound(d);
  change(() => model.logVotes(d, [{ t: 'vote', r: round, m: memberId, w: weaknessId, d: 1 }]));
  return { ok: true };
}

/** Takes back one of a member's dots from a weakness. */
export function removeVote(memberId: string, weaknessId: string): void {
  if (board.memberVotesOn(read().voting, memberId, weaknessId) === 0) return;
  const d = current();
  const round = model.currentRound(d);
  change(() => model.logVotes(d, [{ t: 'vote', r: round, m: memberId, w: weaknessId, d: -1 }]));
}

function setLimits(votesPerMember: number, perItemCap: number): UndoHandle | null {
  const { voting } = read();
  if (voting.votesPerMember === votesPerMember && voting.perItemCap === perItemCap) return null;
  return undoableChange((d) => model.logVotes(d, [{ t: 'limits', v: votesPerMember, c: perItemCap }]));
}

/** Sets the dots per member (1–99); dots over the new limit are taken back, latest first. Undoable. */
export function setVotesPerMember(n: number): UndoHandle | null {
  return setLimits(entries.clampVotes(n), read().voting.perItemCap);
}

/** Sets the most dots one member may put on one weakness (1–99). Undoable. */
export function setPerItemCap(n: number): UndoHandle | null {
  return setLimits(read().voting.votesPerMember, entries.clampVotes(n));
}

/**
 * Sets the voters: a count ("Member 1"…"Member n") or a list of names. Existing members keep their
 * ids (and dots) by position; members beyond the new list lose their dots. Undoable.
 */
export function setMembers(members: number | readonly string[]): UndoHandle {
  const names = entries.memberNames(read().voting.members, members);
  return undoableChange((d) => {
    const existing = model.listOf(d, 'member');
    names.forEach((name, index) => {
      const entry = existing[index];
      if (entry) model.setFields(entry.map, { name });
      else model.addItem(d, 'member', newId(), { name });
    });
    for (const entry of existing.slice(names.length)) model.items(d).delete(entry.id);
  });
}

/** Seeds the rank order from the votes: most dots first, ties keep their order. Undoable. */
export function rankByVotes(): UndoHandle {
  const ws = model.readWorkspace(current());
  return undoableChange((d) => model.setRank(d, board.rankByVotes(ws.rank, ws.voting)));
}

/** Starts a new voting round: every dot is taken back. Undoable. */
export function resetVotes(): UndoHandle | null {
  if (read().voting.votes.length === 0) return null;
  return undoableChange((d) => model.logVotes(d, [{ t: 'round', r: newId() }]));
}

// ---------------------------------------------------------------- discussion points

/** Adds a question for the mentor, linked to weaknesses; returns its id, or null when empty. */
export function addDiscussionPoint(text: string, weaknessIds: readonly string[] = []): string | null {
  const clean = cleanText(text);
  if (clean === null) return null;
  const id = newId();
  const links = entries.knownWeaknessIds(read(), weaknessIds);
  change((d) => model.addItem(d, 'discussion', id, { text: clean, weaknessIds: links }));
  return id;
}

/** Sets the weaknesses a discussion point is about (unknown ids are ignored). */
export function linkDiscussionPoint(id: string, weaknessIds: readonly string[]): void {
  const links = entries.knownWeaknessIds(read(), weaknessIds);
  change((d) => {
    const map = model.itemOf(d, id, ['discussion']);
    if (map) model.setFields(map, { weaknessIds: links });
  });
}

// ---------------------------------------------------------------- goals

/** The parts of a goal the worksheet edits. */
export type GoalFields = Omit<Goal, 'id'>;

/** Adds a goal (all parts optional: a missing part is flagged, not refused); returns its id. */
export function addGoal(fields: Partial<GoalFields> = {}): string {
  const id = newId();
  const { id: _id, ...parts } = entries.newGoal(read(), id, fields);
  change((d) => model.addItem(d, 'goal', id, parts));
  return id;
}

/** Records how a goal turned out after the next sprint (null: not checked in yet). */
export function checkInGoal(id: string, checkIn: GoalCheckIn | null): void {
  change((d) => {
    const map = model.itemOf(d, id, ['goal']);
    if (map) model.setFields(map, { checkIn: checkIn && { status: checkIn.status, note: checkIn.note } });
  });
}

/** Changes parts of a goal. */
export function updateGoal(id: string, patch: Partial<GoalFields>): void {
  const clean = {
    ...patch,
    weaknessIds: patch.weaknessIds ? entries.knownWeaknessIds(read(), patch.weaknessIds) : undefined,
  };
  change((d) => {
    const map = model.itemOf(d, id, ['goal']);
    if (map) model.setFields(map, clean);
  });
}

// ---------------------------------------------------------------- backlog worksheet

/** The parts of a backlog item the worksheet edits. */
export type BacklogFields = entries.BacklogFields;

/** Adds a new backlog item that starts from a goal; returns its id, or null for an unknown goal. */
export function addBacklogItemFromGoal(goalId: string): string | null {
  const goal = read().goals.find((g) => g.id === goalId);
  if (!goal) return null;
  const { id, ...fields } = newItemFromGoal(goal, newId());
  change((d) => model.addItem(d, 'backlog', id, fields));
  return id;
}

/** Adds a new backlog item at the bottom; returns its id, or null when the title is empty. */
export function addBacklogItem(fields: Partial<BacklogFields> & { title: string }): string | null {
  const item = entries.newBacklogItem(read(), newId(), fields);
  if (!item) return null;
  const { id, ...rest } = item;
  change((d) => model.addItem(d, 'backlog', id, rest));
  return id;
}

/** Changes a backlog item; an empty title or an unknown goal id is ignored. */
export function updateBacklogItem(id: string, patch: Partial<BacklogFields>): void {
  const clean = entries.backlogPatch(read(), patch);
  change((d) => {
    const map = model.itemOf(d, id, ['backlog']);
    if (map) model.setFields(map, clean);
  });
}

/** Moves a backlog item; returns the announcement ("'X' moved to position 2 of 6") or null. */
export function moveBacklogItem(id: string, move: Move): string | null {
  const order = read().backlog.map((b) => b.id);
  if (!order.includes(id)) return null;
  change((d) => model.moveItem(d, 'backlog', 'pos', id, targetIndex(order, id, move)));
  const after = read().backlog;
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
 * Brings in the existing backlog, as read by parseExistingBacklog (lib/import/backlog, which the
 * worksheet loads on first use), appended below the current items. Issues already on the worksheet
 * (same number) are skipped, so loading twice does not duplicate them. A failed read is passed on.
 */
export function addExistingBacklogItems(parsed: BacklogImportResult): BacklogImportOutcome {
  if (!parsed.ok) return parsed;
  const present = new Set(
    read()
      .backlog.map((b) => b.existing?.number)
      .filter((n): n is number => typeof n === 'number'),
  );
  const fresh = parsed.issues.filter((issue) => issue.number === null || !present.has(issue.number));
  const added = itemsFromImport(fresh, newId);
  change((d) => {
    for (const { id, ...fields } of added) model.addItem(d, 'backlog', id, fields);
  });
  return { ok: true, added: added.length, skipped: parsed.issues.length - fresh.length };
}

// ---------------------------------------------------------------- whole workspace

/** Replaces the workspace with an imported one, in one undoable change (undoImport). */
export function importWorkspace(imported: ImportedWorkspace | Workspace): void {
  const workspace = 'workspace' in imported ? imported.workspace : imported;
  $replaced.set({ reason: 'import', handle: undoableChange((d) => model.replaceWorkspace(d, workspace, newId())) });
}

/** Reverts the last import, keeping what was changed since elsewhere; false when there is none. */
export function undoImport(): boolean {
  return restoreReplaced('import');
}

/** Empties the workspace, in one undoable change (undoReset); an empty one stays as it is, so undo still has the work. */
export function resetWorkspace(): void {
  if (!hasContent(read())) return;
  $replaced.set({
    reason: 'reset',
    handle: undoableChange((d) => model.replaceWorkspace(d, emptyWorkspace(), newId())),
  });
}

/** Reverts the last reset; false when there is none. */
export function undoReset(): boolean {
  return restoreReplaced('reset');
}

function restoreReplaced(reason: 'import' | 'reset'): boolean {
  const replaced = $replaced.get();
  if (replaced?.reason !== reason) return false;
  $replaced.set(null);
  return replaced.handle.undo();
}

// ---------------------------------------------------------------- live rooms

/**
 * Votes as this person, on this device, in a live room: they are a voter of their own (named as the
 * others see them), and see only their own dots until someone reveals the round.
 */
export function voteAs(personId: string, name: string): void {
  viewer = personId;
  change((d) => {
    const me = model.itemOf(d, personId, ['member']);
    const label = name.trim() || 'Someone';
    if (me) model.setFields(me, { name: label });
    else model.addItem(d, 'member', personId, { name: label });
  });
  refresh();
}

/** Shows everyone's dots of this round to the whole room (a new round hides them again). */
export function revealVotes(): void {
  change((d) => model.revealVotes(d));
}

/** This browser's own workspace document and the one shown (a live room's, when one is joined). */
export function workspaceDocuments(): { own: Y.Doc | null; shown: Y.Doc | null } {
  startWorkspace();
  return { own: local?.doc ?? null, shown: doc };
}

/** Replaces the content of `target` with `workspace`, as one change that can be undone. */
export function replaceUndoably(target: Y.Doc, workspace: Workspace): UndoHandle {
  return undoable(
    target,
    [model.items(target), model.teamMap(target), model.voteLog(target)] as Y.AbstractType<unknown>[],
    () => model.replaceWorkspace(target, workspace, newId()),
  );
}
