import type { ReadableAtom } from 'nanostores';
import { emptyPersonalList, PersonalListSchema, type PersonalList } from '../lib/schema/personal';
import type { TextItem } from '../lib/schema/common';
import { validate } from '../lib/validate';
import { moveTo } from '../lib/workspace/board';
import { cleanText } from '../lib/workspace/operations';
import { newId } from '../lib/ids';
import { syncedAtom } from './persisted';

/**
 * The solo exercise's list ("five things I'd like a mentor's help with"). It is personal, so it is
 * saved under its own key and never goes into the team's workspace export.
 */
export const PERSONAL_KEY = 'mentoring-kit:v1:personal';

const synced = syncedAtom<PersonalList>({
  key: PERSONAL_KEY,
  initial: emptyPersonalList,
  decode: (data) => {
    const result = validate(PersonalListSchema, data);
    return result.ok ? { ok: true, value: result.value } : { ok: false };
  },
  // Concurrent edits: keep the winner's items, then the other tab's new ones.
  merge: (primary, secondary) => {
    const ids = new Set(primary.items.map((item) => item.id));
    return { ...primary, items: [...primary.items, ...secondary.items.filter((item) => !ids.has(item.id))] };
  },
});

/** The personal list. Read it with useStore; change it only through the actions below. */
export const $personalList: ReadableAtom<PersonalList> = synced.$store;

function update(change: (list: PersonalList) => PersonalList): void {
  synced.start();
  const current = synced.$store.get();
  const next = change(current);
  if (next !== current) synced.$store.set(next);
}

/** Adds a wish; returns its id, or null when the text is empty. */
export function addPersonalItem(text: string): string | null {
  const clean = cleanText(text);
  if (clean === null) return null;
  const id = newId();
  update((list) => ({ ...list, items: [...list.items, { id, text: clean }] }));
  return id;
}

/** Changes a wish's text; empty text is ignored. */
export function editPersonalItem(id: string, text: string): void {
  const clean = cleanText(text);
  if (clean === null) return;
  update((list) => ({ ...list, items: list.items.map((item) => (item.id === id ? { ...item, text: clean } : item)) }));
}

/** What undoDeletePersonalItem needs. */
export interface PersonalDeleteToken {
  item: TextItem;
  index: number;
}

/** Deletes a wish; returns a token for undoDeletePersonalItem, or null when unknown. */
export function deletePersonalItem(id: string): PersonalDeleteToken | null {
  synced.start();
  const index = synced.$store.get().items.findIndex((item) => item.id === id);
  const item = synced.$store.get().items[index];
  if (!item) return null;
  update((list) => ({ ...list, items: list.items.filter((other) => other.id !== id) }));
  return { item, index };
}

/** Puts a deleted wish back at its place. */
export function undoDeletePersonalItem(token: PersonalDeleteToken): void {
  update((list) => {
    if (list.items.some((item) => item.id === token.item.id)) return list;
    const items = [...list.items];
    items.splice(Math.min(token.index, items.length), 0, token.item);
    return { ...list, items };
  });
}

/** Moves a wish up, down or to a 0-based index. */
export function movePersonalItem(id: string, move: 'up' | 'down' | number): void {
  update((list) => {
    const order = list.items.map((item) => item.id);
    const index = order.indexOf(id);
    const to = move === 'up' ? index - 1 : move === 'down' ? index + 1 : move;
    const byId = new Map(list.items.map((item) => [item.id, item] as const));
    return { ...list, items: moveTo(order, id, to).map((itemId) => byId.get(itemId) as TextItem) };
  });
}

/** Empties the personal list. */
export function clearPersonalList(): void {
  update((list) => (list.items.length === 0 ? list : { ...list, items: [] }));
}
