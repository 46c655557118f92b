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
import { orderDiscussion } from '../lib/workspace/discussion';
import { resolveMove, type ListMove } from '../lib/workspace/list-move';
import { withCheckIn } from '../lib/workspace/check-in';
import { placeIn, type Added, type DotOutcome, type Refused, type Relinked } from '../lib/workspace/outcomes';
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
  $hidden.set(board.dotCount(ws.voting.votes) - board.dotCount(mine));
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

/** What an add did: the new entry's id, text and place in its list, read back from the workspace. */
function added(id: string, text: string, order: (ws: Workspace) => readonly string[]): Added {
  return { ok: true, id, text, place: placeIn(order(read()), id) ?? { position: 0, of: 0 } };
}

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

/**
 * Moves an item of an ordered list (resolved by lib/workspace/list-move); an item already at that end
 * stays. Returns where it is now ("'X' moved to position 2 of 6"), or null for an unknown id.
 */
function moveInList(
  id: string,
  move: ListMove,
  order: (ws: Workspace) => readonly string[],
  textOf: (ws: Workspace) => string,
  write: (d: Y.Doc, to: number) => void,
): string | null {
  const resolved = resolveMove(order(read()), id, move);
  if (resolved.kind === 'unknown') return null;
  if (resolved.kind === 'move') change((d) => write(d, resolved.to));
  const after = read();
  return board.moveAnnouncement(textOf(after), order(after), id);
}

/** Moves a weakness in the rank; returns the announcement ("'X' moved to position 2 of 6") or null. */
export function moveWeakness(id: string, move: ListMove): string | null {
  return moveInList(
    id,
    move,
    (ws) => ws.rank,
    (ws) => ws.weaknesses.find((w) => w.id === id)?.text ?? '',
    (d, to) => model.moveItem(d, 'weakness', 'rank', id, to),
  );
}

function logDot(memberId: string, weaknessId: string, step: 1 | -1): void {
  const d = current();
  const round = model.currentRound(d);
  change(() => model.logVotes(d, [{ t: 'vote', r: round, m: memberId, w: weaknessId, d: step }]));
}

/** Places one of a member's dots on a weakness, within the per-member and per-item caps; says how many are left. */
export function castVote(memberId: string, weaknessId: string): DotOutcome {
  const ws = read();
  const result = board.castVote(
    ws.voting,
    memberId,
    weaknessId,
    ws.weaknesses.map((w) => w.id),
  );
  if (!result.ok) return result;
  logDot(memberId, weaknessId, 1);
  return { ok: true, left: board.votesLeft(result.voting, memberId) };
}

/** Takes back one of a member's dots from a weakness; refused when they have none there. */
export function removeVote(memberId: string, weaknessId: string): DotOutcome {
  const { voting } = read();
  const after = board.removeVote(voting, memberId, weaknessId);
  if (after === voting) return { ok: false, reason: 'noDotHere' };
  logDot(memberId, weaknessId, -1);
  return { ok: true, left: board.votesLeft(after, memberId) };
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

/**
 * Seeds the rank order from the votes: most dots first, ties keep their order. Undoable; says which
 * weakness is now first (null when there is none).
 */
export function rankByVotes(): UndoHandle & { first: string | null } {
  const ws = model.readWorkspace(current());
  const order = board.rankByVotes(ws.rank, ws.voting);
  const handle = undoableChange((d) => model.setRank(d, order));
  return { ...handle, first: board.rankedWeaknesses(ws.weaknesses, order)[0]?.text ?? null };
}

/**
 * Starts a new voting round: every dot is taken back, in a live room before the reveal also the
 * others' dots this person cannot see. Undoable; says how many dots were taken back. Null when this
 * person sees no dots.
 */
export function resetVotes(): (UndoHandle & { dots: number }) | null {
  const { votes } = read().voting;
  if (votes.length === 0) return null;
  const dots = board.dotCount(votes) + $hidden.get();
  return { ...undoableChange((d) => model.logVotes(d, [{ t: 'round', r: newId() }])), dots };
}

// ---------------------------------------------------------------- discussion points

/** Where a question stands: questions are ordered by the rank of the weaknesses they are about. */
const discussionOrder = (ws: Workspace) => orderDiscussion(ws.discussion, ws.rank).map((point) => point.id);

/** Adds a question for the mentor, linked to weaknesses; says where it went, or refuses empty text. */
export function addDiscussionPoint(
  text: string,
  weaknessIds: readonly string[] = [],
): Added | Refused<'emptyQuestion'> {
  const clean = cleanText(text);
  if (clean === null) return { ok: false, reason: 'emptyQuestion' };
  const id = newId();
  const links = entries.knownWeaknessIds(read(), weaknessIds);
  change((d) => model.addItem(d, 'discussion', id, { text: clean, weaknessIds: links }));
  return added(id, clean, discussionOrder);
}

/** Sets the weaknesses a discussion point is about (unknown ids are ignored); says where it now stands. */
export function linkDiscussionPoint(id: string, weaknessIds: readonly string[]): Relinked {
  const links = entries.knownWeaknessIds(read(), weaknessIds);
  const found = change((d) => {
    const map = model.itemOf(d, id, ['discussion']);
    if (map) model.setFields(map, { weaknessIds: links });
    return map !== null;
  });
  const place = found ? placeIn(discussionOrder(read()), id) : null;
  return place ? { ok: true, place } : { ok: false, reason: 'unknownItem' };
}

// ---------------------------------------------------------------- goals

/** The parts of a goal the worksheet edits. */
export type GoalFields = Omit<Goal, 'id'>;

/**
 * Adds a goal (all parts optional: a missing part is flagged, not refused); says where it went (its
 * number, of how many goals).
 */
export function addGoal(fields: Partial<GoalFields> = {}): Added {
  const id = newId();
  const { id: _id, ...parts } = entries.newGoal(read(), id, fields);
  change((d) => model.addItem(d, 'goal', id, parts));
  return added(id, parts.statement, (ws) => ws.goals.map((g) => g.id));
}

/** Records how a goal turned out after the next sprint (null: not checked in yet). */
export function checkInGoal(id: string, checkIn: GoalCheckIn | null): void {
  const ws = read();
  const next = withCheckIn(ws, id, checkIn);
  if (next === ws) return;
  const checkedIn = next.goals.find((g) => g.id === id)?.checkIn ?? null;
  change((d) => {
    const map = model.itemOf(d, id, ['goal']);
    if (map) model.setFields(map, { checkIn: checkedIn });
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

const backlogOrder = (ws: Workspace) => ws.backlog.map((b) => b.id);

/**
 * Adds a new backlog item that starts from a goal, at the bottom; says where it went and the goal's
 * number, or refuses an unknown goal.
 */
export function addBacklogItemFromGoal(goalId: string): (Added & { goalNumber: number }) | Refused<'unknownGoal'> {
  const goals = read().goals;
  const goalIndex = goals.findIndex((g) => g.id === goalId);
  const goal = goals[goalIndex];
  if (!goal) return { ok: false, reason: 'unknownGoal' };
  const { id, ...fields } = newItemFromGoal(goal, newId());
  change((d) => model.addItem(d, 'backlog', id, fields));
  return { ...added(id, fields.title, backlogOrder), goalNumber: goalIndex + 1 };
}

/** Adds a new backlog item at the bottom; says where it went, or refuses an empty title. */
export function addBacklogItem(fields: Partial<BacklogFields> & { title: string }): Added | Refused<'emptyTitle'> {
  const item = entries.newBacklogItem(read(), newId(), fields);
  if (!item) return { ok: false, reason: 'emptyTitle' };
  const { id, ...rest } = item;
  change((d) => model.addItem(d, 'backlog', id, rest));
  return added(id, rest.title, backlogOrder);
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
export function moveBacklogItem(id: string, move: ListMove): string | null {
  return moveInList(
    id,
    move,
    backlogOrder,
    (ws) => ws.backlog.find((b) => b.id === id)?.title ?? '',
    (d, to) => model.moveItem(d, 'backlog', 'pos', id, to),
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
