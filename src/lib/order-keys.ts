import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Order as data: every item of an ordered list carries a sort key (a fractional index), and a move
 * changes only the moved item's key. Two people moving different items at once both keep their
 * move; two moving the same item end with one of the two places, never with a duplicate or a gap.
 * Ties (two items given the same key at once) sort by id, the same way on every device.
 */

export interface Keyed {
  id: string;
  key: string;
}

/** Sorts by key, then by id: the order every device computes from the same keys. */
export function byKey(a: Keyed, b: Keyed): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A key after every key in the list (for an item added at the end). */
export function keyAfter(sorted: readonly Keyed[]): string {
  return safeBetween(sorted.at(-1)?.key ?? null, null);
}

function safeBetween(a: string | null, b: string | null): string {
  try {
    return generateKeyBetween(a, b);
  } catch {
    // A key that another device wrote and that is not a fractional index: start afresh after it.
    return generateKeyBetween(null, null) + (a ?? '');
  }
}

/**
 * The keys to write so that `id` lands at `toIndex` (clamped) of the sorted list: usually one new key
 * for the moved item; when its new neighbours share a key (written at the same moment on two
 * devices), fresh keys for the whole list. Unknown ids or no change give an empty map.
 */
export function keysForMove(sorted: readonly Keyed[], id: string, toIndex: number): Map<string, string> {
  const from = sorted.findIndex((item) => item.id === id);
  if (from === -1) return new Map();
  const target = Math.max(0, Math.min(sorted.length - 1, Math.trunc(Number.isFinite(toIndex) ? toIndex : from)));
  if (target === from) return new Map();
  const others = sorted.filter((item) => item.id !== id);
  const before = others[target - 1]?.key ?? null;
  const after = others[target]?.key ?? null;
  if (before === null || after === null || before < after) {
    try {
      return new Map([[id, generateKeyBetween(before, after)]]);
    } catch {
      // Fall through to re-keying the whole list.
    }
  }
  const ids = others.map((item) => item.id);
  ids.splice(target, 0, id);
  const keys = generateNKeysBetween(null, null, ids.length);
  return new Map(ids.map((itemId, index) => [itemId, keys[index] as string]));
}

/** Fresh keys for a list in the given order (an import, a ranking by votes). */
export function keysInOrder(ids: readonly string[]): Map<string, string> {
  const keys = generateNKeysBetween(null, null, ids.length);
  return new Map(ids.map((id, index) => [id, keys[index] as string]));
}
