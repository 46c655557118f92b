/** Where a person asked an item to go: one place, an end of the list, or a 0-based index (a drop). */
export type ListMove = 'up' | 'down' | 'top' | 'bottom' | number;

/** What a move request means for a list: the index to move to, or that the item is already at that end. */
export type ResolvedMove =
  { kind: 'move'; to: number } | { kind: 'atEnd'; end: 'top' | 'bottom' } | { kind: 'unknown' };

/**
 * Resolves a move request against the current order, by id (never by position): an id that is no
 * longer in the list is `unknown`, so a stale click does nothing.
 */
export function resolveMove(order: readonly string[], id: string, move: ListMove): ResolvedMove {
  const from = order.indexOf(id);
  if (from === -1) return { kind: 'unknown' };
  const last = order.length - 1;
  if ((move === 'up' || move === 'top') && from === 0) return { kind: 'atEnd', end: 'top' };
  if ((move === 'down' || move === 'bottom') && from === last) return { kind: 'atEnd', end: 'bottom' };
  const to =
    move === 'up' ? from - 1 : move === 'down' ? from + 1 : move === 'top' ? 0 : move === 'bottom' ? last : move;
  return { kind: 'move', to: Math.max(0, Math.min(last, Math.trunc(Number.isFinite(to) ? to : from))) };
}

/** "'Unclear sprint goals' is already at the top." */
export function atEndMessage(text: string, end: 'top' | 'bottom'): string {
  return `'${text}' is already at the ${end}.`;
}
