import * as Y from 'yjs';
import type { Team, Workspace } from '../schema/workspace';
import {
  CHECK_IN_STATUSES,
  MOSCOW_VALUES,
  SIZE_VALUES,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  emptyPersonalList,
} from '../schema/values';
import type { BacklogItem, ExistingIssue } from '../schema/backlog-item';
import type { PersonalList } from '../schema/personal';
import type { Goal, GoalCheckIn } from '../schema/goal';
import type { DiscussionPoint } from '../schema/discussion';
import type { Member, TextItem } from '../schema/workspace';
import { byKey, keyAfter, keysForMove, keysInOrder, type Keyed } from '../order-keys';
import { replayVotes, eventsForTally, readVoteEvent, type VoteEvent } from './vote-log';
import { isIsoDate } from './input';
import { dotCount } from './board';

/**
 * The team's workspace as one Yjs document, shaped so that concurrent changes merge the way people
 * mean them:
 * - `items`: every strength, weakness, question, goal, backlog item and voter is a map of its own,
 *   keyed by its stable id, with one value per field: a rename and a reorder of one item both stay;
 *   a deleted item is gone from the map, and links that pointed at it are dropped when read.
 * - order is data: `pos` (list order) and `rank` (a weakness's place on the board) are sort keys,
 *   so concurrent moves never duplicate or lose an item (see lib/order-keys.ts).
 * - `votes`: a log of dots replayed under the caps (see vote-log.ts).
 * - `team`: name, date and mentor, one value each.
 * `readWorkspace` turns the document into the plain `Workspace` the tools and the exports know.
 */

/** The kinds of item a document holds (the personal list's wishes live in a document of their own). */
export type ItemKind = 'strength' | 'weakness' | 'discussion' | 'goal' | 'backlog' | 'member' | 'wish';

export const items = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('items');
export const teamMap = (doc: Y.Doc) => doc.getMap<unknown>('team');
export const voteLog = (doc: Y.Doc) => doc.getArray<VoteEvent>('votes');

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const ids = (value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string'))] : [];
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null =>
  values.includes(value as T) ? (value as T) : null;

interface Entry extends Keyed {
  map: Y.Map<unknown>;
}

/** The items of one kind in their order (`pos`, or `rank` for the board). */
export function listOf(doc: Y.Doc, kind: ItemKind, field: 'pos' | 'rank' = 'pos'): Entry[] {
  const list: Entry[] = [];
  items(doc).forEach((map, id) => {
    if (map instanceof Y.Map && map.get('kind') === kind) list.push({ id, key: str(map.get(field)), map });
  });
  return list.sort(byKey);
}

function readExisting(value: unknown): ExistingIssue | null {
  if (typeof value !== 'object' || value === null) return null;
  const e = value as Record<string, unknown>;
  const baseline = (typeof e.baseline === 'object' && e.baseline !== null ? e.baseline : {}) as Record<string, unknown>;
  return {
    number: typeof e.number === 'number' && Number.isInteger(e.number) && e.number > 0 ? e.number : null,
    url: typeof e.url === 'string' && /^https?:\/\/\S+$/i.test(e.url) ? e.url : null,
    labels: Array.isArray(e.labels) ? e.labels.filter((l): l is string => typeof l === 'string') : [],
    baseline: {
      priority: oneOf(MOSCOW_VALUES, baseline.priority),
      size: oneOf(SIZE_VALUES, baseline.size),
      order:
        typeof baseline.order === 'number' && Number.isInteger(baseline.order) && baseline.order >= 0
          ? baseline.order
          : 0,
    },
  };
}

/** A goal's check-in as any device wrote it; anything malformed reads as "not checked in". */
function readCheckIn(value: unknown): GoalCheckIn | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Record<string, unknown>;
  const status = oneOf(CHECK_IN_STATUSES, c.status);
  return status === null ? null : { status, note: str(c.note) };
}

/** The workspace as the tools see it. Links to items that no longer exist are left out. */
export function readWorkspace(doc: Y.Doc): Workspace {
  const text = (kind: ItemKind): TextItem[] =>
    listOf(doc, kind)
      .map((e) => ({ id: e.id, text: str(e.map.get('text')) }))
      .filter((item) => item.text !== '');
  const strengths = text('strength');
  const weaknesses = text('weakness');
  const weaknessIds = new Set(weaknesses.map((w) => w.id));
  const rank = listOf(doc, 'weakness', 'rank')
    .map((e) => e.id)
    .filter((id) => weaknessIds.has(id));
  const linked = (value: unknown) => ids(value).filter((id) => weaknessIds.has(id));
  const members: Member[] = listOf(doc, 'member').map((e) => ({ id: e.id, name: str(e.map.get('name')) }));
  const tally = replayVotes(voteLog(doc).toArray(), new Set(members.map((m) => m.id)), weaknessIds);
  const discussion: DiscussionPoint[] = listOf(doc, 'discussion')
    .map((e) => ({ id: e.id, text: str(e.map.get('text')), weaknessIds: linked(e.map.get('weaknessIds')) }))
    .filter((p) => p.text !== '');
  const goals: Goal[] = listOf(doc, 'goal').map((e) => ({
    id: e.id,
    statement: str(e.map.get('statement')),
    weaknessIds: linked(e.map.get('weaknessIds')),
    owner: str(e.map.get('owner')),
    measure: str(e.map.get('measure')),
    due: str(e.map.get('due')),
    checkIn: readCheckIn(e.map.get('checkIn')),
  }));
  const goalIds = new Set(goals.map((g) => g.id));
  const backlog: BacklogItem[] = listOf(doc, 'backlog')
    .map((e) => {
      const goalId = str(e.map.get('goalId'));
      return {
        id: e.id,
        title: str(e.map.get('title')),
        description: str(e.map.get('description')),
        priority: oneOf(MOSCOW_VALUES, e.map.get('priority')),
        size: oneOf(SIZE_VALUES, e.map.get('size')),
        goalId: goalIds.has(goalId) ? goalId : null,
        existing: readExisting(e.map.get('existing')),
      };
    })
    .filter((b) => b.title !== '');
  const team = teamMap(doc);
  const sessionDate = str(team.get('sessionDate'));
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    team: {
      name: str(team.get('name')),
      sessionDate: sessionDate === '' || isIsoDate(sessionDate) ? sessionDate : '',
      mentor: str(team.get('mentor')),
    },
    strengths,
    weaknesses,
    rank,
    voting: { votesPerMember: tally.votesPerMember, perItemCap: tally.perItemCap, members, votes: tally.votes },
    discussion,
    goals,
    backlog,
  };
}

/** The current voting round's name: the last round the log started ('' before the first). */
export function currentRound(doc: Y.Doc): string {
  const log = voteLog(doc).toArray();
  for (let i = log.length - 1; i >= 0; i -= 1) {
    const event = readVoteEvent(log[i]);
    if (event?.t === 'round') return event.r;
  }
  return '';
}

/** Adds an item of `kind` at the end of its list (and a weakness at the bottom of the board). */
export function addItem(doc: Y.Doc, kind: ItemKind, id: string, fields: Record<string, unknown>): void {
  const map = new Y.Map<unknown>();
  map.set('kind', kind);
  map.set('pos', keyAfter(listOf(doc, kind)));
  if (kind === 'weakness') map.set('rank', keyAfter(listOf(doc, 'weakness', 'rank')));
  for (const [field, value] of Object.entries(fields)) map.set(field, value);
  items(doc).set(id, map);
}

/** The map of an item, or null when there is none of that kind (or of any kind, without `kinds`). */
export function itemOf(doc: Y.Doc, id: string, kinds?: readonly ItemKind[]): Y.Map<unknown> | null {
  const map = items(doc).get(id);
  if (!(map instanceof Y.Map)) return null;
  return !kinds || kinds.includes(map.get('kind') as ItemKind) ? map : null;
}

/** Sets fields of an item, only those whose value changes. */
export function setFields(map: Y.Map<unknown>, fields: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(fields)) {
    if (value !== undefined && JSON.stringify(map.get(field)) !== JSON.stringify(value)) map.set(field, value);
  }
}

/** Moves an item within its ordered list; false when it is unknown or already there. */
export function moveItem(doc: Y.Doc, kind: ItemKind, field: 'pos' | 'rank', id: string, toIndex: number): boolean {
  const keys = keysForMove(listOf(doc, kind, field), id, toIndex);
  for (const [itemId, key] of keys) itemOf(doc, itemId)?.set(field, key);
  return keys.size > 0;
}

/** Turns a strength into a weakness (bottom of the board) or back, keeping its id and text. */
export function switchList(doc: Y.Doc, id: string): boolean {
  const map = itemOf(doc, id, ['strength', 'weakness']);
  if (!map) return false;
  const to: ItemKind = map.get('kind') === 'strength' ? 'weakness' : 'strength';
  map.set('pos', keyAfter(listOf(doc, to)));
  if (to === 'weakness') map.set('rank', keyAfter(listOf(doc, 'weakness', 'rank')));
  map.set('kind', to);
  return true;
}

/** Sets the board order of every weakness at once (ranking by votes). */
export function setRank(doc: Y.Doc, order: readonly string[]): void {
  for (const [id, key] of keysInOrder(order)) itemOf(doc, id, ['weakness'])?.set('rank', key);
}

/** Sets team name, date and mentor (only those given); an invalid date is ignored. */
export function setTeam(doc: Y.Doc, patch: Partial<Team>): void {
  const team = teamMap(doc);
  if (patch.name !== undefined && team.get('name') !== patch.name) team.set('name', patch.name);
  if (patch.mentor !== undefined && team.get('mentor') !== patch.mentor) team.set('mentor', patch.mentor);
  if (patch.sessionDate !== undefined && (patch.sessionDate === '' || isIsoDate(patch.sessionDate))) {
    if (team.get('sessionDate') !== patch.sessionDate) team.set('sessionDate', patch.sessionDate);
  }
}

/** Whether this round's dots have been revealed to everyone (live rooms vote blind until then). */
export function votesRevealed(doc: Y.Doc): boolean {
  return teamMap(doc).get('revealedRound') === currentRound(doc);
}

/** Reveals this round's dots; the next round is hidden again. */
export function revealVotes(doc: Y.Doc): void {
  teamMap(doc).set('revealedRound', currentRound(doc));
}

/**
 * This round's dots and whether the whole team sees them yet: what a reveal would change, read by the
 * facilitator's overview, which offers the same reveal as the team's own.
 */
export function roundDots(doc: Y.Doc, ws: Workspace = readWorkspace(doc)): { dots: number; revealed: boolean } {
  return { dots: dotCount(ws.voting.votes), revealed: votesRevealed(doc) };
}

/** Appends entries to the vote log. */
export function logVotes(doc: Y.Doc, events: readonly VoteEvent[]): void {
  if (events.length > 0) voteLog(doc).push([...events]);
}

/** Replaces everything in the document with `ws` (an import, a reset, a migrated saved value). */
export function replaceWorkspace(doc: Y.Doc, ws: Workspace, round: string): void {
  const all = items(doc);
  for (const id of [...all.keys()]) all.delete(id);
  setTeam(doc, ws.team);
  const add = (kind: ItemKind, list: readonly { id: string }[], fields: (item: never) => Record<string, unknown>) => {
    const keys = keysInOrder(list.map((item) => item.id));
    for (const item of list) {
      const map = new Y.Map<unknown>();
      map.set('kind', kind);
      map.set('pos', keys.get(item.id));
      for (const [field, value] of Object.entries(fields(item as never))) map.set(field, value);
      all.set(item.id, map);
    }
  };
  add('strength', ws.strengths, (s: TextItem) => ({ text: s.text }));
  add('weakness', ws.weaknesses, (w: TextItem) => ({ text: w.text }));
  setRank(doc, ws.rank);
  add('member', ws.voting.members, (m: Member) => ({ name: m.name }));
  add('discussion', ws.discussion, ({ id: _id, ...rest }: DiscussionPoint) => rest);
  add('goal', ws.goals, ({ id: _id, ...rest }: Goal) => rest);
  add('backlog', ws.backlog, ({ id: _id, ...rest }: BacklogItem) => rest);
  logVotes(doc, eventsForTally(ws.voting, round));
}

/** Whether the document holds no work at all (so a saved value from before may be carried in). */
export function isBlank(doc: Y.Doc): boolean {
  return items(doc).size === 0 && teamMap(doc).size === 0 && voteLog(doc).length === 0;
}

/** The personal list's document as the list it holds. */
export function readPersonalList(doc: Y.Doc): PersonalList {
  return {
    ...emptyPersonalList(),
    items: listOf(doc, 'wish')
      .map((e) => ({ id: e.id, text: str(e.map.get('text')) }))
      .filter((item) => item.text !== ''),
  };
}
