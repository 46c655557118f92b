import { useCallback, useRef } from 'preact/hooks';
import { atEndMessage, resolveMove, type ListMove } from '../../lib/workspace/list-move';
import { focusSoon, type RootRef } from './focus';

interface ListMoveOptions {
  /** The list's ids in order, as rendered. */
  order: readonly string[];
  /** What an item says, for announcements. */
  nameOf: (id: string) => string;
  /** Moves the item to a 0-based index; returns the announcement ("'X' moved to position 2 of 6"). */
  apply: (id: string, to: number) => string | null;
  announce: (text: string) => void;
  root: RootRef;
}

/**
 * The one move handler of an ordered list (Move buttons, Alt+arrows, drops). It is stable across
 * renders, so memoised items are not redrawn, and it acts on the item's id: a click on an item that
 * is gone does nothing, and one already at an end says so instead of moving.
 */
export function useListMove(options: ListMoveOptions) {
  const latest = useRef(options);
  latest.current = options;
  return useCallback((id: string, where: ListMove, focusKey?: string) => {
    const { order, nameOf, apply, announce, root } = latest.current;
    const resolved = resolveMove(order, id, where);
    if (resolved.kind === 'unknown') return;
    if (resolved.kind === 'atEnd') {
      announce(atEndMessage(nameOf(id), resolved.end));
      return;
    }
    const said = apply(id, resolved.to);
    if (said) announce(said);
    if (focusKey) focusSoon(root.current, focusKey, `up:${id}`);
  }, []);
}
